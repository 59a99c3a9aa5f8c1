/// Strict readers for the typed scalars of FORMAT.md. Each accepts the whole
/// text or returns `nil`; none accepts a prefix.
public enum ScalarReader {
    /// `15000`, `15000.00`, `-3.5`, `15_000` (underscores between digits).
    public static func decimal(_ text: String) -> DecimalNumber? {
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
        var inFraction = false
        var previousWasDigit = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                let (times10, o1) = significand.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(Int64(byte - 0x30))
                if o1 || o2 { return nil }
                significand = sum
                digits += 1
                if inFraction { scale += 1 }
                previousWasDigit = true
            } else if byte == UInt8(ascii: "_") {
                guard previousWasDigit, index + 1 < bytes.count, isDigit(bytes[index + 1]) else { return nil }
                previousWasDigit = false
            } else if byte == UInt8(ascii: ".") {
                guard !inFraction, previousWasDigit, index + 1 < bytes.count, isDigit(bytes[index + 1]) else {
                    return nil
                }
                inFraction = true
                previousWasDigit = false
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, scale <= 18 else { return nil }
        return DecimalNumber(significand: negative ? -significand : significand, scale: scale)
    }

    /// `99.95%`, `10%`, `0%`: the number before the sign, in percent.
    public static func percentage(_ text: String) -> DecimalNumber? {
        guard text.utf8.last == UInt8(ascii: "%") else { return nil }
        let number = String(text.utf8.dropLast())!
        guard let value = decimal(number), !number.hasPrefix("+") else { return nil }
        return value
    }

    /// `45s`, `30m`, `4h`, `1h30m`, `2d`: whole seconds (a day is 86,400 s).
    /// Units appear at most once each, largest first.
    public static func duration(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var index = 0
        var total: Int64 = 0
        var lastUnitRank = Int.max
        while index < bytes.count {
            var value: Int64 = 0
            var digits = 0
            while index < bytes.count && isDigit(bytes[index]) {
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(Int64(bytes[index] - 0x30))
                if o1 || o2 { return nil }
                value = sum
                digits += 1
                index += 1
            }
            guard digits > 0, index < bytes.count else { return nil }
            let unit: (rank: Int, seconds: Int64)
            switch bytes[index] {
            case UInt8(ascii: "d"): unit = (4, 86_400)
            case UInt8(ascii: "h"): unit = (3, 3_600)
            case UInt8(ascii: "m"): unit = (2, 60)
            case UInt8(ascii: "s"): unit = (1, 1)
            default: return nil
            }
            guard unit.rank < lastUnitRank else { return nil }
            lastUnitRank = unit.rank
            let (part, o3) = value.multipliedReportingOverflow(by: unit.seconds)
            let (sum, o4) = total.addingReportingOverflow(part)
            if o3 || o4 { return nil }
            total = sum
            index += 1
        }
        return total
    }

    /// `8 business hours`, `2 business days`, `90 business minutes`, singular allowed.
    public static func businessDuration(_ text: String) -> BusinessDuration? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1] == "business", let count = Int64(parts[0]),
            parts[0].utf8.allSatisfy(isDigit), count >= 0
        else { return nil }
        switch parts[2] {
        case "minute", "minutes": return BusinessDuration(count: count, unit: .minutes)
        case "hour", "hours": return BusinessDuration(count: count, unit: .hours)
        case "day", "days": return BusinessDuration(count: count, unit: .days)
        default: return nil
        }
    }

    /// `2026-01-15`: a date that exists.
    public static func date(_ text: String) -> LocalDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `2026-01`.
    public static func month(_ text: String) -> LocalMonth? {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(bytes, 0, 4),
            let month = number(bytes, 5, 2)
        else { return nil }
        return LocalMonth(year: year, month: month)
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
    public static func instant(_ text: String) -> InstantText? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            let date = date(String(decoding: bytes[0..<10], as: UTF8.self))
        else { return nil }
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
        guard let time = timeOfDay(bytes[11..<end]), time.seconds < 86_400 else { return nil }
        if offset != nil && bytes[10] != UInt8(ascii: "T") { return nil }
        return InstantText(date: date, time: time, utcOffset: offset)
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
