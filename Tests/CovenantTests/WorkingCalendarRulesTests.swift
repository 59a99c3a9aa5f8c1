import Covenant
import CovenantFormat
import Testing

/// The CATALOG.md calendar rules, one case each.
@Suite("Working calendar rules")
struct WorkingCalendarRulesTests {
    static func interval(_ start: Int, _ end: Int) -> LocalInterval {
        LocalInterval(start: TimeOfDay(seconds: start * 60), end: TimeOfDay(seconds: end * 60))
    }

    static func calendar(
        _ hours: WeeklyHours, zone: ZoneRules = CatalogCalendars.zone, holidays: [HolidayRule] = [],
        special: [LocalDate: DayHours] = [:], dayLength: Int64? = nil
    ) throws -> WorkingCalendar {
        try WorkingCalendar(
            CalendarDefinition(
                name: CalendarName("test"), zone: zone, hours: hours, holidays: holidays, specialHours: special,
                dayLength: dayLength))
    }

    static func daily(_ intervals: LocalInterval...) -> WeeklyHours {
        .weekly(Dictionary(uniqueKeysWithValues: (1...7).map { ($0, intervals) }))
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }

    static let dstDays: [(Int, Int, LocalDate, Int64)] = [
            (60, 240, date(2026, 3, 8), 7_200),  // 01:00-04:00 spring forward: 2 h
            (60, 240, date(2026, 11, 1), 14_400),  // 01:00-04:00 fall back: 4 h
            (120, 150, date(2026, 3, 8), 0),  // 02:00-02:30 lies in the gap
            (150, 210, date(2026, 3, 8), 1_800),  // 02:30-03:30 runs 03:00-03:30
            (0, 90, date(2026, 11, 1), 5_400),  // 00:00-01:30 ends at the first 01:30
            (90, 120, date(2026, 11, 1), 5_400),  // 01:30-02:00 runs from the first 01:30 to 02:00 PST
            (1_320, 360, date(2026, 3, 7), 25_200),  // 22:00-06:00 overnight into the short night
    ]

    @Test("Intervals on DST days have their real length", arguments: dstDays)
    func dstDay(start: Int, end: Int, date: LocalDate, expected: Int64) throws {
        let calendar = try Self.calendar(Self.daily(Self.interval(start, end)))
        let intervals = calendar.openIntervals(onLocalDate: date)
        #expect(intervals.reduce(0) { $0 + $1.upperBound - $1.lowerBound } == expected)
        let dayStart = calendar.zone.startOfDay(date)
        #expect(calendar.workingSeconds(from: dayStart - 3_600, to: dayStart + 2 * 86_400) > 0 || expected == 0)
        if let first = intervals.first {
            #expect(calendar.workingSeconds(from: first.lowerBound, to: first.upperBound) == expected)
            #expect(calendar.deadline(from: first.lowerBound, adding: expected) == first.upperBound)
        }
    }

    @Test("A closed day closes the intervals that start on it; the night before still runs into it")
    func holidayAndOvernight() throws {
        let calendar = try Self.calendar(Self.daily(Self.interval(22 * 60, 6 * 60)), holidays: [.date(Self.date(2026, 7, 4))])
        #expect(calendar.openIntervals(onLocalDate: Self.date(2026, 7, 4)).isEmpty)
        #expect(calendar.workingSeconds(from: at(2026, 7, 4, 0, 0, offset: -7), to: at(2026, 7, 5, 0, 0, offset: -7)) == 6 * 3600)
        #expect(calendar.isOpen(at: at(2026, 7, 4, 5, 59, offset: -7)))
        #expect(!calendar.isOpen(at: at(2026, 7, 4, 23, 0, offset: -7)))
        #expect(calendar.workingSeconds(from: at(2026, 7, 5, 0, 0, offset: -7), to: at(2026, 7, 5, 6, 0, offset: -7)) == 0)
    }

    @Test("Special hours replace the weekly hours and win over a holiday")
    func specialHours() throws {
        let special: [LocalDate: DayHours] = [
            Self.date(2026, 11, 26): .open([Self.interval(600, 720)]),  // Thanksgiving, 10:00-12:00
            Self.date(2026, 11, 27): .open([Self.interval(540, 780)]),  // half day 09:00-13:00
            Self.date(2026, 11, 30): .closed,
        ]
        let calendar = try Self.calendar(
            .weekly(CatalogCalendars.hours(1...5, 9, 17)), holidays: [.usFederal], special: special)
        let week = calendar.workingSeconds(from: at(2026, 11, 26, 0, 0, offset: -8), to: at(2026, 12, 2, 0, 0, offset: -8))
        #expect(week == 2 * 3600 + 4 * 3600 + 8 * 3600)
        #expect(calendar.nextOpen(atOrAfter: at(2026, 11, 27, 13, 0, offset: -8)) == at(2026, 12, 1, 9, 0, offset: -8))
    }

    @Test("Weekend calendars close both a Saturday holiday and its observed Friday")
    func weekendHoliday() {
        let calendar = CatalogCalendars.extendedWeekend
        #expect(calendar.openIntervals(onLocalDate: Self.date(2026, 7, 3)).isEmpty)
        #expect(calendar.openIntervals(onLocalDate: Self.date(2026, 7, 4)).isEmpty)
        #expect(calendar.openIntervals(onLocalDate: Self.date(2026, 7, 5)) == [at(2026, 7, 5, 9, 0, offset: -7)..<at(2026, 7, 5, 17, 0, offset: -7)])
    }

