import CovenantFormat

/// One month of a contract, or of a tier's contracts pooled, in the report
/// over time: uptime against target, the credits, support attainment
/// against the achievement targets, survey scores against the catalog's
/// targets, and the red flags raised.
public struct PerformanceMonth: Sendable, Hashable {
    /// The month.
    public var month: LocalMonth
    /// Contracts with a statement this month (1 for a contract).
    public var contracts: Int
    /// Of those, the contracts whose uptime met their own target.
    public var contractsMet: Int
    /// The uptime, pooled over the contracts: available over eligible seconds, exact.
    public var uptime: Uptime
    /// The uptime target: the contract's, or the tier's standard one.
    public var uptimeTarget: DecimalNumber
    /// Whether an open incident makes a figure provisional.
    public var provisional: Bool
    /// Credits earned this month.
    public var earned: Money
    /// Of those, the part applied to the next month's invoices.
    public var applied: Money
    /// Of those, the part forfeited.
    public var forfeited: Money
    /// Response clocks counted, against the achievement target.
    public var response: Attainment
    /// Resolution clocks counted, against the achievement target.
    public var resolution: Attainment
    /// Survey scores given in the month.
    public var surveys: SurveySummary
    /// The survey targets of the catalog version in force.
    public var targets: SurveyTargets
    /// The red flags raised on the month.
    public var flags: [RedFlag] = []

    /// Whether every contract met its uptime target.
    public var met: Bool { contractsMet == contracts }

    /// Whether the uptime shown (a tier's pooled) meets the target shown,
    /// exactly: a tier can meet its target pooled while one contract misses.
    public var uptimeMeetsTarget: Bool { uptime.meets(uptimeTarget) }

    /// A contract's month, from its statement; `targets` from the catalog
    /// version that governs it.
    public init(_ statement: MonthStatement) {
        month = statement.month
        contracts = 1
        contractsMet = statement.met ? 1 : 0
        uptime = statement.availability.uptime
        uptimeTarget = statement.terms.sla.uptime
        provisional = statement.availability.isProvisional
        earned = statement.credit.amount
        applied = statement.credit.applied
        forfeited = statement.credit.forfeited
        response = statement.support.response
        resolution = statement.support.resolution
        surveys = statement.surveys
        targets = statement.terms.catalogVersion.targets
    }

    /// A tier's month: the months of its contracts added up, against the
    /// tier's standard terms and the survey targets in force.
    public init(pooling months: [PerformanceMonth], month: LocalMonth, terms: SLATerms, targets: SurveyTargets) {
        self.month = month
        contracts = 0
        contractsMet = 0
        var available: Int64 = 0
        var eligible: Int64 = 0
        let currency = months.first?.earned.currency ?? .usd
        earned = .zero(currency)
        applied = .zero(currency)
        forfeited = .zero(currency)
        provisional = false
        response = Attainment(target: terms.responseAchievement)
        resolution = Attainment(target: terms.resolutionAchievement)
        surveys = SurveySummary()
        for part in months {
            contracts += part.contracts
            contractsMet += part.contractsMet
            available += part.uptime.denominator > 0 ? part.uptime.numerator : 0
            eligible += part.uptime.denominator
            provisional = provisional || part.provisional
            earned = earned + part.earned
            applied = applied + part.applied
            forfeited = forfeited + part.forfeited
            response.add(part.response)
            resolution.add(part.resolution)
            surveys.add(part.surveys)
        }
        uptime = Uptime(numerator: available, denominator: eligible)
        uptimeTarget = terms.uptime
        self.targets = targets
    }
}

extension Attainment {
    /// Adds another attainment's clocks (its target is not taken).
    mutating func add(_ other: Attainment) {
        met += other.met
        missed += other.missed
        pending += other.pending
    }
}

extension SurveySummary {
    /// Adds another month's or contract's responses.
    mutating func add(_ other: SurveySummary) {
        csatTotal += other.csatTotal
        csatCount += other.csatCount
        promoters += other.promoters
        detractors += other.detractors
        npsCount += other.npsCount
        cesTotal += other.cesTotal
        cesCount += other.cesCount
    }
}
