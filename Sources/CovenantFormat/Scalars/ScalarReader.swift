/// Strict readers for the typed scalars of FORMAT.md. Each accepts the whole
/// text or returns `nil`; none accepts a prefix.
///
/// Values have limits (FORMAT.md, "Value limits"), so that no accepted value
/// can overflow the arithmetic done on it: a duration at most 100 years,
/// dates, months and instants from 1900-01-01 to 9999-12-31, a decimal of at
/// most 18 digits. A text of the right form beyond them is refused like a
/// malformed one; the `…Reading` functions tell the two apart, for messages.
public enum ScalarReader {
    /// The longest wall-clock duration: 100 years of 365 days (36500d, 876000h), in seconds.
    public static let maximumDuration: Int64 = 36_500 * 86_400
    /// The most business units of each kind: 100 years of calendar time in that
    /// unit (36,500 days, 876,000 hours, 52,560,000 minutes).
    public static func maximumBusinessCount(_ unit: BusinessDuration.Unit) -> Int64 {
        switch unit {
        case .days: 36_500
        case .hours: 876_000
        case .minutes: 52_560_000
        }
    }
    /// The dates accepted: 1900-01-01 to 9999-12-31.
    public static let dateRange = LocalDate(year: 1900, month: 1, day: 1)!...LocalDate(year: 9999, month: 12, day: 31)!
    /// The instants accepted, in epoch seconds: 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    public static let instantRange =
        Int64(dateRange.lowerBound.daysSinceEpoch) * 86_400
        ... Int64(dateRange.upperBound.daysSinceEpoch) * 86_400 + 86_399
    /// The most digits a decimal may have (leading zeros of its whole part not counted).
    public static let maximumDecimalDigits = 18

    static let durationAllowed = "a duration at most 100 years (36500d)"
    static let dateAllowed = "a date from 1900-01-01 to 9999-12-31"
    static let monthAllowed = "a month from 1900-01 to 9999-12"
    static let instantAllowed = "an instant from 1900-01-01 to 9999-12-31"
    static let decimalAllowed = "a number with at most 18 digits"

    /// `15000`, `15000.00`, `-3.5`, `15_000` (underscores between digits).
    public static func decimal(_ text: String) -> DecimalNumber? { decimalReading(text).value }

