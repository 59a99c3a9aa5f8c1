import CovenantFormat

/// An open ticket waiting on the customer for longer than the catalog's
/// `pause_notice` since the customer was last told anything (`watch`): the
/// source policy says a ticket never sits paused that long without the
/// customer hearing from support.
public struct PauseNotice: Sendable, Hashable {
    /// The ticket.
    public var ticket: TicketID
    /// Its contract.
    public var contract: ContractID
    /// The contract's customer.
    public var customer: String
    /// The contract's zone, for local times.
    public var zone: ZoneRules
    /// When the unanswered `awaiting_customer` began.
    public var awaitingSince: Int64
    /// The last `replied` or `awaiting_customer`: when the customer was last told something.
    public var lastTold: Int64
    /// The catalog's `pause_notice` (wall-clock seconds).
    public var notice: Int64

    /// When the customer was due to be told again.
    public var dueSince: Int64 { lastTold + notice }
}
