/// One event of a ticket, as read from a row of `tickets.csv`.
public struct TicketEvent: Sendable, Hashable {
    /// What happened.
    public var kind: TicketEventKind
    /// When, in epoch seconds.
    public var at: Int64
    /// The severity, on `opened` and `severity` events.
    public var severity: Severity?
    /// The reason, on `excluded` events.
    public var exclusion: ExclusionReason?
    /// The row's free text.
    public var note: String

    /// Creates an event.
    public init(
        kind: TicketEventKind, at: Int64, severity: Severity? = nil, exclusion: ExclusionReason? = nil,
        note: String = ""
    ) {
        self.kind = kind
        self.at = at
        self.severity = severity
        self.exclusion = exclusion
        self.note = note
    }
}