    @Test("24x7 is wall-clock time; with a holiday it closes that local day")
    func alwaysWithHoliday() throws {
        let calendar = try Self.calendar(.always, holidays: [.date(Self.date(2026, 12, 25))])
        #expect(!calendar.isAlwaysOpen)
        #expect(calendar.dayLength == 86_400)
        let christmas = at(2026, 12, 25, 0, 0, offset: -8)
        #expect(calendar.workingSeconds(from: christmas - 3_600, to: christmas + 2 * 86_400) == 3_600 + 86_400)
        #expect(CatalogCalendars.always.workingSeconds(from: utc(2026, 3, 1), to: utc(2026, 4, 1)) == 31 * 86_400)
        #expect(CatalogCalendars.always.openIntervals(onLocalDate: Self.date(2026, 3, 8)).first.map { $0.count } == 23 * 3600)
    }

    @Test("An interval may end at 24:00")
    func endsAtMidnight() throws {
        let calendar = try Self.calendar(Self.daily(Self.interval(18 * 60, 24 * 60)))
        let day = Self.date(2026, 5, 5)
        #expect(calendar.openIntervals(onLocalDate: day) == [at(2026, 5, 5, 18, 0, offset: -7)..<at(2026, 5, 6, 0, 0, offset: -7)])
    }

    static let dayLengths: [(String, Int64)] = [
        ("business", 8 * 3600), ("extended", 9 * 3600), ("extended-weekend", 9 * 3600), ("always", 86_400),
    ]

    @Test("Day length defaults to the first open weekday from Monday", arguments: dayLengths)
    func dayLength(name: String, expected: Int64) throws {
        let calendars = [
            CatalogCalendars.business, CatalogCalendars.extended, CatalogCalendars.extendedWeekend, CatalogCalendars.always,
        ]
        let calendar = try #require(calendars.first { $0.definition.name.rawValue == name })
        #expect(calendar.dayLength == expected)
    }

    @Test("Day length of a calendar closed Monday, and an explicit one")
    func dayLengthOther() throws {
        let tuesdayOnly = try Self.calendar(.weekly([2: [Self.interval(600, 630), Self.interval(700, 760)]]))
        #expect(tuesdayOnly.dayLength == 90 * 60)
        #expect(try Self.calendar(.weekly([:]), dayLength: 7 * 3600).dayLength == 7 * 3600)
    }

    @Test("business in 2026: 250 business days of 8 hours")
    func businessYear() {
        let year = CatalogCalendars.business.workingSeconds(from: at(2026, 1, 1, 0, 0, offset: -8), to: at(2027, 1, 1, 0, 0, offset: -8))
        #expect(year == 250 * 8 * 3600)
    }

    @Test("Long spans equal the sum of each day's open intervals, 2000 through 2100", arguments: [false, true])
    func longSpans(weekend: Bool) {
        let calendar = weekend ? CatalogCalendars.extendedWeekend : CatalogCalendars.business
        var day = Self.date(2000, 1, 1)
        var sum: Int64 = 0
        let first = calendar.zone.startOfDay(day)
        while day.year <= 2100 {
            sum += calendar.openIntervals(onLocalDate: day).reduce(0) { $0 + $1.upperBound - $1.lowerBound }
            day = day.adding(days: 1)
        }
        #expect(calendar.workingSeconds(from: first, to: calendar.zone.startOfDay(day)) == sum)
    }

    @Test("No hours: never open, deadlines never reached")
    func neverOpen() throws {
        let calendar = try Self.calendar(.weekly([:]))
        #expect(calendar.dayLength == 0)
        #expect(calendar.nextOpen(atOrAfter: utc(2026, 1, 1)) == nil)
        #expect(calendar.deadline(from: utc(2026, 1, 1), adding: 1) == nil)
        #expect(calendar.deadline(from: utc(2026, 1, 1), adding: 0) == utc(2026, 1, 1))
        #expect(calendar.workingSeconds(from: utc(2000, 1, 1), to: utc(2100, 1, 1)) == 0)
    }

    @Test("Pauses may overlap and come in any order")
    func pauses() {
        let calendar = CatalogCalendars.business
        let start = at(2026, 1, 6, 9, 0, offset: -8)
        let end = at(2026, 1, 6, 17, 0, offset: -8)
        let hour: Int64 = 3600
        let pauses = [start + 5 * hour..<start + 6 * hour, start - hour..<start + hour, start + 5 * hour + 1800..<start + 7 * hour]
        #expect(calendar.workingSeconds(from: start, to: end, pauses: pauses) == 5 * hour)
        #expect(calendar.deadline(from: start, adding: 5 * hour, pauses: pauses) == end)
        #expect(calendar.deadline(from: start, adding: 4 * hour, pauses: pauses) == start + 5 * hour)
        #expect(calendar.deadline(from: start, adding: 0, pauses: pauses) == start)
        #expect(calendar.deadline(from: start, adding: 1, pauses: pauses) == start + hour + 1)
    }

    @Test("Malformed hours are typed errors")
    func errors() {
        #expect(throws: CalendarError.invalidWeekday(8)) { try Self.calendar(.weekly([8: [Self.interval(0, 60)]])) }
        let bad = LocalInterval(start: TimeOfDay(seconds: 86_400), end: TimeOfDay(seconds: 60))
        #expect(throws: CalendarError.invalidInterval(bad)) { try Self.calendar(.weekly([1: [bad]])) }
        #expect(throws: CalendarError.invalidDayLength(0)) { try Self.calendar(.always, dayLength: 0) }
    }
}
