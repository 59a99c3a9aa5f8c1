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
        var responseBySeverity: [Severity: Attainment] = [:]
        var resolutionBySeverity: [Severity: Attainment] = [:]
        var responseTotal: (sum: Int64, count: Int64) = (0, 0)
        var resolutionTotal: (sum: Int64, count: Int64) = (0, 0)
        for outcome in outcomes where outcome.isCounted {
            response.count(outcome.response.status)
            resolution.count(outcome.resolution.status)
            responseBySeverity[outcome.response.severity, default: Attainment(target: sla.responseAchievement)]
                .count(outcome.response.status)
            resolutionBySeverity[outcome.resolution.severity, default: Attainment(target: sla.resolutionAchievement)]
                .count(outcome.resolution.status)
            if !outcome.response.isRunning {
                responseTotal.sum += outcome.response.elapsedSeconds
                responseTotal.count += 1
            }
            if !outcome.resolution.isRunning {
                resolutionTotal.sum += outcome.resolution.elapsedSeconds
                resolutionTotal.count += 1
            }
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
