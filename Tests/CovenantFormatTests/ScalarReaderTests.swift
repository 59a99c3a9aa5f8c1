import CovenantFormat
import Testing

@Suite("Typed scalars (FORMAT.md)")
struct ScalarReaderTests {
    @Test("decimals: accepted forms", arguments: [
        ("15000", "15000"), ("15000.00", "15000.00"), ("-3.5", "-3.5"), ("15_000", "15000"), ("0", "0"),
    ])
    func decimalAccepted(text: String, shown: String) throws {
        let value = try #require(ScalarReader.decimal(text))
        #expect(value.description == shown)
    }

    @Test("decimals: rejected forms", arguments: ["1e3", "15,000", ".5", "5.", "12abc", "", "-", "1__0", "_1", "1_", "1.2.3"])
    func decimalRejected(text: String) {
        #expect(ScalarReader.decimal(text) == nil)
    }

    @Test("percentages", arguments: [("99.95%", true), ("10%", true), ("0%", true), ("100%", true),
        ("0.9995", false), ("99.95", false), ("99,95%", false), ("%", false), ("+5%", false)])
    func percentage(text: String, accepted: Bool) {
        #expect((ScalarReader.percentage(text) != nil) == accepted)
    }

    @Test("durations in seconds", arguments: [("45s", 45), ("30m", 1800), ("4h", 14_400), ("1h30m", 5400), ("2d", 172_800)])
    func duration(text: String, seconds: Int64) {
        #expect(ScalarReader.duration(text) == seconds)
    }

    @Test("durations rejected", arguments: ["4 hours", "1.5h", "30m1h", "h", "4", "4hh", ""])
    func durationRejected(text: String) {
        #expect(ScalarReader.duration(text) == nil)
    }

    @Test("business durations", arguments: [
        ("8 business hours", 8, BusinessDuration.Unit.hours), ("2 business days", 2, .days),
        ("90 business minutes", 90, .minutes), ("1 business day", 1, .days),
    ])
    func businessDuration(text: String, count: Int64, unit: BusinessDuration.Unit) {
        #expect(ScalarReader.businessDuration(text) == BusinessDuration(count: count, unit: unit))
    }

    @Test("business durations rejected", arguments: ["2 bdays", "2 business", "business days", "2.5 business days"])
    func businessDurationRejected(text: String) {
        #expect(ScalarReader.businessDuration(text) == nil)
    }

    @Test("dates and months", arguments: [("2026-01-15", true), ("2026-1-15", false), ("2026-02-30", false),
        ("2028-02-29", true), ("2027-02-29", false), ("2026-13-01", false)])
    func date(text: String, accepted: Bool) {
        #expect((ScalarReader.date(text) != nil) == accepted)
    }

    @Test("months", arguments: [("2026-01", true), ("Jan 2026", false), ("2026-1", false), ("2026-00", false)])
    func month(text: String, accepted: Bool) {
        #expect((ScalarReader.month(text) != nil) == accepted)
    }

    @Test("instants")
    func instants() throws {
        let z = try #require(ScalarReader.instant("2026-01-15T14:47:00Z"))
        #expect(z.epochSeconds == 1_768_488_420)
        let offset = try #require(ScalarReader.instant("2026-01-15T14:47-08:00"))
        #expect(offset.epochSeconds == 1_768_517_220)
        let local = try #require(ScalarReader.instant("2026-01-15 14:47"))
        #expect(local.utcOffset == nil && local.time == TimeOfDay(hour: 14, minute: 47))
        #expect(ScalarReader.instant("2026-01-15 24:00") == nil)
        #expect(ScalarReader.instant("2026-01-15T14:47:00+25:00") == nil)
        #expect(ScalarReader.instant("2026-02-30T10:00Z") == nil)
    }

    @Test("times of day", arguments: [("09:00", 32_400), ("17:30", 63_000), ("24:00", 86_400), ("00:00", 0)])
    func timeOfDay(text: String, seconds: Int) {
        #expect(ScalarReader.timeOfDay(text)?.seconds == seconds)
    }

    @Test("times of day rejected", arguments: ["9am", "9:00", "24:01", "25:00", "12:60"])
    func timeOfDayRejected(text: String) {
        #expect(ScalarReader.timeOfDay(text) == nil)
    }

    @Test("day sets", arguments: [("mon-fri", [1, 2, 3, 4, 5]), ("sat-sun", [6, 7]), ("mon,wed,fri", [1, 3, 5]),
        ("sun", [7]), ("fri-mon", [1, 5, 6, 7])])
    func daySet(text: String, days: [Int]) {
        #expect(ScalarReader.daySet(text)?.weekdays == days)
    }

    @Test("day sets rejected", arguments: ["weekdays", "mon-", "", "monday"])
    func daySetRejected(text: String) {
        #expect(ScalarReader.daySet(text) == nil)
    }

    @Test("zones and identifiers")
    func zonesAndIdentifiers() {
        #expect(ScalarReader.timeZoneName("America/Los_Angeles") != nil)
        #expect(ScalarReader.timeZoneName("UTC") != nil)
        #expect(ScalarReader.identifier("C-2026-014") != nil)
        #expect(ScalarReader.identifier("two words") == nil)
    }
}

@Suite("Typed scalars: value limits, told apart from malformed text")
struct ScalarLimitTests {
    @Test("the plain readers refuse values out of range; the readings say why", arguments: [
        ("36501d", "a duration at most 100 years (36500d)"),
        ("1899-12-31", "a date from 1900-01-01 to 9999-12-31"),
        ("1234567890123456789", "a number with at most 18 digits"),
    ])
    func outOfRange(text: String, allowed: String) {
        let readings: [ScalarReading<Bool>] = [
            ScalarReader.durationReading(text).map { _ in true }, ScalarReader.dateReading(text).map { _ in true },
            ScalarReader.decimalReading(text).map { _ in true },
        ]
        #expect(readings.contains(.outOfRange(allowed: allowed)))
        #expect(ScalarReader.duration(text) == nil)
        #expect(ScalarReader.date(text) == nil)
        #expect(ScalarReader.decimal(text) == nil)
    }

    @Test("the limits themselves", arguments: [
        (ScalarReader.maximumDuration, 3_153_600_000),
        (ScalarReader.maximumBusinessCount(.days), 36_500),
        (ScalarReader.maximumBusinessCount(.hours), 876_000),
        (ScalarReader.maximumBusinessCount(.minutes), 52_560_000),
        (ScalarReader.instantRange.lowerBound, -2_208_988_800),
        (ScalarReader.instantRange.upperBound, 253_402_300_799),
    ] as [(Int64, Int64)])
    func limits(value: Int64, expected: Int64) {
        #expect(value == expected)
    }

    @Test("a malformed text stays malformed however long its digits", arguments: [
        "99999999999999999999x", "1__9999999999999999999", "99999999999999999999.", "",
    ])
    func malformed(text: String) {
        #expect(ScalarReader.decimalReading(text) == .malformed)
    }
}
