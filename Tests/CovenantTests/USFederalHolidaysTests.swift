import Covenant
import CovenantFormat
import Testing

@Suite("US federal holidays")
struct USFederalHolidaysTests {
    /// A date as plain numbers, so that the reference shares no code with `LocalDate`.
    struct Day: Hashable {
        var year: Int, month: Int, day: Int

        /// 0 Sunday ... 6 Saturday (Sakamoto's method).
        var weekday: Int {
            let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
            let y = month < 3 ? year - 1 : year
            return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
        }

        static func length(_ year: Int, _ month: Int) -> Int {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }

        var previous: Day {
            if day > 1 { return Day(year: year, month: month, day: day - 1) }
            if month > 1 { return Day(year: year, month: month - 1, day: Day.length(year, month - 1)) }
            return Day(year: year - 1, month: 12, day: 31)
        }

        var next: Day {
            if day < Day.length(year, month) { return Day(year: year, month: month, day: day + 1) }
            if month < 12 { return Day(year: year, month: month + 1, day: 1) }
            return Day(year: year + 1, month: 1, day: 1)
        }

        /// The days of a month falling on a weekday (0 Sunday ... 6 Saturday), in order.
        static func scan(_ year: Int, _ month: Int, weekday: Int) -> [Day] {
            (1...length(year, month)).map { Day(year: year, month: month, day: $0) }.filter { $0.weekday == weekday }
        }

        var observed: Day { weekday == 6 ? previous : weekday == 0 ? next : self }
        var local: LocalDate { LocalDate(year: year, month: month, day: day)! }
    }

    /// The statute's holidays of a year, built by scanning each month's days.
    static func reference(_ year: Int) -> [Day] {
        var days = [Day(year: year, month: 1, day: 1)]
        if year >= 1986 { days.append(Day.scan(year, 1, weekday: 1)[2]) }
        days.append(Day.scan(year, 2, weekday: 1)[2])
        days.append(Day.scan(year, 5, weekday: 1).last!)
        if year >= 2021 { days.append(Day(year: year, month: 6, day: 19)) }
        days.append(Day(year: year, month: 7, day: 4))
        days.append(Day.scan(year, 9, weekday: 1)[0])
        days.append(Day.scan(year, 10, weekday: 1)[1])
        days.append(Day(year: year, month: 11, day: 11))
        days.append(Day.scan(year, 11, weekday: 4)[3])
        days.append(Day(year: year, month: 12, day: 25))
        return days
    }

    @Test("Holidays and closed dates 2000 through 2100 match an independent reading of the statute")
    func matchesReference() {
        for year in 2000...2100 {
            let holidays = USFederalHolidays.holidays(in: year)
            let reference = Self.reference(year)
            #expect(holidays.map(\.date) == reference.map(\.local), "\(year)")
            #expect(holidays.map(\.observed) == reference.map(\.observed.local), "\(year)")
            let closed = (Self.reference(year - 1) + reference + Self.reference(year + 1))
                .flatMap { [$0, $0.observed] }
                .filter { $0.year == year }
            #expect(USFederalHolidays.closedDates(in: year) == Set(closed.map(\.local)), "\(year)")
        }
    }

    @Test(
        "Named observed dates",
        arguments: [
            ("2021-06-18", 2021, 6, 18, "Juneteenth National Independence Day", 2021),
            ("2022-12-26", 2022, 12, 26, "Christmas Day", 2022),
            ("2027-12-31", 2027, 12, 31, "New Year's Day", 2028),
            ("2028-12-25", 2028, 12, 25, "Christmas Day", 2028),
            ("2026-07-03", 2026, 7, 3, "Independence Day", 2026),
        ])
    func named(label: String, year: Int, month: Int, day: Int, holiday: String, holidayYear: Int) throws {
        let date = try #require(LocalDate(year: year, month: month, day: day))
        #expect(USFederalHolidays.closedDates(in: year).contains(date), "\(label)")
        #expect(USFederalHolidays.holidays(in: holidayYear).contains { $0.name == holiday && $0.observed == date })
    }

    @Test("Both the Saturday holiday and its Friday are closed; Juneteenth starts in 2021, MLK Day in 1986")
    func bothDatesAndStartYears() {
        let closed2026 = USFederalHolidays.closedDates(in: 2026)
        #expect(closed2026.contains(LocalDate(year: 2026, month: 7, day: 4)!))
        #expect(closed2026.contains(LocalDate(year: 2026, month: 7, day: 3)!))
        #expect(closed2026.count == 12)
        #expect(!USFederalHolidays.holidays(in: 2020).contains { $0.date.month == 6 })
        #expect(USFederalHolidays.holidays(in: 1985).count == 9)
        #expect(USFederalHolidays.holidays(in: 1986).count == 10)
        #expect(USFederalHolidays.closedDates(in: 2028).contains(LocalDate(year: 2028, month: 1, day: 1)!))
    }
}
