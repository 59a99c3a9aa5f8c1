import Covenant
import CovenantFormat

extension StatementHTMLRenderer {
    /// Support attainment per severity and for all tickets, then the month's tickets.
    func support(_ support: StatementDocument.Support, zone: ZoneRules) -> String {
        let header = ["Severity"] + support.metrics.flatMap { [$0.title, "\($0.title) attainment"] }
        var rows = support.severities.map { row in
            [row.severity.title] + zip(support.metrics, row.attainments).flatMap { metric, attainment in
                Self.cells(attainment ?? Attainment(target: metric.attainment.target))
            }
        }
        rows.append(["All tickets"] + support.metrics.flatMap { Self.cells($0.attainment) })
        var html = HTMLTable(header: header, rows: rows).render()
        guard !support.tickets.isEmpty else { return html }
        html += HTMLTable(
            header: ["Ticket", "Severity", "Opened"] + support.metrics.map(\.title) + ["Excluded"],
            rows: support.tickets.map { ticket in
                [ticket.id, ticket.severity.title, Formatting.local(ticket.opened, zone)]
                    + ticket.clocks.map(SupportText.words) + [ticket.exclusion?.rawValue ?? ""]
            }
        ).render()
        return html
    }

    /// A metric's two cells: `10 met, 1 missed` and `90.9% (target 95%: not achieved)`.
    static func cells(_ attainment: Attainment) -> [String] {
        let counts = "\(attainment.met) met, \(attainment.missed) missed"
            + (attainment.pending > 0 ? ", \(attainment.pending) pending" : "")
        let target = Formatting.percent(attainment.target)
        guard let percent = attainment.percent, let achieved = attainment.achieved else {
            return [counts, "none counted (target \(target))"]
        }
        return [counts, "\(Formatting.percent(percent)) (target \(target): \(achieved ? "achieved" : "not achieved"))"]
    }

    /// CSAT, NPS and CES of the month, each cut to one decimal, with counts.
    func surveys(_ surveys: SurveySummary) -> String {
        HTMLTable(
            header: ["Survey", "Score", "Responses"],
            rows: [
                ["CSAT (1 to 10)", surveys.csat?.description ?? "none", "\(surveys.csatCount)"],
                ["NPS (−100 to 100)", surveys.nps?.description ?? "none", "\(surveys.npsCount)"],
                ["CES (1 to 5)", surveys.ces?.description ?? "none", "\(surveys.cesCount)"],
            ], numericColumns: [1, 2]
        ).render()
    }
}
