/// Working calendars built once per catalog version and calendar name (and
/// once per definition for a contract's own calendars), so that measuring
/// many tickets does not rebuild a calendar per ticket.
public struct WorkingCalendars: Sendable {
    private enum Key: Hashable {
        case catalog(version: String, calendar: CalendarName)
        case contract(CalendarDefinition)
    }

    private var built: [Key: WorkingCalendar?] = [:]

    /// An empty cache.
    public init() {}

    /// The calendar named in a catalog version; `nil` when the version has
    /// no such calendar or its definition cannot be built.
    public mutating func calendar(_ name: CalendarName, in version: CatalogVersion) -> WorkingCalendar? {
        cached(.catalog(version: version.version, calendar: name), version.calendars[name])
    }

    /// The calendar a clock of governing terms names: the contract's own
    /// calendar of that name, else the catalog version's.
    public mutating func calendar(_ name: CalendarName, for terms: GoverningTerms) -> WorkingCalendar? {
        guard let own = terms.contractCalendars[name] else { return calendar(name, in: terms.catalogVersion) }
        return cached(.contract(own), own)
    }

    private mutating func cached(_ key: Key, _ definition: CalendarDefinition?) -> WorkingCalendar? {
        if let cached = built[key] { return cached }
        let calendar = definition.flatMap { try? WorkingCalendar($0) }
        built[key] = .some(calendar)
        return calendar
    }
}
