import CovenantFormat

/// An interval of local time on one day. When `end` is not after `start` it
/// runs overnight into the next day and belongs to the day it starts on.
public struct LocalInterval: Sendable, Hashable {
    /// Where the interval starts (0...86,399 s after midnight).
    public var start: TimeOfDay
    /// Where it ends (1...86,400; `24:00` is 86,400).
    public var end: TimeOfDay

    /// Creates an interval.
    public init(start: TimeOfDay, end: TimeOfDay) {
        self.start = start
        self.end = end
    }

    /// Whether the interval runs past midnight into the next day.
    public var isOvernight: Bool { end.seconds <= start.seconds }
}

/// The hours a calendar is open on a given day.
public enum DayHours: Sendable, Hashable {
    /// Closed all day.
    case closed
    /// Open during these intervals (local time), in order.
    case open([LocalInterval])
}

/// The weekly pattern of a calendar.
public enum WeeklyHours: Sendable, Hashable {
    /// Open all the time (`24x7`): working time equals wall-clock time.
    case always
    /// Open on these ISO weekdays (1 Monday ... 7 Sunday); days absent are closed.
    case weekly([Int: [LocalInterval]])
}

/// A holiday source of a calendar.
public enum HolidayRule: Sendable, Hashable {
    /// The US federal holidays (5 U.S.C. 6103) with their observed dates.
    case usFederal
    /// One explicit local date.
    case date(LocalDate)
    /// The dates of an iCalendar file a contract names.
    case file(HolidayFile)
}

/// A calendar as the catalog defines it: when a clock runs.
public struct CalendarDefinition: Sendable, Hashable {
    /// The calendar's name.
    public var name: CalendarName
    /// The zone of its local times.
    public var zone: ZoneRules
    /// The weekly hours.
    public var hours: WeeklyHours
    /// Holiday sources; a holiday closes the intervals that start on it.
    public var holidays: [HolidayRule]
    /// Date-specific hours that replace the weekly hours (win over holidays).
    public var specialHours: [LocalDate: DayHours]
    /// The working time one business day stands for, in seconds; `nil` means
    /// the working time of the first open weekday counting from Monday.
    public var dayLength: Int64?

    /// Creates a calendar definition.
    public init(
        name: CalendarName, zone: ZoneRules, hours: WeeklyHours, holidays: [HolidayRule] = [],
        specialHours: [LocalDate: DayHours] = [:], dayLength: Int64? = nil
    ) {
        self.name = name
        self.zone = zone
        self.hours = hours
        self.holidays = holidays
        self.specialHours = specialHours
        self.dayLength = dayLength
    }
}