    /// ``decimal(_:)``, telling a number of more than 18 digits from a malformed text.
    public static func decimalReading(_ text: String) -> ScalarReading<DecimalNumber> {
        let bytes = Array(text.utf8)
        var index = 0
        var negative = false
        if index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var significand: Int64 = 0
        var scale = 0
        var digits = 0
        var counted = 0
        var inFraction = false
        var previousWasDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if inFraction { scale += 1 }
                if counted > 0 || byte != 0x30 || inFraction { counted += 1 }
                // 18 digits fit an Int64 with room to spare; beyond them the number is out of range.
                if counted <= maximumDecimalDigits { significand = significand * 10 + Int64(byte - 0x30) }
                previousWasDigit = true
            } else if byte == UInt8(ascii: "_") {
                guard previousWasDigit, index + 1 < bytes.count, isDigit(bytes[index + 1]) else { return .malformed }
                previousWasDigit = false
            } else if byte == UInt8(ascii: ".") {
                guard !inFraction, previousWasDigit, index + 1 < bytes.count, isDigit(bytes[index + 1]) else {
                    return .malformed
                }
                inFraction = true
                previousWasDigit = false
            } else {
                return .malformed
            }
            index += 1
        }
        guard digits > 0 else { return .malformed }
        guard counted <= maximumDecimalDigits else { return .outOfRange(allowed: decimalAllowed) }
        return .value(DecimalNumber(significand: negative ? -significand : significand, scale: scale))
    }

    /// `99.95%`, `10%`, `0%`: the number before the sign, in percent.
    public static func percentage(_ text: String) -> DecimalNumber? { percentageReading(text).value }

    /// ``percentage(_:)``, telling a number of more than 18 digits from a malformed text.
    public static func percentageReading(_ text: String) -> ScalarReading<DecimalNumber> {
        guard text.utf8.last == UInt8(ascii: "%") else { return .malformed }
        let number = String(text.utf8.dropLast())!
        guard !number.hasPrefix("+") else { return .malformed }
        let reading = decimalReading(number)
        if case .outOfRange = reading { return .outOfRange(allowed: "a percentage with at most 18 digits") }
        return reading
    }

    /// `45s`, `30m`, `4h`, `1h30m`, `2d`: whole seconds (a day is 86,400 s).
    /// Units appear at most once each, largest first; at most 100 years.
    public static func duration(_ text: String) -> Int64? { durationReading(text).value }

    /// ``duration(_:)``, telling a duration over 100 years from a malformed text.
    public static func durationReading(_ text: String) -> ScalarReading<Int64> {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return .malformed }
        var index = 0
        var total: Int64 = 0
        var tooLong = false
        var lastUnitRank = Int.max
        while index < bytes.count {
            var value: Int64 = 0
            var digits = 0
            while index < bytes.count && isDigit(bytes[index]) {
                // Past the limit the exact value no longer matters.
                value = min(value * 10 + Int64(bytes[index] - 0x30), maximumDuration + 1)
                digits += 1
                index += 1
            }
            guard digits > 0, index < bytes.count else { return .malformed }
            let unit: (rank: Int, seconds: Int64)
            switch bytes[index] {
            case UInt8(ascii: "d"): unit = (4, 86_400)
            case UInt8(ascii: "h"): unit = (3, 3_600)
            case UInt8(ascii: "m"): unit = (2, 60)
            case UInt8(ascii: "s"): unit = (1, 1)
            default: return .malformed
            }
            guard unit.rank < lastUnitRank else { return .malformed }
            lastUnitRank = unit.rank
            // Both factors are at most 3,153,600,001 and 86,400: the product fits.
            total = min(total + value * unit.seconds, maximumDuration + 1)
            if total > maximumDuration { tooLong = true }
            index += 1
        }
        return tooLong ? .outOfRange(allowed: durationAllowed) : .value(total)
    }

    /// `8 business hours`, `2 business days`, `90 business minutes`, singular
    /// allowed; at most 100 years of calendar time in the unit (see ``maximumBusinessCount(_:)``).
    public static func businessDuration(_ text: String) -> BusinessDuration? { businessDurationReading(text).value }

    /// ``businessDuration(_:)``, telling a count over its unit's limit from a malformed text.
    public static func businessDurationReading(_ text: String) -> ScalarReading<BusinessDuration> {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1] == "business", !parts[0].isEmpty, parts[0].utf8.allSatisfy(isDigit) else {
            return .malformed
        }
        let unit: BusinessDuration.Unit
        switch parts[2] {
        case "minute", "minutes": unit = .minutes
        case "hour", "hours": unit = .hours
        case "day", "days": unit = .days
        default: return .malformed
        }
        let limit = maximumBusinessCount(unit)
        var count: Int64 = 0
        for byte in parts[0].utf8 { count = min(count * 10 + Int64(byte - 0x30), limit + 1) }
        guard count <= limit else {
            return .outOfRange(allowed: "a business duration at most 100 years (\(limit) business \(unit.rawValue))")
        }
        return .value(BusinessDuration(count: count, unit: unit))
    }

    /// `2026-01-15`: a date that exists, from 1900-01-01 to 9999-12-31.
    public static func date(_ text: String) -> LocalDate? { dateReading(text).value }

    /// ``date(_:)``, telling a date before 1900 from a malformed text.
    public static func dateReading(_ text: String) -> ScalarReading<LocalDate> {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let date = LocalDate(year: year, month: month, day: day)
        else { return .malformed }
        return dateRange.contains(date) ? .value(date) : .outOfRange(allowed: dateAllowed)
    }

    /// `2026-01`, from 1900-01 to 9999-12.
    public static func month(_ text: String) -> LocalMonth? { monthReading(text).value }

    /// ``month(_:)``, telling a month before 1900 from a malformed text.
    public static func monthReading(_ text: String) -> ScalarReading<LocalMonth> {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(bytes, 0, 4),
            let month = number(bytes, 5, 2), let value = LocalMonth(year: year, month: month)
        else { return .malformed }
        return year >= 1900 ? .value(value) : .outOfRange(allowed: monthAllowed)
    }

    /// `12-24`: a month and day (any year; 02-29 allowed).
    public static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: "-"), let month = number(bytes, 0, 2),
            let day = number(bytes, 3, 2), (1...12).contains(month), day >= 1,
            day <= LocalDate.daysIn(year: 2000, month: month)
        else { return nil }
        return (month, day)
    }

    /// `09:00`, `17:30`, `24:00` (and `HH:MM:SS`).
    public static func timeOfDay(_ text: String) -> TimeOfDay? {
        timeOfDay(Array(text.utf8)[...])
    }

    /// `2026-01-15T14:47:00Z`, `2026-01-15T14:47-08:00`, or local
    /// `2026-01-15 14:47` / `2026-01-15T14:47`. `24:00` is not an instant.
    /// The written date is from 1900-01-01 to 9999-12-31, and so is the UTC
    /// instant of one written with an offset.
    public static func instant(_ text: String) -> InstantText? { instantReading(text).value }

    /// ``instant(_:)``, telling an instant out of range from a malformed text.
    public static func instantReading(_ text: String) -> ScalarReading<InstantText> {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else {
            return .malformed
        }
        let dateReading = dateReading(String(decoding: bytes[0..<10], as: UTF8.self))
        let date: LocalDate
        switch dateReading {
        case .value(let value): date = value
        case .malformed: return .malformed
        case .outOfRange:
            // Out of range only if the rest is well-formed: read it with a date that is in range.
            var inRange = bytes
            inRange.replaceSubrange(0..<4, with: Array("2000".utf8))
            if case .malformed = instantReading(String(decoding: inRange, as: UTF8.self)) { return .malformed }
            return .outOfRange(allowed: instantAllowed)
        }
        var end = bytes.count
        var offset: Int?
        if bytes[end - 1] == UInt8(ascii: "Z") {
            offset = 0
            end -= 1
        } else if end >= 22, bytes[end - 6] == UInt8(ascii: "+") || bytes[end - 6] == UInt8(ascii: "-"),
            bytes[end - 3] == UInt8(ascii: ":"), let hours = number(bytes, end - 5, 2),
            let minutes = number(bytes, end - 2, 2), hours <= 23, minutes <= 59
        {
            offset = (hours * 3600 + minutes * 60) * (bytes[end - 6] == UInt8(ascii: "-") ? -1 : 1)
            end -= 6
        }
        guard let time = timeOfDay(bytes[11..<end]), time.seconds < 86_400 else { return .malformed }
        if offset != nil && bytes[10] != UInt8(ascii: "T") { return .malformed }
        let instant = InstantText(date: date, time: time, utcOffset: offset)
        if let seconds = instant.epochSeconds, !instantRange.contains(seconds) {
            return .outOfRange(allowed: instantAllowed)
        }
        return .value(instant)
    }

    /// `mon-fri`, `sat-sun`, `mon,wed,fri`, `sun` (ranges may wrap: `fri-mon`).
    public static func daySet(_ text: String) -> DaySet? {
        var days: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let piece = part.trimmingSpaces
            let ends = piece.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 1 || ends.count == 2 else { return nil }
            guard let first = DaySet.names.firstIndex(of: String(ends[0])) else { return nil }
            if ends.count == 1 {
                days.append(first + 1)
                continue
            }
            guard let last = DaySet.names.firstIndex(of: String(ends[1])) else { return nil }
            var day = first
            while true {
                days.append(day + 1)
                if day == last { break }
                day = (day + 1) % 7
            }
        }
        guard !days.isEmpty else { return nil }
        return DaySet(weekdays: days)
    }

    /// An IANA-shaped zone name (`America/Los_Angeles`, `UTC`); whether the
    /// zone exists is the domain's question.
    public static func timeZoneName(_ text: String) -> String? {
        guard let first = text.utf8.first, isLetter(first),
            text.utf8.allSatisfy({ isLetter($0) || isDigit($0) || "/_+-".utf8.contains($0) })
        else { return nil }
        return text
    }

    /// Letters, digits, `-`, `_`, `.`.
    public static func identifier(_ text: String) -> String? {
        guard !text.isEmpty,
            text.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
            })
        else { return nil }
        return text
    }

    // MARK: - Pieces

    static func timeOfDay(_ bytes: ArraySlice<UInt8>) -> TimeOfDay? {
        let b = Array(bytes)
        guard b.count == 5 || b.count == 8, b[2] == UInt8(ascii: ":"), let hour = number(b, 0, 2),
            let minute = number(b, 3, 2), minute <= 59
        else { return nil }
        var second = 0
        if b.count == 8 {
            guard b[5] == UInt8(ascii: ":"), let s = number(b, 6, 2), s <= 59 else { return nil }
            second = s
        }
        let total = hour * 3600 + minute * 60 + second
        guard hour <= 23 || total == 86_400 else { return nil }
        return TimeOfDay(seconds: total)
    }

    static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}

extension Substring {
    /// The text without leading and trailing spaces.
    public var trimmingSpaces: Substring {
        var result = self
        while result.first == " " { result = result.dropFirst() }
        while result.last == " " { result = result.dropLast() }
        return result
    }
}
