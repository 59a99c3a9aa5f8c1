import CovenantFormat

/// The US federal holidays of 5 U.S.C. 6103 with their observed dates: a
/// holiday on a Saturday is observed the Friday before (even in the previous
/// year), one on a Sunday the Monday after.
///
/// The current rules apply to every year (Monday holidays as fixed in 1971);
/// Martin Luther King Jr. Day counts from 1986 and Juneteenth from 2021.
public enum USFederalHolidays {
    /// One holiday in one year.
    public struct Holiday: Sendable, Hashable {
        /// Its name, e.g. `Independence Day`.
        public var name: String
        /// The date the holiday falls on.
        public var date: LocalDate
        /// The date it is observed (the same unless `date` is a weekend day).
        public var observed: LocalDate
    }

    /// The holidays falling in `year`, in date order (an observed date may lie
    /// in the previous year).
    public static func holidays(in year: Int) -> [Holiday] {
        var dates: [(String, LocalDate)] = [
            ("New Year's Day", fixed(year, 1, 1))
        ]
        if year >= 1986 { dates.append(("Martin Luther King Jr. Day", nth(3, weekday: 1, year, 1))) }
        dates.append(("Washington's Birthday", nth(3, weekday: 1, year, 2)))
        dates.append(("Memorial Day", last(weekday: 1, year, 5)))
        if year >= 2021 { dates.append(("Juneteenth National Independence Day", fixed(year, 6, 19))) }
        dates.append(("Independence Day", fixed(year, 7, 4)))
        dates.append(("Labor Day", nth(1, weekday: 1, year, 9)))
        dates.append(("Columbus Day", nth(2, weekday: 1, year, 10)))
        dates.append(("Veterans Day", fixed(year, 11, 11)))
        dates.append(("Thanksgiving Day", nth(4, weekday: 4, year, 11)))
        dates.append(("Christmas Day", fixed(year, 12, 25)))
        return dates.map { Holiday(name: $0.0, date: $0.1, observed: observed($0.1)) }
    }

    /// Every date in `year` that the schedule closes: the holidays' own dates
    /// and their observed dates, including an observed date that comes from
    /// the next year's New Year's Day.
    public static func closedDates(in year: Int) -> Set<LocalDate> {
        var closed: Set<LocalDate> = []
        for holiday in holidays(in: year) + holidays(in: year + 1) {
            for date in [holiday.date, holiday.observed] where date.year == year {
                closed.insert(date)
            }
        }
        return closed
    }

    /// The date a holiday on `date` is observed.
    public static func observed(_ date: LocalDate) -> LocalDate {
        switch date.isoWeekday {
        case 6: date.adding(days: -1)
        case 7: date.adding(days: 1)
        default: date
        }
    }

    private static func fixed(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day)!
    }

    /// The `n`th ISO `weekday` of a month.
    private static func nth(_ n: Int, weekday: Int, _ year: Int, _ month: Int) -> LocalDate {
        let first = fixed(year, month, 1)
        return first.adding(days: (weekday - first.isoWeekday + 7) % 7 + (n - 1) * 7)
    }

    /// The last ISO `weekday` of a month.
    private static func last(weekday: Int, _ year: Int, _ month: Int) -> LocalDate {
        let end = fixed(year, month, LocalDate.daysIn(year: year, month: month))
        return end.adding(days: -((end.isoWeekday - weekday + 7) % 7))
    }
}
