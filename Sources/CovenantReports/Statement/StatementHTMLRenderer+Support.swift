import Covenant
import CovenantFormat

extension StatementHTMLRenderer {
    /// A metric's section: attainment per severity and for all tickets, then
    /// each ticket's clock of this metric.
    func support(_ metric: StatementDocument.Metric, of support: StatementDocument.Support, zone: ZoneRules)
        -> String
    {
        var rows = metric.severities(in: support).map { [$0.severity.title] + Self.cells($0.attainment) }
        rows.append(["All tickets"] + Self.cells(metric.attainment))
        var html = HTMLTable(header: ["Severity", metric.title, "Attainment"], rows: rows).render()
        let average = metric.averageSeconds.map(Formatting.span) ?? metric.noAverage
        html += "<p>\(Escape.html("Average \(metric.name) time: \(average)."))</p>\n"
        guard let position = support.metrics.firstIndex(of: metric) else { return html }
        // A row per counted ticket, made in one pass (no copy of the counted tickets first).
        var ticketRows: [[String]] = []
        ticketRows.reserveCapacity(support.tickets.count)
        for ticket in support.tickets where ticket.exclusion == nil {
            ticketRows.append([
                ticket.id, ticket.severity.title, Formatting.local(ticket.opened, zone),
                SupportText.words(ticket.clocks[position]),
            ])
        }
        guard !ticketRows.isEmpty else { return html }
        html += HTMLTable(header: ["Ticket", "Severity", "Opened", metric.title], rows: ticketRows).render()
        return html
    }

    /// The excluded tickets, each with its clocks and reason.
    func excluded(_ support: StatementDocument.Support, zone: ZoneRules) -> String {
        HTMLTable(
            header: ["Ticket", "Severity", "Opened"] + support.metrics.map(\.title) + ["Reason"],
            rows: support.excludedTickets.map { ticket in
                [ticket.id, ticket.severity.title, Formatting.local(ticket.opened, zone)]
                    + ticket.clocks.map(SupportText.words) + [ticket.exclusion?.rawValue ?? ""]
            }
        ).render()
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
