/// The value types of iCalendar this reader needs: dates, whole-day
/// durations and escaped text (RFC 5545 §3.3).
enum ICalendarText {
    /// `20261225` as a date; `nil` when malformed or not a real day.
    static func date(_ text: Substring) -> LocalDate? {
        let digits = Array(text.utf8)
        guard digits.count == 8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return LocalDate(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    }

    /// `P1D`, `P2W`, `P1W2D` as days; `nil` for a time part or anything else.
    static func days(_ text: String) -> Int? {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard bytes.first == UInt8(ascii: "P"), bytes.count > 1 else { return nil }
        bytes = bytes.dropFirst()
        var total = 0
        var number = 0
        var digits = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                guard digits < 6 else { return nil }
                number = number * 10 + Int(byte - 0x30)
                digits += 1
            case UInt8(ascii: "W"), UInt8(ascii: "D"):
                guard digits > 0 else { return nil }
                total += byte == UInt8(ascii: "W") ? number * 7 : number
                number = 0
                digits = 0
            default:
                return nil
            }
        }
        return digits == 0 ? total : nil
    }

    /// Text with `\\`, `\;`, `\,` and `\n` resolved.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A yearly recurrence on the same date (`RRULE:FREQ=YEARLY;COUNT=5`), the
/// only kind a holiday list needs; other rules are refused.
struct ICalendarYearlyRule: Sendable, Hashable {
    var interval = 1
    var count: Int?
    var until: LocalDate?

    /// Why a rule is refused.
    struct Problem: Error {
        var message: String
    }

    static func parse(_ text: String) -> Result<ICalendarYearlyRule, Problem> {
        var rule = ICalendarYearlyRule()
        var frequency: String?
        for part in text.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else {
                return .failure(Problem(message: "expected NAME=VALUE in RRULE, found '\(part)'"))
            }
            let (name, value) = (pair[0].uppercased(), pair[1])
            switch name {
            case "FREQ":
                frequency = value.uppercased()
            case "INTERVAL", "COUNT":
                guard let number = Int(value), number > 0, number <= 10_000 else {
                    return .failure(
                        Problem(message: "expected a whole number from 1 to 10000 for \(name), found '\(value)'"))
                }
                if name == "COUNT" { rule.count = number } else { rule.interval = number }
            case "UNTIL":
                guard let date = ICalendarText.date(Substring(value.prefix(8))) else {
                    return .failure(Problem(message: "expected a date like '20301225' for UNTIL, found '\(value)'"))
                }
                rule.until = date
            case "WKST":
                break
            default:
                return .failure(Problem(
                    message: "only yearly rules on the event's own date are read (FREQ=YEARLY with INTERVAL, COUNT or "
                        + "UNTIL); '\(name)' is not; list such dates as events of their own"))
            }
        }
        guard frequency == "YEARLY" else {
            return .failure(Problem(
                message: "only yearly rules (FREQ=YEARLY) are read, found FREQ=\(frequency ?? "nothing"); "
                    + "list such dates as events of their own"))
        }
        return .success(rule)
    }

    /// The dates the rule gives from its first (a 29 February start skips
    /// years without one, as RFC 5545 says), up to its end or the last
    /// expanded year.
    func occurrences(from first: LocalDate) -> [LocalDate] {
        var result: [LocalDate] = []
        let lastYear = min(until?.year ?? ICalendarReader.lastExpandedYear, 9999)
        var year = first.year
        while year <= lastYear {
            if let count, result.count >= count { break }
            if let date = LocalDate(year: year, month: first.month, day: first.day) {
                if let until, date > until { break }
                result.append(date)
            }
            year += interval
        }
        return result
    }
}
