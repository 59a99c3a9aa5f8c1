/// A named contact of the customer: a role and where to reach it
/// (`escalation: ops@example.com`).
public struct Contact: Sendable, Hashable {
    /// The role, as the contract names it (`billing`, `escalation`).
    public var role: String
    /// An address, as written.
    public var address: String
}
