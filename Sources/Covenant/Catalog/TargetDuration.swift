import CovenantFormat

/// A support target: a duration measured on a clock's calendar.
public enum TargetDuration: Sendable, Hashable, CustomStringConvertible {
    /// A duration of working time on the clock (`4h` on `extended` is four
    /// hours of extended-calendar time), in seconds.
    case time(seconds: Int64)
    /// A business duration (`2 business days` is twice the calendar's day length).
    case business(BusinessDuration)

    /// The working seconds this target stands for on a calendar whose
    /// business day lasts `dayLength` seconds.
    public func workingSeconds(dayLength: Int64) -> Int64 {
        switch self {
        case .time(let seconds): return seconds
        case .business(let duration):
            switch duration.unit {
            case .minutes: return duration.count * 60
            case .hours: return duration.count * 3600
            case .days: return duration.count * dayLength
            }
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
