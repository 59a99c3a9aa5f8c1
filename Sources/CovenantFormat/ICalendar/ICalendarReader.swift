/// Reads the all-day events of an iCalendar file (RFC 5545): the holiday
/// lists people export from calendar tools.
///
/// What it reads: `VEVENT`s whose `DTSTART` is a date (`DTSTART;VALUE=DATE:20261225`),
/// each closing the dates from `DTSTART` up to `DTEND` (exclusive) or for
/// `DURATION` whole days, one day when neither is given; `SUMMARY` as the
/// name; a yearly `RRULE` (with `INTERVAL`, `COUNT` or `UNTIL`, no `BY…` parts)
/// repeated up to its end or ``ICalendarReader/lastExpandedYear``; `EXDATE`
/// dates removed. Lines may end in CRLF or LF and be folded (a line starting
/// with a space or tab continues the one before). Timed events, other
/// components (`VTIMEZONE`, `VTODO`, `VALARM`…) and unknown properties are
/// ignored; timed events with a warning. A malformed file or value is a
/// located error. Cost: linear in the file, plus the dates expanded.
public enum ICalendarReader {
    /// The last year a yearly rule without `COUNT` or `UNTIL` is expanded to.
    public static let lastExpandedYear = 2199

    /// The all-day events of a file, with every problem found.
    public static func read(_ file: SourceFile) -> (events: [ICalendarEvent], diagnostics: [Diagnostic]) {
        var parser = ICalendarParser(file: file)
        parser.run()
        return (parser.events, parser.diagnostics)
    }
}

/// One all-day event: a name and the dates it closes.
public struct ICalendarEvent: Sendable, Hashable {
    /// The `SUMMARY`, unescaped; empty when absent.
    public var summary: String
    /// The dates, in order, without repeats.
    public var dates: [LocalDate]
    /// The `BEGIN:VEVENT` line.
    public var range: SourceRange

    /// Creates an event.
    public init(summary: String, dates: [LocalDate], range: SourceRange) {
        self.summary = summary
        self.dates = dates
        self.range = range
    }
}
