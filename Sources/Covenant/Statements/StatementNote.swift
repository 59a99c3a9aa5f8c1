import CovenantFormat

/// Something a statement's reader must know beside its figures; renderers
/// word it (RULES.md §3–6).
public enum StatementNote: Sendable, Hashable {
    /// Part of a maintenance event outside standing windows counts as
    /// downtime, for the classification's reasons under `policy`.
    case maintenanceCounted(MaintenanceClassification, policy: MaintenancePolicy)
    /// An incident still open is counted to the end of the month, so the
    /// month's figures are provisional.
    case incidentOpen(IncidentID)
    /// No eligible time this month: uptime is 100%.
    case noEligibleTime
    /// The whole credit is forfeited: the contract is not in service in the next month.
    case creditForfeited(Money, notInService: LocalMonth)
    /// The part of the credit above the next month's charge is forfeited.
    case creditPartlyForfeited(Money, aboveChargeOf: LocalMonth)
    /// The computed credit is below the minimum credit, so none is issued.
    case belowMinimumCredit(computed: Money)
    /// A ticket opened in the month while the contract was not in service is not reported.
    case ticketOutOfService(TicketID, opened: Int64)
    /// Rows of the event files that belong to this statement were skipped by
    /// `--lenient`: what they would have counted is missing.
    case rowsSkipped([SkippedRow])
}
