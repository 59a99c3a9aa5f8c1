import CovenantFormat

/// Everything read from event files: incidents and maintenance, and the
/// tickets and surveys of the CSV files.
public struct EventLog: Sendable {
    /// Incidents in the order read.
    public var incidents: [Incident] = []
    /// Maintenance events in the order read.
    public var maintenance: [MaintenanceEvent] = []
    /// Support tickets from `tickets.csv` files.
    public var tickets = TicketLog()
    /// Survey responses from `surveys.csv` files.
    public var surveys = SurveyLog()
    /// Where each incident id is in `incidents`.
    var incidentPositions: [IncidentID: Int] = [:]
    /// Where each maintenance id is in `maintenance`.
    var maintenancePositions: [String: Int] = [:]

    /// The rows of ticket and survey files `--lenient` left out, tickets' first.
    public var skippedRows: [SkippedRow] {
        surveys.skipped.isEmpty ? tickets.skipped : tickets.skipped + surveys.skipped
    }

    /// How many rows `--lenient` left out (without joining the two lists).
    public var skippedRowCount: Int { tickets.skipped.count + surveys.skipped.count }

    /// An empty log.
    public init() {}

    /// The latest instant named by incidents, maintenance (starts and ends,
    /// not announcements) and ticket events: the default `as_of` (RULES.md §6).
    public var latestEventInstant: Int64? {
        var latest: Int64? = tickets.latestInstant
        for incident in incidents {
            latest = max(latest ?? incident.start, incident.end ?? incident.start)
        }
        for event in maintenance { latest = max(latest ?? event.end, event.end) }
        return latest
    }

    /// The earliest instant named by incidents, maintenance and ticket
    /// events (the first of what ``latestEventInstant`` ends): with it, what
    /// the events read cover.
    public var earliestEventInstant: Int64? {
        var earliest: Int64? = tickets.tickets.first?.opened
        for incident in incidents { earliest = min(earliest ?? incident.start, incident.start) }
        for event in maintenance { earliest = min(earliest ?? event.start, event.start) }
        return earliest
    }
}
