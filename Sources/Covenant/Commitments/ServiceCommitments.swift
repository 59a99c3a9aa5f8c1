import CovenantFormat

/// What the provider commits to besides the figures of a tier, as a catalog
/// version states it under `commitments:` and the MSA appendix writes it out:
/// what each severity means, the support channels of each tier, when the
/// monthly statement is issued, how a statement is disputed, how incidents
/// and maintenance are communicated, and the remedy for missed support
/// targets. Nothing here changes a figure: statements compute the same with
/// or without it. Each part is optional; `check` warns where one is missing.
public struct ServiceCommitments: Sendable, Hashable {
    /// What makes a ticket each severity, in words.
    public var severityDefinitions: [Severity: String] = [:]
    /// The support channels of each tier, in file order.
    public var channels: [TierName: [SupportChannel]] = [:]
    /// The day of the next month by which each month's statement is issued.
    public var statementDay: Int?
    /// How a statement is disputed.
    public var disputes: DisputeTerms?
    /// How incidents are communicated while open and after.
    public var incidents: IncidentCommunication?
    /// How maintenance is announced.
    public var maintenanceNotice: MaintenanceNotice?
    /// What follows a month below a support achievement target.
    public var supportRemedy: SupportRemedy?

    /// No commitments.
    public init() {}
}
