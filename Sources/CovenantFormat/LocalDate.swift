/// A calendar date without a zone (proleptic Gregorian).
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day of the month, 1...31.
    public var day: Int

    /// Creates a date; `nil` when the day does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(year: year, month: month) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date a number of days after 1970-01-01.
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The weekday: 1 Monday ... 7 Sunday (ISO 8601).
    public var isoWeekday: Int {
        let d = daysSinceEpoch
        // 1970-01-01 was a Thursday (4).
        return ((d % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The date `n` days later (earlier for negative `n`).
    public func adding(days n: Int) -> LocalDate {
        // Within the same month's first 28 days (every month has them), no calendar arithmetic.
        let target = day + n
        if target >= 1 && target <= 28 {
            var date = self
            date.day = target
            return date
        }
        return LocalDate(daysSinceEpoch: daysSinceEpoch + n)
    }

    /// Whether `year` is a leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // Written straight into the string's bytes: dates are written by the hundred thousand.
        return String(unsafeUninitializedCapacity: 10) { bytes in
            DigitWriter.write(year, width: 4, into: bytes, at: 0)
            bytes[4] = 0x2D
            DigitWriter.write(month, width: 2, into: bytes, at: 5)
            bytes[7] = 0x2D
            DigitWriter.write(day, width: 2, into: bytes, at: 8)
            return 10
        }
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// A calendar month without a zone, `YYYY-MM`.
public struct LocalMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public var year: Int
    /// The month, 1...12.
    public var month: Int

    /// Creates a month; `nil` when `month` is not 1...12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month containing a date.
    public init(_ date: LocalDate) {
        self.year = date.year
        self.month = date.month
    }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    /// The last day of the month.
    public var lastDay: LocalDate { LocalDate(year: year, month: month, day: numberOfDays)! }
    /// The number of days in the month.
    public var numberOfDays: Int { LocalDate.daysIn(year: year, month: month) }

    /// The month `n` months later (earlier for negative `n`).
    public func adding(months n: Int) -> LocalMonth {
        let index = year * 12 + (month - 1) + n
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return LocalMonth(year: y, month: index - y * 12 + 1)!
    }

    /// Months from `self` to `other` (positive when `other` is later).
    public func months(to other: LocalMonth) -> Int {
        (other.year * 12 + other.month) - (year * 12 + month)
    }

    /// `YYYY-MM`.
    public var description: String { "\(pad(year, 4))-\(pad(month, 2))" }

    public static func < (a: LocalMonth, b: LocalMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// A time of day in whole seconds after midnight; `24:00` is 86,400.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds after midnight, 0...86,400.
    public var seconds: Int

    /// Creates a time of day from seconds after midnight.
    public init(seconds: Int) { self.seconds = seconds }

    /// Creates a time of day from hours and minutes.
    public init(hour: Int, minute: Int) { self.seconds = hour * 3600 + minute * 60 }

    /// `HH:MM` (or `HH:MM:SS` when seconds are not zero).
    public var description: String {
        let h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60
        guard (0...99).contains(h), m >= 0, s >= 0 else {
            return s == 0 ? "\(pad(h, 2)):\(pad(m, 2))" : "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2))"
        }
        let count = s == 0 ? 5 : 8
        return String(unsafeUninitializedCapacity: count) { bytes in
            DigitWriter.write(h, width: 2, into: bytes, at: 0)
            bytes[2] = 0x3A
            DigitWriter.write(m, width: 2, into: bytes, at: 3)
            if s != 0 {
                bytes[5] = 0x3A
                DigitWriter.write(s, width: 2, into: bytes, at: 6)
            }
            return count
        }
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.seconds < b.seconds }
}

/// Zero-pads a non-negative integer to a width (negative numbers keep their sign).
@inlinable
public func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value.magnitude)
    let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    return value < 0 ? "-" + padded : padded
}
