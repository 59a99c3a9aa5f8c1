import Covenant
import CovenantFormat

extension StatementWriter {
    /// The support part: a metric each for response and resolution, the
    /// severities that had tickets, and the month's tickets with their clocks.
    func support() -> StatementDocument.Support {
        let support = statement.support
        let metrics = [
            StatementDocument.Metric(
                name: "response", noAverage: "none answered", attainment: support.response,
                averageSeconds: support.averageResponseSeconds),
            StatementDocument.Metric(
                name: "resolution", noAverage: "none resolved", attainment: support.resolution,
                averageSeconds: support.averageResolutionSeconds),
        ]
        let severities = Severity.allCases.compactMap { severity -> StatementDocument.SeverityRow? in
            let attainments = [support.responseBySeverity[severity], support.resolutionBySeverity[severity]]
            guard attainments.contains(where: { $0 != nil }) else { return nil }
            return StatementDocument.SeverityRow(severity: severity, attainments: attainments)
        }
        let tickets = support.tickets.map { outcome in
            StatementDocument.Ticket(
                id: outcome.id.rawValue, severity: outcome.severity, opened: outcome.opened,
                exclusion: outcome.exclusion,
                clocks: [outcome.response, outcome.resolution])
        }
        return StatementDocument.Support(asOf: support.asOf, metrics: metrics, severities: severities, tickets: tickets)
    }
}
