import CovenantFormat

/// A contract-month's support figures: every ticket opened in the month
/// with its clocks, attainment per metric overall and per severity, and
/// average times (RULES.md §6).
public struct SupportSummary: Sendable, Hashable {
    /// The instant the figures are taken at.
    public var asOf: Int64
    /// The month's tickets, excluded ones too, by opening instant, then id.
    public var tickets: [TicketOutcome]
    /// Response attainment over every counted ticket.
    public var response: Attainment
    /// Resolution attainment over every counted ticket.
    public var resolution: Attainment
    /// Response attainment per severity (the severity in force when the clock stopped).
    public var responseBySeverity: [Severity: Attainment]
    /// Resolution attainment per severity.
    public var resolutionBySeverity: [Severity: Attainment]
    /// The mean working time to first response over counted tickets whose
    /// response clock stopped, cut to whole seconds; `nil` when none.
    public var averageResponseSeconds: Int64?
    /// The mean resolution working time over counted resolved tickets, cut
    /// to whole seconds; `nil` when none.
    public var averageResolutionSeconds: Int64?

    /// Sums outcomes against the achievement targets of `sla`; excluded
    /// tickets are listed but not counted.
    public init(outcomes: [TicketOutcome], sla: SLATerms, asOf: Int64) {
        self.asOf = asOf
        tickets = outcomes
        response = Attainment(target: sla.responseAchievement)
        resolution = Attainment(target: sla.resolutionAchievement)
        // Per severity rank while counting; dictionaries of the severities seen at the end.
        var responseByRank: [Attainment?] = Array(repeating: nil, count: Severity.allCases.count)
        var resolutionByRank: [Attainment?] = Array(repeating: nil, count: Severity.allCases.count)
        var responseTotal: (sum: Int64, count: Int64) = (0, 0)
        var resolutionTotal: (sum: Int64, count: Int64) = (0, 0)
        for outcome in outcomes where outcome.isCounted {
            response.count(outcome.response.status)
            resolution.count(outcome.resolution.status)
            let responseRank = outcome.response.severity.position
            let resolutionRank = outcome.resolution.severity.position
            if responseByRank[responseRank] == nil {
                responseByRank[responseRank] = Attainment(target: sla.responseAchievement)
            }
            responseByRank[responseRank]!.count(outcome.response.status)
            if resolutionByRank[resolutionRank] == nil {
                resolutionByRank[resolutionRank] = Attainment(target: sla.resolutionAchievement)
            }
            resolutionByRank[resolutionRank]!.count(outcome.resolution.status)
            if !outcome.response.isRunning {
                responseTotal.sum += outcome.response.elapsedSeconds
                responseTotal.count += 1
            }
            if !outcome.resolution.isRunning {
                resolutionTotal.sum += outcome.resolution.elapsedSeconds
                resolutionTotal.count += 1
            }
        }
        var responseBySeverity: [Severity: Attainment] = [:]
        var resolutionBySeverity: [Severity: Attainment] = [:]
        for severity in Severity.allCases {
            responseBySeverity[severity] = responseByRank[severity.position]
            resolutionBySeverity[severity] = resolutionByRank[severity.position]
        }
        self.responseBySeverity = responseBySeverity
        self.resolutionBySeverity = resolutionBySeverity
        averageResponseSeconds = responseTotal.count > 0 ? responseTotal.sum / responseTotal.count : nil
        averageResolutionSeconds = resolutionTotal.count > 0 ? resolutionTotal.sum / resolutionTotal.count : nil
    }

    /// The counted tickets that missed a target, by opening instant.
    public var missedTickets: [TicketOutcome] {
        tickets.filter { $0.isCounted && ($0.response.status == .missed || $0.resolution.status == .missed) }
    }

    /// The excluded tickets, by opening instant.
    public var excludedTickets: [TicketOutcome] { tickets.filter { !$0.isCounted } }
}
