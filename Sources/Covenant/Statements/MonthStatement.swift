import CovenantFormat

/// One contract's statement for one month: terms, charge, availability,
/// credit, support and surveys.
public struct MonthStatement: Sendable {
    /// The contract.
    public var contract: Contract
    /// The month (in the contract's zone).
    public var month: LocalMonth
    /// The terms in force on the month's first day of service.
    public var terms: GoverningTerms
    /// Availability with its parts.
    public var availability: MonthAvailability
    /// The month's charge.
    public var charge: MonthlyCharge
    /// The next month's charge, `nil` when not in service then.
    public var nextCharge: MonthlyCharge?
    /// The month's invoice: the charge less the credit the previous month's
    /// statement applies to it.
    public var invoice: Invoice
    /// The service credit earned this month, applied to the next month's invoice.
    public var credit: ServiceCredit
    /// The support tickets opened in the month, their clocks and attainment.
    public var support: SupportSummary
    /// The survey scores given in the month.
    public var surveys: SurveySummary
    /// The rows of ticket and survey files that belong to this statement
    /// (its contract and month) and that `--lenient` skipped.
    public var skippedRows: [SkippedRow] = []
    /// What the reader must know beside the figures: maintenance counted as
    /// downtime, open incidents, forfeits, tickets left out.
    public var notes: [StatementNote]

    /// Whether the uptime target was met (exactly).
    public var met: Bool { availability.uptime.meets(terms.sla.uptime) }

    /// The downtime the target allows over the month's eligible time, exact.
    public var allowedDowntime: AllowedDowntime.Quantity {
        AllowedDowntime.seconds(target: terms.sla.uptime, of: availability.eligibleSeconds)
    }
}
