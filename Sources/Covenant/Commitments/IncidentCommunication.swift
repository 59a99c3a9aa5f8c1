/// How incidents are communicated (`incidents: {status_page: …, first_notice:
/// 30m, updates: 1h, report: 5d}`); every part optional.
public struct IncidentCommunication: Sendable, Hashable {
    /// Where incidents are posted (a web address).
    public var statusPage: String?
    /// How soon after detection an incident is posted, in seconds.
    public var firstNotice: Int64?
    /// How often, at least, an open incident's post is updated, in seconds.
    public var updates: Int64?
    /// How soon after an incident that counts as downtime ends its written
    /// report is sent, in seconds.
    public var report: Int64?

    /// Creates incident communication terms.
    public init(statusPage: String? = nil, firstNotice: Int64? = nil, updates: Int64? = nil, report: Int64? = nil) {
        self.statusPage = statusPage
        self.firstNotice = firstNotice
        self.updates = updates
        self.report = report
    }
}
