/// A support ticket: its contract and its events, merged from every file
/// read and sorted by time (ties in the order read).
///
/// The first event is the ticket's only `opened`, which carries a severity;
/// ``TicketLog`` decoding guarantees this.
public struct Ticket: Sendable, Hashable {
    /// The ticket's id.
    public var id: TicketID
    /// The contract named on the `opened` row.
    public var contract: ContractID
    /// The events, `opened` first, sorted by time.
    public var events: [TicketEvent]

    /// Creates a ticket from events already sorted, `opened` first.
    public init(id: TicketID, contract: ContractID, events: [TicketEvent]) {
        self.id = id
        self.contract = contract
        self.events = events
    }

    /// When the ticket was opened.
    public var opened: Int64 { events[0].at }

    /// The severity given when the ticket was opened.
    public var initialSeverity: Severity { events[0].severity ?? .low }

    /// The latest instant any of its events names.
    public var latestInstant: Int64 { events.last?.at ?? opened }
}
