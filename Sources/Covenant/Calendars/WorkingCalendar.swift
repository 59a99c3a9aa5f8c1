import CovenantFormat
import Synchronization

/// A calendar ready to measure working time exactly, in whole seconds.
///
/// The rules follow CATALOG.md: weekly hours per ISO weekday; an overnight
/// interval belongs to the day it starts on; a closed day (a holiday's own or
/// observed date, or an explicit date) closes the intervals that start on it;
/// special hours replace a day's hours and win over a holiday; local times in
/// a DST gap mean the transition, repeated ones their first occurrence, so an
/// interval on a DST day has its real length.
///
/// `24x7` is every day 00:00–24:00: with no holidays and no special hours it
/// is wall-clock time (`isAlwaysOpen`); holidays or special hours listed on it
/// apply like on any other calendar (a holiday closes that local day).
///
/// Building the calendar precomputes its working time up to 2200 (US federal
/// holidays of 1900–2199, the zone's transitions before 2200), so that each
/// query costs the same however long the span; calendars built from equal
/// definitions share it (``BuiltTimelines``). A query that reaches later
/// uses a timeline with every holiday and transition up to a later year
/// (2600, 3400, 5000, then the ``horizon``), built the first time one is asked
/// for (``FarTimeline``). A deadline at or after the horizon is never reached
/// (`nil`).
public struct WorkingCalendar: Sendable {
    /// The end of the dates the value limits allow, 10000-01-01T00:00:00Z:
    /// a deadline is reached before it or never.
    public static let horizon: Int64 = 253_402_300_800
    /// The instants the first timeline answers exactly: before 2199-12-30,
    /// two days short of its last holiday year and transition.
    static let nearLimit: Int64 = 7_257_945_600

    /// What the calendar was built from and into, shared by its copies: a
    /// month-end run hands calendars to a million ticket clocks, and a copy
    /// is then one reference, not one per part.
    private final class Storage: Sendable {
        let definition: CalendarDefinition
        let dayLength: Int64
        let built: BuiltTimelines.Built

        init(_ definition: CalendarDefinition, _ built: BuiltTimelines.Built) {
            self.definition = definition
            dayLength = definition.businessDayLength
            self.built = built
        }
    }

    private let storage: Storage

    /// The catalog definition the calendar was built from.
    public var definition: CalendarDefinition { storage.definition }
    /// The calendar's time zone.
    public var zone: ZoneRules { storage.definition.zone }
    /// The working time one business day stands for, in seconds: the
    /// definition's, else the working time of the first open weekday counting
    /// from Monday (0 when no weekday is open); 86,400 for `24x7`.
    public var dayLength: Int64 { storage.dayLength }
    var schedule: DaySchedule { storage.built.schedule }
    var timeline: WorkingTimeline { storage.built.timeline }
    var far: FarTimeline { storage.built.far }

    /// Builds the calendar; throws for malformed hours.
    public init(_ definition: CalendarDefinition) throws(CalendarError) {
        if case .weekly(let hours) = definition.hours {
            for (weekday, intervals) in hours {
                guard (1...7).contains(weekday) else { throw .invalidWeekday(weekday) }
                try WorkingCalendar.validate(intervals)
            }
        }
        for case .open(let intervals) in definition.specialHours.values {
            try WorkingCalendar.validate(intervals)
        }
        if let length = definition.dayLength, length <= 0 { throw .invalidDayLength(length) }

        storage = Storage(definition, BuiltTimelines.shared.built(for: definition))
    }

    private static func validate(_ intervals: [LocalInterval]) throws(CalendarError) {
        for interval in intervals {
            guard (0..<86_400).contains(interval.start.seconds), (0...86_400).contains(interval.end.seconds) else {
                throw .invalidInterval(interval)
            }
        }
    }

    /// Whether working time is wall-clock time: `24x7` with no holidays and no special hours.
    public var isAlwaysOpen: Bool {
        definition.hours == .always && definition.holidays.isEmpty && definition.specialHours.isEmpty
    }

    /// The working time in `[start, end)`; 0 when `end <= start`.
    public func workingSeconds(from start: Int64, to end: Int64) -> Int64 {
        guard end > start else { return 0 }
        if end <= WorkingCalendar.nearLimit { return timeline.working(before: end) - timeline.working(before: start) }
        if far.isPeriodic { return far.working(before: end) - far.working(before: start) }
        let timeline = far.rung(covering: end).timeline
        return timeline.working(before: end) - timeline.working(before: start)
    }

