import CovenantFormat

/// Custom SLA terms on top of a tier: every field optional; a severity
/// listed replaces only the fields it gives; `credits` replaces the schedule.
public struct SLAOverrides: Sendable, Hashable {
    public var uptime: DecimalNumber?
    public var credits: [CreditBand]?
    public var creditCap: DecimalNumber?
    public var minimumCredit: Money?
    public var responseAchievement: DecimalNumber?
    public var resolutionAchievement: DecimalNumber?
    public var responseClock: CalendarName?
    public var resolutionClock: CalendarName?
    public var support: [Severity: SeverityTerms]

    /// No overrides.
    public init() {
        support = [:]
    }

    /// Whether nothing is overridden.
    public var isEmpty: Bool { self == SLAOverrides() }

    /// These overrides with a later layer's fields on top.
    public func merged(with later: SLAOverrides) -> SLAOverrides {
        var result = self
        if let value = later.uptime { result.uptime = value }
        if let value = later.credits { result.credits = value }
        if let value = later.creditCap { result.creditCap = value }
        if let value = later.minimumCredit { result.minimumCredit = value }
        if let value = later.responseAchievement { result.responseAchievement = value }
        if let value = later.resolutionAchievement { result.resolutionAchievement = value }
        if let value = later.responseClock { result.responseClock = value }
        if let value = later.resolutionClock { result.resolutionClock = value }
        result.support = SeverityTerms.merging(result.support, with: later.support)
        return result
    }
}
