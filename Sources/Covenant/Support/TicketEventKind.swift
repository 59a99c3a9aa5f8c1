/// What a row of `tickets.csv` records (EVENTS.md).
public enum TicketEventKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Starts the response and resolution clocks.
    case opened
    /// An automated reply: recorded, stops nothing.
    case autoReply = "auto_reply"
    /// A human reply; the first one stops the response clock.
    case replied
    /// A human asks the customer for something: stops the response clock if
    /// still running and pauses the resolution clock.
    case awaitingCustomer = "awaiting_customer"
    /// The customer answered: resumes the resolution clock.
    case customerReplied = "customer_replied"
    /// Stops the resolution clock (and the response clock, if still running).
    case resolved
    /// Resumes the resolution clock.
    case reopened
    /// The ticket's severity changes from this instant.
    case severity
    /// The ticket does not count toward attainment; the note holds the reason.
    case excluded

    /// The name as written in files.
    public var description: String { rawValue }
}