    /// The earliest instant `t >= start` with `workingSeconds(from: start, to: t) == working`:
    /// `start` itself for 0 (or less); `nil` when the calendar never
    /// accumulates that much working time before the ``horizon``.
    public func deadline(from start: Int64, adding working: Int64) -> Int64? {
        guard working > 0 else { return start }
        guard let near = Self.deadline(on: timeline, from: start, adding: working) else {
            // The first timeline lacks only closing holidays and transitions
            // after 2200, which add no working time: never is never.
            return nil
        }
        if near <= WorkingCalendar.nearLimit { return near }
        if far.isPeriodic {
            return far.firstInstant(reaching: far.working(before: start) + working).flatMap {
                $0 < WorkingCalendar.horizon ? $0 : nil
            }
        }
        // Up the rungs past 2200 until one answers within what it knows.
        for index in 0..<far.count {
            let rung = far.rung(index)
            guard let found = Self.deadline(on: rung.timeline, from: start, adding: working) else { return nil }
            if found <= rung.limit { return found < WorkingCalendar.horizon ? found : nil }
        }
        return nil
    }

    private static func deadline(on timeline: WorkingTimeline, from start: Int64, adding working: Int64) -> Int64? {
        let already = timeline.working(before: start)
        guard working <= timeline.total - already else { return nil }
        return timeline.firstInstant(reaching: already + working)
    }

    /// The first instant at or after `instant` at which the calendar is open;
    /// `nil` when it never opens again before the ``horizon``.
    public func nextOpen(atOrAfter instant: Int64) -> Int64? {
        deadline(from: instant, adding: 1).map { $0 - 1 }
    }

    /// Whether the second starting at `instant` is working time.
    public func isOpen(at instant: Int64) -> Bool {
        instant < Int64.max && workingSeconds(from: instant, to: instant + 1) == 1
    }

    /// The instants covered by the intervals that start on a local date, in
    /// order and merged (overnight ones run into the next day); empty when the
    /// day is closed.
    public func openIntervals(onLocalDate date: LocalDate) -> [Range<Int64>] {
        if date.year <= DaySchedule.nearFederalYears.upperBound {
            return schedule.ranges(onDay: date.daysSinceEpoch, in: zone)
        }
        if far.isPeriodic {
            // The same day 400 years back in every cycle, moved forward again.
            let cycles = max(0, (date.year - 2101) / 400)
            let day = date.daysSinceEpoch - cycles * 146_097
            let shift = Int64(cycles) * ZoneRules.cycle
            return far.rung(0).schedule.ranges(onDay: day, in: zone).map {
                ($0.lowerBound + shift)..<($0.upperBound + shift)
            }
        }
        return far.rung(covering: zone.startOfDay(date.adding(days: 2))).schedule.ranges(
            onDay: date.daysSinceEpoch, in: zone)
    }
}

/// The timelines built for recent definitions, shared by every calendar
/// built from an equal definition: the statements of a month, the watch list
/// and the checks build each calendar once per process, however many times
/// they ask. At most 32 definitions are kept; the 33rd empties the cache.
final class BuiltTimelines: Sendable {
    /// What one definition builds.
    struct Built: Sendable {
        let schedule: DaySchedule
        let timeline: WorkingTimeline
        let far: FarTimeline
    }

    static let shared = BuiltTimelines()
    static let capacity = 32
    private let built = Mutex<[CalendarDefinition: Built]>([:])

    func built(for definition: CalendarDefinition) -> Built {
        if let found = built.withLock({ $0[definition] }) { return found }
        let schedule = DaySchedule(definition)
        let made = Built(
            schedule: schedule,
            timeline: WorkingTimeline(schedule: schedule, zone: definition.zone, through: WorkingTimeline.bucketEnd),
            far: FarTimeline(definition))
        return built.withLock { cache in
            if let raced = cache[definition] { return raced }
            if cache.count >= Self.capacity { cache.removeAll() }
            cache[definition] = made
            return made
        }
    }
}

