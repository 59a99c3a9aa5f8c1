import CovenantFormat

/// The holidays of an iCalendar file named in a contract's calendar
/// (`holidays: [us-federal, holidays/de-be-2026.ics]`): every date its
/// all-day events close, with the event's name.
public struct HolidayFile: Sendable, Hashable {
    /// One closed date and the holiday's name (the event's `SUMMARY`).
    public struct Day: Sendable, Hashable {
        /// The local date closed.
        public var date: LocalDate
        /// The holiday's name; empty when the event has none.
        public var name: String

        /// Creates a day.
        public init(date: LocalDate, name: String) {
            self.date = date
            self.name = name
        }
    }

    /// The file as the contract names it (`holidays/de-be-2026.ics`).
    public var name: String
    /// The dates closed, in order, each once (a date two events close keeps
    /// the first event's name, in file order).
    public var days: [Day]

    /// Creates a holiday file's days.
    public init(name: String, days: [Day]) {
        self.name = name
        self.days = days
    }

    /// The days of a file's all-day events, in date order.
    public init(name: String, events: [ICalendarEvent]) {
        var named: [LocalDate: String] = [:]
        for event in events {
            for date in event.dates where named[date] == nil { named[date] = event.summary }
        }
        self.init(name: name, days: named.keys.sorted().map { Day(date: $0, name: named[$0]!) })
    }

    /// Whether a holiday entry names a file rather than a rule or a date.
    public static func isFileName(_ text: String) -> Bool { text.lowercased().hasSuffix(".ics") }
}

/// What the command line found when it read a holiday file a contract
/// names; decoding turns it into the calendar's holidays or a located error
/// at the name (the domain reads no files).
public enum HolidayFileReading: Sendable, Hashable {
    /// The file was read: its all-day events, and how many errors its own
    /// diagnostics hold (those are reported at the file).
    case read(path: String, events: [ICalendarEvent], errors: Int)
    /// No file at the path.
    case missing(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String, reason: String)
}
