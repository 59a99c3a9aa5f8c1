import CovenantFormat

/// Everything read from event files: incidents and maintenance (tickets and
/// surveys join in their own files).
public struct EventLog: Sendable {
    /// Incidents in the order read.
    public var incidents: [Incident] = []
    /// Maintenance events in the order read.
    public var maintenance: [MaintenanceEvent] = []
    /// Where each incident id is in `incidents`.
    var incidentPositions: [String: Int] = [:]
    /// Where each maintenance id is in `maintenance`.
    var maintenancePositions: [String: Int] = [:]

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
