import Covenant
import CovenantFormat
import CovenantTestSupport
import Testing

/// FORMAT.md's value limits in the domain: what a file may state, and that
/// all arithmetic on what it may state is exact.
@Suite("Value limits and exact arithmetic on accepted values")
struct ValueLimitsTests {
    @Test(
        "Money amounts: at most 1,000,000,000,000 in magnitude; beyond it out of range, not a fraction-digit error",
        arguments: [
            ("1000000000000", true), ("1000000000000.00", true), ("999999999999.999", true),
            ("1000000000000.01", false), ("50000000000000000", false), ("999999999999999999", false),
            ("-1000000000000", true), ("-1000000000001", false),
        ])
    func amounts(text: String, accepted: Bool) {
        switch Money.amount.reading(text) {
        case .value: #expect(accepted, "\(text)")
        case .outOfRange(let allowed): #expect(!accepted && allowed == "an amount at most 1,000,000,000,000")
        case .malformed: Issue.record("\(text) read as malformed")
        }
    }

    @Test("A total adds 10,000 fees of 1,000,000,000,000.000 KWD (10^19 minor units) exactly, beyond Int64")
    func totals() throws {
        let kwd = try #require(Currency(code: "KWD"))
        let fee = try #require(Money(DecimalNumber(Money.largestAmount), currency: kwd))
        #expect(fee.minorUnits == 1_000_000_000_000_000)
        var total = MoneyTotal.zero(kwd)
        for _ in 0..<10_000 { total += fee }
        #expect(total.minorUnits == 10_000_000_000_000_000_000)
        #expect(total.plain == "10000000000000000.000")
    }

    @Test(
        "Targets: 100 years in any unit, read as written; beyond, out of range",
        arguments: [
            ("36500 business days", TargetDuration.business(BusinessDuration(count: 36_500, unit: .days))),
            ("876000h", .time(seconds: 3_153_600_000)), ("36500d", .time(seconds: 3_153_600_000)),
            ("52560000 business minutes", .business(BusinessDuration(count: 52_560_000, unit: .minutes))),
        ])
    func targets(text: String, target: TargetDuration) {
        #expect(TargetDuration.reading(text).value == target)
    }

    @Test(
        "Targets beyond 100 years are out of range, with the limit in the message",
        arguments: [
            ("36501 business days", "a business duration at most 100 years (36500 business days)"),
            ("400000000000000 business days", "a business duration at most 100 years (36500 business days)"),
            ("9223372036854775807s", "a duration at most 100 years (36500d)"),
        ])
    func targetLimits(text: String, allowed: String) {
        #expect(TargetDuration.reading(text) == .outOfRange(allowed: allowed))
    }

    @Test("The largest business target on the longest day length stays exact: 36,500 × 100 years of seconds")
    func largestTarget() {
        let target = TargetDuration.business(BusinessDuration(count: 36_500, unit: .days))
        #expect(target.workingSeconds(dayLength: 3_153_600_000) == 115_106_400_000_000)
        #expect(
            TargetDuration.business(BusinessDuration(count: .max, unit: .days)).workingSeconds(dayLength: 86_400)
                == .max)
    }

    @Test("RFC 3339 text is written for every instant: years outside 0000–9999 are the nearest written one")
    func rfc3339() {
        #expect(RFC3339Instant.utc(RFC3339Instant.latest) == "9999-12-31T23:59:59Z")
        #expect(RFC3339Instant.utc(.max) == "9999-12-31T23:59:59Z")
        #expect(RFC3339Instant.utc(.min) == "0000-01-01T00:00:00Z")
        #expect(RFC3339Instant.reading("9999-12-31T23:00:00-08:00") == .outOfRange(allowed: RFC3339Instant.allowed))
        #expect(RFC3339Instant.reading("1899-12-31T23:59:59Z") == .outOfRange(allowed: RFC3339Instant.allowed))
        #expect(RFC3339Instant.parse("9999-12-31T23:59:59Z") == RFC3339Instant.latest)
    }
}

