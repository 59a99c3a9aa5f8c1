import CovenantFormat
import CovenantTestSupport
import Testing

/// Calendar dates: days since the epoch both ways, and moving by days.
@Suite("Local dates")
struct LocalDateTests {
    @Test(
        "Moving by days is the day that many days since the epoch later, across months, leap days and centuries",
        arguments: [
            (1900, 2, 28, 1, "1900-03-01"), (2000, 2, 28, 1, "2000-02-29"), (2026, 1, 31, 1, "2026-02-01"),
            (2026, 3, 1, -1, "2026-02-28"), (2026, 1, 27, 1, "2026-01-28"), (2026, 1, 28, 1, "2026-01-29"),
            (2024, 12, 31, 366, "2026-01-01"), (9999, 12, 3, 28, "9999-12-31"),
        ])
    func adding(year: Int, month: Int, day: Int, days: Int, expected: String) throws {
        let date = try #require(LocalDate(year: year, month: month, day: day))
        #expect(date.adding(days: days).description == expected)
    }

    @Test("Moving by days agrees with the day count, for 20,000 random dates and offsets")
    func addingProperty() {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<20_000 {
            let days = Int.random(in: -25_567...2_932_896, using: &random)
            let date = LocalDate(daysSinceEpoch: days)
            let offset = Int.random(in: -40...40, using: &random)
            let moved = date.adding(days: offset)
            #expect(moved == LocalDate(daysSinceEpoch: days + offset))
            #expect(moved.daysSinceEpoch == days + offset)
        }
    }
}
