import Covenant
import CovenantFormat

/// Dates, durations, lists and weekly hours written out in English for
/// people, the same way on every machine; figures are written by
/// ``Formatting``.
public enum Wording {
    /// English month names, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    /// English weekday names, Monday (ISO 1) first.
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `100% − target`, the share of time a target leaves over: `0.1%` for 99.9%.
    public static func missingShare(of target: DecimalNumber) -> String {
        let value = target.normalized
        guard let rest = Int64(exactly: 100 * value.denominator - value.numerator) else {
            return "100% − \(Formatting.percent(target))"
        }
        return Formatting.percent(DecimalNumber(significand: rest, scale: value.scale))
    }

    /// `1 February 2026`.
    public static func date(_ date: LocalDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// `February 2027`.
    public static func month(_ month: LocalMonth) -> String {
        "\(monthNames[month.month - 1]) \(month.year)"
    }

    /// `24 December`, for a day of every year.
    public static func dayOfYear(month: Int, day: Int) -> String { "\(day) \(monthNames[month - 1])" }

    /// `1 month`, `24 months`.
    public static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(Formatting.grouped(value)) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    /// A wall-clock duration in hours, minutes and seconds: `30 minutes`,
    /// `4 hours`, `1 hour 30 minutes`, `48 hours`.
    public static func hoursAndMinutes(_ seconds: Int64) -> String {
        if seconds == 0 { return "0 minutes" }
        var parts: [String] = []
        let hours = seconds / 3600, minutes = seconds % 3600 / 60, rest = seconds % 60
        if hours > 0 { parts.append(count(Int(hours), "hour")) }
        if minutes > 0 { parts.append(count(Int(minutes), "minute")) }
        if rest > 0 { parts.append(count(Int(rest), "second")) }
        return parts.joined(separator: " ")
    }

    /// A duration in whole days when it is one (`7 days`), else in hours and
    /// minutes.
    public static func daysOrHours(_ seconds: Int64) -> String {
        if seconds > 0 && seconds % 86_400 == 0 { return count(Int(seconds / 86_400), "day") }
        return hoursAndMinutes(seconds)
    }

    /// A support target: `4 hours`, `30 minutes`, `2 business days`.
    public static func target(_ target: TargetDuration) -> String {
        switch target {
        case .time(let seconds): return hoursAndMinutes(seconds)
        case .business: return target.description
        }
    }

    /// A noun phrase with `a` or `an` before it: `an incident review meeting`.
    public static func withArticle(_ phrase: String) -> String {
        let first = phrase.unicodeScalars.first.map { Character($0).lowercased() } ?? ""
        return ("aeiou".contains(first) && !first.isEmpty ? "an " : "a ") + phrase
    }

    /// A list joined for reading: `a`, `a and b`, `a, b and c`.
    public static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// Weekdays for reading: `Monday to Friday`, `Saturday and Sunday`,
    /// `Monday, Wednesday and Friday`, `Sunday`.
    public static func weekdays(_ days: [Int]) -> String {
        let sorted = Array(Set(days)).sorted()
        var runs: [[Int]] = []
        for day in sorted {
            if let last = runs.last?.last, last + 1 == day {
                runs[runs.count - 1].append(day)
            } else {
                runs.append([day])
            }
        }
        var names: [String] = []
        for run in runs {
            if run.count >= 3 {
                names.append("\(weekdayNames[run[0] - 1]) to \(weekdayNames[run[run.count - 1] - 1])")
            } else {
                names += run.map { weekdayNames[$0 - 1] }
            }
        }
        return list(names)
    }

    /// A local interval: `09:00–17:00`, or `22:00–06:00 the next day` overnight.
    public static func interval(_ interval: LocalInterval) -> String {
        "\(interval.start)–\(interval.end)" + (interval.isOvernight ? " the next day" : "")
    }

    /// The weekly hours of a calendar: `24 hours a day, 7 days a week`, or
    /// `Monday to Friday 09:00–18:00; Saturday and Sunday 09:00–17:00`.
    public static func weeklyHours(_ hours: WeeklyHours) -> String {
        switch hours {
        case .always:
            return "24 hours a day, 7 days a week"
        case .weekly(let days):
            var groups: [(days: [Int], intervals: [LocalInterval])] = []
            for weekday in 1...7 {
                guard let intervals = days[weekday], !intervals.isEmpty else { continue }
                if let index = groups.firstIndex(where: { $0.intervals == intervals }) {
                    groups[index].days.append(weekday)
                } else {
                    groups.append(([weekday], intervals))
                }
            }
            if groups.isEmpty { return "never open" }
            return groups.map { "\(weekdays($0.days)) \(list($0.intervals.map(interval)))" }.joined(separator: "; ")
        }
    }
}
