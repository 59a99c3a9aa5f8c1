/// A level of the catalog's escalation of a breached clock: once a clock has
/// been breached for `after` (wall-clock time from the breach), `to` is due
/// to act (`{after: 2h, to: manager}`).
public struct EscalationLevel: Sendable, Hashable {
    /// Wall-clock seconds from the breach.
    public var after: Int64
    /// Who acts, as the catalog names them (`assignee`, `manager`, `on-call`, `vp`).
    public var to: String

    /// Creates a level.
    public init(after: Int64, to: String) {
        self.after = after
        self.to = to
    }
}