/// The schedules and timelines of a calendar past 2200, in rungs: each has
/// every US federal holiday and zone transition up to its year (2600, 3400,
/// 5000, then 10000, the horizon), and is built the first time a query
/// reaches past the rung below, then shared by every copy of the calendar. A
/// calendar that names no date after 2099 repeats every 400 years from 2100
/// (``isPeriodic``), so its first rung answers every query up to the
/// horizon: a query in 9000 costs a timeline of 700 years, not one of 8,100.
final class FarTimeline: Sendable {
    /// One rung: what it answers exactly, and with what.
    struct Rung: Sendable {
        /// The instants answered exactly: before two days short of its end.
        let limit: Int64
        let schedule: DaySchedule
        let timeline: WorkingTimeline
    }

    /// The years the rungs end on (1 January, UTC); the last is the tables' end.
    static let years = [2600, 3400, 5000, 10_000]

    private let definition: CalendarDefinition
    private let built = Mutex<[Int: Rung]>([:])
    /// Whether the calendar repeats every 400 years from 2100 on: no date it
    /// names (special hours, holiday dates) is after 2099-11-30. Then the first
    /// rung answers everything: 2100–2500 holds one whole cycle, and the zone
    /// and the US federal holidays repeat with the Gregorian calendar.
    let isPeriodic: Bool

    /// The cycle the first rung holds whole: 2100-01-01 to 2500-01-01, UTC.
    static let cycleStart: Int64 = 4_102_444_800
    static let cycleEnd: Int64 = cycleStart + ZoneRules.cycle

    init(_ definition: CalendarDefinition) {
        self.definition = definition
        let lastNamed = LocalDate(year: 2099, month: 11, day: 30)!
        isPeriodic =
            definition.specialHours.keys.allSatisfy { $0 <= lastNamed }
            && definition.holidays.allSatisfy { rule in
                if case .date(let date) = rule { return date <= lastNamed }
                return true
            }
    }

    /// The working time before `instant` on a periodic calendar: on the first
    /// rung, an instant after 2500 moved back by whole cycles, each cycle's
    /// working time added back.
    func working(before instant: Int64) -> Int64 {
        let instant = min(instant, WorkingTimeline.latest)
        let first = rung(0)
        guard instant >= Self.cycleEnd else { return first.timeline.working(before: instant) }
        let cycles = (instant - Self.cycleStart) / ZoneRules.cycle
        return first.timeline.working(before: instant - cycles * ZoneRules.cycle) + cycles * cycleWorking(first)
    }

    /// The first instant at which ``working(before:)`` reaches `target` on a periodic calendar.
    func firstInstant(reaching target: Int64) -> Int64? {
        let first = rung(0)
        let atCycleEnd = first.timeline.working(before: Self.cycleEnd)
        guard target > atCycleEnd else { return first.timeline.firstInstant(reaching: target) }
        let perCycle = cycleWorking(first)
        guard perCycle > 0 else { return nil }
        let cycles = (target - atCycleEnd + perCycle - 1) / perCycle
        return first.timeline.firstInstant(reaching: target - cycles * perCycle).map { $0 + cycles * ZoneRules.cycle }
    }

    private func cycleWorking(_ first: Rung) -> Int64 {
        first.timeline.working(before: Self.cycleEnd) - first.timeline.working(before: Self.cycleStart)
    }

    /// How many rungs there are.
    var count: Int { Self.years.count }

    /// The first rung that answers `instant` exactly (the last when none does).
    func rung(covering instant: Int64) -> Rung {
        for index in 0..<count - 1 where instant <= Self.limit(index) { return rung(index) }
        return rung(count - 1)
    }

    /// The rung at `index`, built when first asked for.
    func rung(_ index: Int) -> Rung {
        if let found = built.withLock({ $0[index] }) { return found }
        let year = Self.years[index]
        let last = index == count - 1
        let schedule = DaySchedule(definition, federalYears: last ? DaySchedule.allFederalYears : 1900...year)
        let end = last ? ZoneRules.tableEnd : Int64(LocalDate(year: year, month: 1, day: 1)!.daysSinceEpoch) * 86_400
        let made = Rung(
            limit: Self.limit(index), schedule: schedule,
            timeline: WorkingTimeline(schedule: schedule, zone: definition.zone, through: end))
        return built.withLock { built in
            if let raced = built[index] { return raced }
            built[index] = made
            return made
        }
    }

    /// The last instant the rung at `index` answers exactly.
    static func limit(_ index: Int) -> Int64 {
        guard index < years.count - 1 else { return Int64.max }
        return Int64(LocalDate(year: years[index], month: 1, day: 1)!.daysSinceEpoch - 2) * 86_400
    }
}
