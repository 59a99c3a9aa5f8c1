import CovenantFormat

/// One running clock of an open ticket, as `covenant watch` lists it.
public struct WatchItem: Sendable, Hashable {
    /// Which of the ticket's clocks.
    public enum Clock: String, Sendable, Hashable, CustomStringConvertible {
        case response, resolution

        /// The name shown.
        public var description: String { rawValue }
    }

    /// The ticket.
    public var ticket: TicketID
    /// Its contract.
    public var contract: ContractID
    /// Response or resolution.
    public var clock: Clock
    /// The clock measured at the watch instant.
    public var measure: ClockMeasure
    /// The deadline (moved by any holiday extension).
    public var deadline: Int64
    /// Wall-clock seconds from the watch instant to the deadline (negative once past).
    public var timeLeft: Int64
    /// Working seconds still allowed before a breach (negative once breached).
    public var workingLeft: Int64
    /// The severity's `warn_before`.
    public var warnBefore: Int64
    /// Breached, warning, paused, excluded or on track.
    public var state: WatchState
    /// The contract's customer.
    public var customer: String
    /// The contract's zone, in which local times are shown.
    public var zone: ZoneRules
    /// Who is due to act, for a breached clock when the catalog has escalation levels.
    public var escalation: WatchEscalation?

    /// Creates an item.
    public init(
        ticket: TicketID, contract: ContractID, clock: Clock, measure: ClockMeasure, deadline: Int64, timeLeft: Int64,
        workingLeft: Int64, warnBefore: Int64, state: WatchState, customer: String = "", zone: ZoneRules = .utc,
        escalation: WatchEscalation? = nil
    ) {
        self.ticket = ticket
        self.contract = contract
        self.clock = clock
        self.measure = measure
        self.deadline = deadline
        self.timeLeft = timeLeft
        self.workingLeft = workingLeft
        self.warnBefore = warnBefore
        self.state = state
        self.customer = customer
        self.zone = zone
        self.escalation = escalation
    }
}
