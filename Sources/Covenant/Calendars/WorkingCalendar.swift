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
/// uses a second timeline with every holiday and transition up to the
/// ``horizon``, built the first time one is asked for. A deadline at or after
/// the horizon is never reached (`nil`).
public struct WorkingCalendar: Sendable {
    /// The end of the dates the value limits allow, 10000-01-01T00:00:00Z:
    /// a deadline is reached before it or never.
    public static let horizon: Int64 = 253_402_300_800
    /// The instants the first timeline answers exactly: before 2199-12-30,
    /// two days short of its last holiday year and transition.
    static let nearLimit: Int64 = 7_257_945_600

    /// The catalog definition the calendar was built from.
    public let definition: CalendarDefinition
    /// The calendar's time zone.
    public let zone: ZoneRules
    /// The working time one business day stands for, in seconds: the
    /// definition's, else the working time of the first open weekday counting
    /// from Monday (0 when no weekday is open); 86,400 for `24x7`.
    public let dayLength: Int64
    let schedule: DaySchedule
    let timeline: WorkingTimeline
    let far: FarTimeline

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

        let built = BuiltTimelines.shared.built(for: definition)
        self.definition = definition
        self.zone = definition.zone
        self.schedule = built.schedule
        self.timeline = built.timeline
        self.far = built.far
        dayLength = definition.businessDayLength
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
        let timeline = end <= WorkingCalendar.nearLimit ? self.timeline : far.timeline
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
        guard let exact = Self.deadline(on: far.timeline, from: start, adding: working) else { return nil }
        return exact < WorkingCalendar.horizon ? exact : nil
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
        let schedule = date.year <= DaySchedule.nearFederalYears.upperBound ? self.schedule : far.schedule
        return schedule.ranges(onDay: date.daysSinceEpoch, in: zone)
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

/// The schedule and timeline of a calendar with every US federal holiday and
/// zone transition up to the horizon, built the first time a query reaches
/// past 2200 and shared by every copy of the calendar.
final class FarTimeline: Sendable {
    private let definition: CalendarDefinition
    private let built = Mutex<(schedule: DaySchedule, timeline: WorkingTimeline)?>(nil)

    init(_ definition: CalendarDefinition) {
        self.definition = definition
    }

    var schedule: DaySchedule { value.schedule }
    var timeline: WorkingTimeline { value.timeline }

    private var value: (schedule: DaySchedule, timeline: WorkingTimeline) {
        built.withLock { built in
            if let built { return built }
            let schedule = DaySchedule(definition, federalYears: DaySchedule.allFederalYears)
            let timeline = WorkingTimeline(schedule: schedule, zone: definition.zone, through: ZoneRules.tableEnd)
            let made = (schedule, timeline)
            built = made
            return made
        }
    }
}
