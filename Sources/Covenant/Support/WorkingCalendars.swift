/// Working calendars built once per catalog version and calendar name, so
/// that measuring many tickets does not rebuild a calendar per ticket.
public struct WorkingCalendars: Sendable {
    private struct Key: Hashable {
        var version: String
        var calendar: CalendarName
    }

    private var built: [Key: WorkingCalendar?] = [:]

    /// An empty cache.
    public init() {}

    /// The calendar named in a catalog version; `nil` when the version has
    /// no such calendar or its definition cannot be built.
    public mutating func calendar(_ name: CalendarName, in version: CatalogVersion) -> WorkingCalendar? {
        let key = Key(version: version.version, calendar: name)
        if let cached = built[key] { return cached }
        let calendar = version.calendars[name].flatMap { try? WorkingCalendar($0) }
        built[key] = .some(calendar)
        return calendar
    }
}
