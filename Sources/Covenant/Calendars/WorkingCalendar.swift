import CovenantFormat

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
/// Building the calendar precomputes its working time, so that each query
/// costs the same however long the span. US federal holidays apply to local
/// years 1900–2199 and the zone's transitions are known for 1900–2200 (see
/// `ZoneRules`); instants are clamped to about ±2.2 million years.
public struct WorkingCalendar: Sendable {
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

        let schedule = DaySchedule(definition)
        self.definition = definition
        self.zone = definition.zone
        self.schedule = schedule
        self.timeline = WorkingTimeline(schedule: schedule, zone: definition.zone)
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
        return timeline.working(before: end) - timeline.working(before: start)
    }

    /// The earliest instant `t >= start` with `workingSeconds(from: start, to: t) == working`:
    /// `start` itself for 0 (or less), `Int64.max` when the calendar never
    /// accumulates that much working time.
    public func deadline(from start: Int64, adding working: Int64) -> Int64 {
        guard working > 0 else { return start }
        let already = timeline.working(before: start)
        guard working <= timeline.total - already else { return Int64.max }
        return timeline.firstInstant(reaching: already + working) ?? Int64.max
    }

    /// The first instant at or after `instant` at which the calendar is open;
    /// `nil` when it never opens again (a calendar with no hours).
    public func nextOpen(atOrAfter instant: Int64) -> Int64? {
        let end = deadline(from: instant, adding: 1)
        return end == Int64.max ? nil : end - 1
    }

    /// Whether the second starting at `instant` is working time.
    public func isOpen(at instant: Int64) -> Bool {
        instant < Int64.max && workingSeconds(from: instant, to: instant + 1) == 1
    }

    /// The instants covered by the intervals that start on a local date, in
    /// order and merged (overnight ones run into the next day); empty when the
    /// day is closed.
    public func openIntervals(onLocalDate date: LocalDate) -> [Range<Int64>] {
        schedule.ranges(onDay: date.daysSinceEpoch, in: zone)
    }
}
