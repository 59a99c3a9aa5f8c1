import CovenantFormat

/// Everything read from event files: incidents and maintenance (tickets and
/// surveys join in their own files).
public struct EventLog: Sendable {
    /// Incidents in the order read.
    public var incidents: [Incident] = []
    /// Maintenance events in the order read.
    public var maintenance: [MaintenanceEvent] = []

    /// An empty log.
    public init() {}

    /// The latest instant named by incidents and maintenance (starts and ends,
    /// not announcements).
    public var latestEventInstant: Int64? {
        var latest: Int64?
        for incident in incidents {
            latest = max(latest ?? incident.start, incident.end ?? incident.start)
        }
        for event in maintenance { latest = max(latest ?? event.end, event.end) }
        return latest
    }
}
