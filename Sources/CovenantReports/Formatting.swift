import Covenant
import CovenantFormat

/// Number, time and duration formats shared by the renderers. Nothing here
/// depends on the machine's locale or time zone.
public enum Formatting {
    /// `2026-02-04T18:45:00Z`.
    public static func utc(_ instant: Int64) -> String {
        let days = Int(instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400)
        let seconds = Int(instant - Int64(days) * 86_400)
        let date = LocalDate(daysSinceEpoch: days)
        return "\(date)T\(pad(seconds / 3600, 2)):\(pad(seconds % 3600 / 60, 2)):\(pad(seconds % 60, 2))Z"
    }

    /// `2026-01-07 10:45` (with `:SS` when seconds are not zero) in a zone.
    public static func local(_ instant: Int64, _ zone: ZoneRules) -> String {
        let (date, time) = zone.local(instant)
        return "\(date) \(time)"
    }

    /// A percentage without the sign, trailing zeros dropped: `99.9`, `15`.
    public static func percent(_ value: DecimalNumber) -> String { value.normalized.description }

    /// `2h 15m 0s`-style for explanations: `52m 0s`, `3d 4h 0m 0s`.
    public static func duration(_ seconds: Int64) -> String {
        let negative = seconds < 0
        var rest = abs(seconds)
        var parts: [String] = []
        let days = rest / 86_400
        rest %= 86_400
        if days > 0 { parts.append("\(days)d") }
        let hours = rest / 3600
        rest %= 3600
        if days > 0 || hours > 0 { parts.append("\(hours)h") }
        parts.append("\(rest / 60)m")
        parts.append("\(rest % 60)s")
        return (negative ? "-" : "") + parts.joined(separator: " ")
    }

    /// Seconds as minutes, cut to two decimals, trailing zeros dropped:
    /// `52`, `223.2`, `223.21` (for 13,393 s).
    public static func minutes(_ seconds: Int64) -> String {
        DecimalNumber(significand: seconds * 100 / 60, scale: 2).normalized.description
    }

    /// Groups an integer's digits by thousands: `2,678,400`.
    public static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }
}