@Suite("Working time to the horizon: 2200 and beyond")
struct FarWorkingTimeTests {
    static let business = CatalogCalendars.business

    @Test(
        "Working time over a span equals the sum of each day's open intervals, across the 2200 seam and in 9999",
        arguments: [(2199, 12, 1), (2199, 12, 24), (2300, 7, 1), (2500, 12, 20), (9999, 11, 20)])
    func daysAddUp(year: Int, month: Int, day: Int) throws {
        let first = try #require(LocalDate(year: year, month: month, day: day))
        var total: Int64 = 0
        for offset in 0..<30 {
            let date = first.adding(days: offset)
            if date.year > 9999 { break }
            total += Self.business.openIntervals(onLocalDate: date).reduce(0) { $0 + $1.upperBound - $1.lowerBound }
        }
        let last = min(first.adding(days: 30), LocalDate(year: 9999, month: 12, day: 31)!)
        let start = CatalogCalendars.zone.startOfDay(first)
        let end = CatalogCalendars.zone.startOfDay(last)
        #expect(Self.business.workingSeconds(from: start, to: end) == total)
        // Additive across the seam.
        let middle = (start + end) / 2
        #expect(
            Self.business.workingSeconds(from: start, to: middle) + Self.business.workingSeconds(from: middle, to: end)
                == total)
    }

    @Test("A deadline past 2200 is found on the far timeline; one past 9999 is never")
    func farDeadlines() throws {
        let start = utc(2199, 12, 30, 17)
        // 2199-12-30 is a Monday: 09:00 LA is 17:00Z. Five business days of 8 hours, New Year's Day closed.
        let deadline = try #require(Self.business.deadline(from: start, adding: 5 * 8 * 3600))
        #expect(Self.business.workingSeconds(from: start, to: deadline) == 5 * 8 * 3600)
        #expect(deadline == at(2200, 1, 6, 17, 0, offset: -8))
        #expect(Self.business.deadline(from: utc(9999, 12, 30), adding: 3 * 8 * 3600) == nil)
        #expect(CatalogCalendars.always.deadline(from: RFC3339Instant.latest, adding: 1) == nil)
        #expect(CatalogCalendars.always.deadline(from: RFC3339Instant.latest - 1, adding: 1) == RFC3339Instant.latest)
    }

    @Test(
        "Past 2500 the 400-year cycle answers as the whole timeline does (built when a date after 2099 is named)"
    )
    func cycleAgreesWithWholeTimeline() throws {
        let zone = CatalogCalendars.zone
        let nine = TimeOfDay(hour: 9, minute: 0), five = TimeOfDay(hour: 17, minute: 0)
        let hours = CatalogCalendars.hours(1...5, 9, 17)
        let periodic = try WorkingCalendar(
            CalendarDefinition(name: CalendarName("cycle"), zone: zone, hours: .weekly(hours), holidays: [.usFederal]))
        // Monday 2150-01-05 with its usual hours: nothing changes but the calendar names a date after 2099.
        let whole = try WorkingCalendar(
            CalendarDefinition(
                name: CalendarName("whole"), zone: zone, hours: .weekly(hours), holidays: [.usFederal],
                specialHours: [
                    LocalDate(year: 2150, month: 1, day: 5)!: .open([LocalInterval(start: nine, end: five)])
                ]))
        var random = SplitMix64(seed: 0x0C1C_1E00)
        for _ in 0..<200 {
            let start = utc(2190, 1, 1) + Int64(random.next() % UInt64(utc(9990, 1, 1) - utc(2190, 1, 1)))
            let end = start + Int64(random.next() % UInt64(3 * 365 * 86_400))
            #expect(periodic.workingSeconds(from: start, to: end) == whole.workingSeconds(from: start, to: end))
            let target = Int64(random.next() % UInt64(40 * 8 * 3600))
            #expect(periodic.deadline(from: start, adding: target) == whole.deadline(from: start, adding: target))
        }
        let date = LocalDate(year: 9999, month: 7, day: 5)!
        #expect(periodic.openIntervals(onLocalDate: date) == whole.openIntervals(onLocalDate: date))
    }
}
