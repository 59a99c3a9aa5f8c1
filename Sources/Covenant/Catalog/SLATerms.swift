import CovenantFormat

/// The service-level terms of a tier, or of a contract once its overrides
/// are merged: targets, credit schedule, cap, clocks and support targets.
public struct SLATerms: Sendable, Hashable {
    /// The monthly availability target, in percent.
    public var uptime: DecimalNumber
    /// Credit bands, highest `below` first.
    public var credits: [CreditBand]
    /// The most one month's credit may be, in percent of the charge.
    public var creditCap: DecimalNumber
    /// An amount below which no credit is issued; `nil` for none. A
    /// contract's terms state it in the contract's currency.
    public var minimumCredit: Money?
    /// Share of tickets that must meet their response target, in percent.
    public var responseAchievement: DecimalNumber
    /// Share of tickets that must meet their resolution target, in percent.
    public var resolutionAchievement: DecimalNumber
    /// The tier-wide response clock.
    public var responseClock: CalendarName
    /// The tier-wide resolution clock.
    public var resolutionClock: CalendarName
    /// Targets per severity.
    public var support: [Severity: SeverityTerms]

    /// Creates terms.
    public init(
        uptime: DecimalNumber, credits: [CreditBand], creditCap: DecimalNumber,
        minimumCredit: Money? = nil, responseAchievement: DecimalNumber,
        resolutionAchievement: DecimalNumber, responseClock: CalendarName, resolutionClock: CalendarName,
        support: [Severity: SeverityTerms]
    ) {
        self.uptime = uptime
        self.credits = credits
        self.creditCap = creditCap
        self.minimumCredit = minimumCredit
        self.responseAchievement = responseAchievement
        self.resolutionAchievement = resolutionAchievement
        self.responseClock = responseClock
        self.resolutionClock = resolutionClock
        self.support = support
    }

    /// The calendar that measures a severity's response.
    public func responseClock(for severity: Severity) -> CalendarName {
        support[severity]?.responseClock ?? responseClock
    }

    /// The calendar that measures a severity's resolution.
    public func resolutionClock(for severity: Severity) -> CalendarName {
        support[severity]?.resolutionClock ?? resolutionClock
    }

    /// The warning lead of a severity (30 minutes unless stated).
    public func warnBefore(for severity: Severity) -> Int64 {
        support[severity]?.warnBefore ?? SeverityTerms.defaultWarnBefore
    }

    /// The band that applies to an exact uptime: the band with the lowest
    /// `below` that is still strictly above the uptime.
    public func band(for uptime: Uptime) -> CreditBand? {
        var chosen: CreditBand?
        for band in credits where uptime.isBelow(band.below) {
            if chosen == nil || band.below < chosen!.below { chosen = band }
        }
        return chosen
    }

    /// These terms with every field an override gives replaced.
    public func applying(_ patch: SLAOverrides) -> SLATerms {
        var result = self
        if let value = patch.uptime { result.uptime = value }
        if let value = patch.credits { result.credits = value }
        if let value = patch.creditCap { result.creditCap = value }
        if let value = patch.minimumCredit { result.minimumCredit = value }
        if let value = patch.responseAchievement { result.responseAchievement = value }
        if let value = patch.resolutionAchievement { result.resolutionAchievement = value }
        if let value = patch.responseClock { result.responseClock = value }
        if let value = patch.resolutionClock { result.resolutionClock = value }
        result.support = SeverityTerms.merging(result.support, with: patch.support)
        return result
    }
}
