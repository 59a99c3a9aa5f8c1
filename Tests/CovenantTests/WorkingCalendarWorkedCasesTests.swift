import Covenant
import CovenantFormat
import Testing

/// The support-clock worked cases of RULES.md §6 on the catalog's calendars.
@Suite("Worked cases F–K")
struct WorkingCalendarWorkedCasesTests {
    @Test("F: extended, opened Tue 15:45 PST, replied 23:30: 2 h 15 min; 4 h deadline Wed 10:45")
    func caseF() {
        let opened = at(2026, 1, 6, 15, 45, offset: -8)
        let replied = at(2026, 1, 6, 23, 30, offset: -8)
        #expect(CatalogCalendars.extended.workingSeconds(from: opened, to: replied) == 8_100)
        #expect(CatalogCalendars.extended.deadline(from: opened, adding: 4 * 3600) == utc(2026, 1, 7, 18, 45))
    }

    @Test("G: always, response 45 min; resolution 1 h 15 min with 3 h 15 min paused")
    func caseG() {
        let calendar = CatalogCalendars.always
        let opened = at(2026, 1, 8, 14, 0, offset: -8)
        let awaiting = at(2026, 1, 8, 14, 45, offset: -8)
        let replied = at(2026, 1, 8, 18, 0, offset: -8)
        let resolved = at(2026, 1, 8, 18, 30, offset: -8)
        #expect(calendar.isAlwaysOpen)
        #expect(calendar.workingSeconds(from: opened, to: awaiting) == 2_700)
        let resolution = calendar.workingSeconds(from: opened, to: resolved, pauses: [awaiting..<replied])
        #expect(resolution == 4_500)
        #expect(calendar.workingSeconds(from: opened, to: resolved) - resolution == 11_700)
    }

    @Test("H: business, opened Fri 2026-01-16 16:00, 16 business hours: Wed 2026-01-21 16:00 (MLK Monday closed)")
    func caseH() {
        let calendar = CatalogCalendars.business
        let opened = at(2026, 1, 16, 16, 0, offset: -8)
        #expect(calendar.dayLength == 8 * 3600)
        #expect(calendar.deadline(from: opened, adding: 2 * calendar.dayLength) == at(2026, 1, 21, 16, 0, offset: -8))
    }

    @Test("I: extended, opened Fri 2026-03-06 17:00 PST, 4 h: Mon 2026-03-09 12:00 PDT across DST")
    func caseI() {
        let opened = at(2026, 3, 6, 17, 0, offset: -8)
        #expect(CatalogCalendars.extended.deadline(from: opened, adding: 4 * 3600) == utc(2026, 3, 9, 19, 0))
    }

    @Test("J: always, opened Thu 2026-12-24 10:00 PST, 48 h: Sat 2026-12-26 10:00 PST")
    func caseJ() {
        let opened = at(2026, 12, 24, 10, 0, offset: -8)
        #expect(CatalogCalendars.always.deadline(from: opened, adding: 48 * 3600) == at(2026, 12, 26, 10, 0, offset: -8))
    }

    @Test("K: business is closed all of Fri 2027-12-31 (New Year's Day 2028 observed)")
    func caseK() {
        let calendar = CatalogCalendars.business
        let day = LocalDate(year: 2027, month: 12, day: 31)!
        #expect(calendar.openIntervals(onLocalDate: day).isEmpty)
        #expect(calendar.workingSeconds(from: at(2027, 12, 31, 0, 0, offset: -8), to: at(2028, 1, 1, 0, 0, offset: -8)) == 0)
        #expect(calendar.nextOpen(atOrAfter: at(2027, 12, 30, 17, 0, offset: -8)) == at(2028, 1, 3, 9, 0, offset: -8))
    }
}
