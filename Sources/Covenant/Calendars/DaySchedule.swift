import CovenantFormat

/// Which intervals a calendar opens on each local day: special hours, else
/// nothing on a holiday, else the weekly hours.
struct DaySchedule: Sendable {
    /// The years whose US federal holidays a schedule for instants before
    /// 2200 needs; a schedule for every instant the value limits allow takes
    /// ``allFederalYears``.
    static let nearFederalYears = 1900...2199
    /// Every year of the value limits, and the next one (whose New Year's
    /// Day may be observed on 9999-12-31).
    static let allFederalYears = 1900...10000

    /// Weekly intervals by ISO weekday.
    let weekly: [Int: [LocalInterval]]
    /// Closed days (days since 1970-01-01), before special hours.
    let holidays: Set<Int>
    /// Replacement hours by day; an empty list is closed.
    let special: [Int: [LocalInterval]]

    init(_ definition: CalendarDefinition, federalYears: ClosedRange<Int> = nearFederalYears) {
        switch definition.hours {
        case .always:
            let wholeDay = [LocalInterval(start: TimeOfDay(seconds: 0), end: TimeOfDay(seconds: 86_400))]
            weekly = Dictionary(uniqueKeysWithValues: (1...7).map { ($0, wholeDay) })
        case .weekly(let hours):
            weekly = hours
        }
        var holidays: Set<Int> = []
        for rule in definition.holidays {
            switch rule {
            case .usFederal:
                for year in federalYears {
                    for date in USFederalHolidays.closedDates(in: year) { holidays.insert(date.daysSinceEpoch) }
                }
            case .date(let date):
                holidays.insert(date.daysSinceEpoch)
            case .file(let file):
                for day in file.days { holidays.insert(day.date.daysSinceEpoch) }
            }
        }
        self.holidays = holidays
        var special: [Int: [LocalInterval]] = [:]
        for (date, hours) in definition.specialHours {
            switch hours {
            case .closed: special[date.daysSinceEpoch] = []
            case .open(let intervals): special[date.daysSinceEpoch] = intervals
            }
        }
        self.special = special
    }

    /// Days whose hours differ from the weekly pattern.
    var exceptionDays: Set<Int> { holidays.union(special.keys) }

    /// The intervals that start on a local day.
    func intervals(onDay day: Int) -> [LocalInterval] {
        if let special = special[day] { return special }
        if holidays.contains(day) { return [] }
        return weekly[LocalDate(daysSinceEpoch: day).isoWeekday] ?? []
    }

    /// The instants covered by the intervals that start on a local day,
    /// merged and in order; gaps and repeated hours resolve as in `ZoneRules.instant`.
    func ranges(onDay day: Int, in zone: ZoneRules) -> [Range<Int64>] {
        let dayStart = Int64(day) * 86_400
        return intervals(onDay: day).map { interval in
            let local = interval.localRange(from: dayStart)
            return zone.instant(localSeconds: local.lowerBound)..<zone.instant(localSeconds: local.upperBound)
        }.mergedRanges()
    }
}
