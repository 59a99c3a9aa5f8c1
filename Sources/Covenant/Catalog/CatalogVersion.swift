import CovenantFormat

/// One complete version of the tier catalog, in force from `effective`.
public struct CatalogVersion: Sendable, Hashable {
    /// The version label (`2026.1`).
    public var version: String
    /// The first day it is in force.
    public var effective: LocalDate
    /// The provider's name.
    public var provider: String
    /// The currency of list fees.
    public var currency: Currency
    /// How money is rounded.
    public var rounding: RoundingRule
    /// The default zone for calendars, maintenance and reports.
    public var zone: ZoneRules
    /// Calendars by name.
    public var calendars: [CalendarName: CalendarDefinition]
    /// Holiday periods.
    public var holidayPeriods: [HolidayPeriod]
    /// The maintenance policy.
    public var maintenance: MaintenancePolicy
    /// Tiers in file order.
    public var tiers: [Tier]
    /// The survey targets months are judged against (`targets:`).
    public var targets = SurveyTargets.none
    /// How long a ticket may wait on the customer without the customer being
    /// told anything (wall-clock seconds; `watch` flags longer pauses).
    public var pauseNotice: Int64
    /// Who acts on a breached clock and from when, in rising `after` order; empty for none.
    public var escalation: [EscalationLevel]
    /// The file it came from.
    public var file: SourceFile
    /// What the provider commits to besides the figures (`commitments:`).
    public var commitments = ServiceCommitments()

    /// Creates a catalog version.
    public init(
        version: String, effective: LocalDate, provider: String, currency: Currency, rounding: RoundingRule,
        zone: ZoneRules, calendars: [CalendarName: CalendarDefinition], holidayPeriods: [HolidayPeriod],
        maintenance: MaintenancePolicy, tiers: [Tier], file: SourceFile,
        pauseNotice: Int64 = CatalogVersion.defaultPauseNotice, escalation: [EscalationLevel] = []
    ) {
        self.version = version
        self.effective = effective
        self.provider = provider
        self.currency = currency
        self.rounding = rounding
        self.zone = zone
        self.calendars = calendars
        self.holidayPeriods = holidayPeriods
        self.maintenance = maintenance
        self.tiers = tiers
        self.file = file
        self.pauseNotice = pauseNotice
        self.escalation = escalation
    }

    /// The `pause_notice` when the catalog gives none: 3 days (the source policy).
    public static let defaultPauseNotice: Int64 = 3 * 86_400

    /// A tier by key.
    public func tier(_ name: TierName) -> Tier? { tiers.first { $0.id == name } }
}
