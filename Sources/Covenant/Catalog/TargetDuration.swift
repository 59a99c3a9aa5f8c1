import CovenantFormat

/// A support target: a duration measured on a clock's calendar.
public enum TargetDuration: Sendable, Hashable, CustomStringConvertible {
    /// A duration of working time on the clock (`4h` on `extended` is four
    /// hours of extended-calendar time), in seconds.
    case time(seconds: Int64)
    /// A business duration (`2 business days` is twice the calendar's day length).
    case business(BusinessDuration)

    /// Reads a target as written (`4h`, `2 business days`), telling a
    /// malformed text from one beyond the value limits (100 years).
    public static func reading(_ text: String) -> ScalarReading<TargetDuration> {
        let wallClock = ScalarReader.durationReading(text)
        if case .malformed = wallClock {
            return ScalarReader.businessDurationReading(text).map { .business($0) }
        }
        return wallClock.map { .time(seconds: $0) }
    }

    /// The working seconds this target stands for on a calendar whose
    /// business day lasts `dayLength` seconds.
    ///
    /// A target read from a file is at most 36,500 business days and a day
    /// length at most 100 years of seconds, so the product stays below 2^57;
    /// a larger count is beyond the value limits and is answered with
    /// `Int64.max` working seconds, which no calendar reaches (`never`).
    public func workingSeconds(dayLength: Int64) -> Int64 {
        switch self {
        case .time(let seconds): return seconds
        case .business(let duration):
            let unit: Int64
            switch duration.unit {
            case .minutes: unit = 60
            case .hours: unit = 3600
            case .days: unit = dayLength
            }
            let (product, overflow) = duration.count.multipliedReportingOverflow(by: unit)
            return overflow ? Int64.max : product
        }
    }

    /// Whether the target is in business units.
    public var isBusiness: Bool {
        if case .business = self { return true }
        return false
    }

    /// As written: `4h`, `1h30m`, `2 business days`.
    public var description: String {
        switch self {
        case .time(let seconds): return TargetDuration.format(seconds)
        case .business(let duration):
            let unit: String
            switch duration.unit {
            case .minutes: unit = duration.count == 1 ? "minute" : "minutes"
            case .hours: unit = duration.count == 1 ? "hour" : "hours"
            case .days: unit = duration.count == 1 ? "day" : "days"
            }
            return "\(duration.count) business \(unit)"
        }
    }

    /// Seconds in the file language's units, hours the largest: `1h30m`, `45s`, `24h`, `0s`.
    public static func format(_ seconds: Int64) -> String {
        if seconds == 0 { return "0s" }
        var rest = seconds
        var text = ""
        for (unit, size) in [("h", Int64(3600)), ("m", 60), ("s", 1)] where rest >= size {
            text += "\(rest / size)\(unit)"
            rest %= size
        }
        return text
    }
}
