import CovenantFormat

/// Reads and writes the instants of the CSV event files: RFC 3339 with an
/// offset or `Z`, in whole seconds (`2026-01-06T15:45:00-08:00`).
public enum RFC3339Instant {
    /// What the reader expects, for messages.
    public static let expected =
        "an RFC 3339 instant in whole seconds with an offset or 'Z', like '2026-01-06T15:45:00-08:00'"

    /// What an instant may be (FORMAT.md, "Value limits"), for messages.
    public static let allowed = "an instant from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z"
    /// The first instant the value limits allow, 1900-01-01T00:00:00Z.
    public static let earliest: Int64 = -2_208_988_800
    /// The last instant the value limits allow, 9999-12-31T23:59:59Z.
    public static let latest: Int64 = 253_402_300_799
    /// The last instant RFC 3339 can write, 9999-12-31T23:59:59Z, and the first, 0000-01-01T00:00:00Z.
    static let writable: ClosedRange<Int64> = -62_167_219_200...latest

    /// Epoch seconds of `text`, or `nil` unless the whole text is such an
    /// instant within the value limits.
    public static func parse(_ text: String) -> Int64? { reading(text).value }

    /// Epoch seconds of `text`; out of range when it is such an instant
    /// outside the value limits (in UTC), malformed when it is none.
    public static func reading(_ text: String) -> ScalarReading<Int64> {
        var text = text
        guard let instant = text.withUTF8({ parse(bytes: $0) }) else { return .malformed }
        return (earliest...latest).contains(instant) ? .value(instant) : .outOfRange(allowed: allowed)
    }

    /// Formats epoch seconds as RFC 3339 UTC: `2026-01-07T18:45:00Z`.
    ///
    /// No accepted input gives an instant outside years 0000–9999 (deadlines
    /// end at the horizon, instants read are within the value limits); the
    /// text is RFC 3339 whatever the value, an instant outside those years
    /// being written as the nearest one inside.
    public static func utc(_ instant: Int64) -> String {
        let instant = writableInstant(instant)
        let day = instant.floorDivided(by: 86_400)
        let second = Int(instant - day * 86_400)
        let date = LocalDate(daysSinceEpoch: Int(day))
        return "\(date)T\(pad(second / 3600, 2)):\(pad(second % 3600 / 60, 2)):\(pad(second % 60, 2))Z"
    }

    /// `instant` within the years RFC 3339 can write.
    public static func writableInstant(_ instant: Int64) -> Int64 {
        min(max(instant, writable.lowerBound), writable.upperBound)
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count == 20 || bytes.count == 25 else { return nil }
        func digits(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
            let hour = digits(11, 2), let minute = digits(14, 2), let second = digits(17, 2),
            hour <= 23, minute <= 59, second <= 59,
            let date = LocalDate(year: year, month: month, day: day)
        else { return nil }
        var offset = 0
        if bytes.count == 20 {
            guard bytes[19] == UInt8(ascii: "Z") else { return nil }
        } else {
            let sign = bytes[19]
            guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), bytes[22] == UInt8(ascii: ":"),
                let hours = digits(20, 2), let minutes = digits(23, 2), hours <= 23, minutes <= 59
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offset)
    }
}
