import CovenantFormat

/// Why an open ticket is left off a watch list; renderers word it.
public enum WatchNote: Sendable, Hashable {
    /// The ticket's contract has no terms for the month it was opened in.
    case noTerms(TicketID, contract: ContractID, month: LocalMonth)
}
