/// How maintenance is announced (`maintenance_notice: {by: [email to the
/// Customer's contacts, a notice on the status page], reminder: 24h}`). How
/// long ahead comes from the maintenance policy's `notice`.
public struct MaintenanceNotice: Sendable, Hashable {
    /// The ways an announcement is made, each a phrase that follows "by".
    public var by: [String]
    /// A reminder this long before an extra window starts, in seconds.
    public var reminder: Int64?

    /// Creates maintenance notice terms.
    public init(by: [String], reminder: Int64? = nil) {
        self.by = by
        self.reminder = reminder
    }
}
