import Covenant
import CovenantFormat

extension StatementMarkdownRenderer {
    /// A metric's section ("Response time performance", "Resolution time
    /// performance"): its attainment, average, attainment per severity and
    /// each missed clock.
    func support(_ metric: StatementDocument.Metric, of support: StatementDocument.Support, zone: ZoneRules)
        -> String
    {
        let excluded = support.excludedTickets.count
        let count = support.tickets.count
        var out = "## \(metric.sectionTitle)\n\n"
        out +=
            "As of \(Formatting.local(support.asOf, zone)); \(count) ticket\(count == 1 ? "" : "s") opened this month"
        out += excluded == 0 ? ".\n\n" : ", \(excluded) excluded.\n\n"
        let attainment = metric.attainment
        var rows = metric.severities(in: support).map { severity, attainment in
            [severity.rawValue] + Self.cells(attainment)
        }
        rows.append(["**all**"] + Self.cells(attainment))
        out += MarkdownTable(
            header: ["Severity", "Met", "Missed", "Pending", "Attainment", "Target", "Achieved"], rows: rows,
            numericColumns: [1, 2, 3, 4, 5], rule: .compact
        ).text
        out += "\nAverage \(metric.name) time: \(metric.averageSeconds.map(Formatting.span) ?? metric.noAverage).\n\n"
        return out + missed(metric, of: support, zone: zone)
    }

    /// A severity's or all tickets' cells: met, missed, pending, attainment, target, achieved.
    static func cells(_ attainment: Attainment) -> [String] {
        [
            "\(attainment.met)", "\(attainment.missed)", "\(attainment.pending)", SupportText.percent(attainment),
            Formatting.percent(attainment.target), attainment.achieved.map { $0 ? "yes" : "no" } ?? "-",
        ]
    }

    /// "Missed": a line per missed clock of this metric.
    func missed(_ metric: StatementDocument.Metric, of support: StatementDocument.Support, zone: ZoneRules) -> String {
        let missed = metric.missed(in: support)
        guard !missed.isEmpty else { return "### Missed\n\nNone.\n\n" }
        var out = "### Missed\n\n"
        for (ticket, measure) in missed {
            out +=
                "- \(Escape.markdownCell(ticket.id)) (\(ticket.severity), opened "
                + "\(Formatting.local(ticket.opened, zone))): \(SupportText.clock(measure, zone: zone))\n"
        }
        return out + "\n"
    }

    /// "Excluded tickets (not counted)": each excluded ticket and its reason; nothing when none.
    func excludedList(_ tickets: [StatementDocument.Ticket], zone: ZoneRules) -> String {
        guard !tickets.isEmpty else { return "" }
        return "## Excluded tickets (not counted)\n\n"
            + tickets.map { ticket in
                "- \(Escape.markdownCell(ticket.id)) (\(ticket.severity), opened "
                    + "\(Formatting.local(ticket.opened, zone))): "
                    + "\(ticket.exclusion?.rawValue ?? "")\n"
            }.joined() + "\n"
    }

    /// "Surveys": each score and its count.
    func surveys(_ surveys: SurveySummary) -> String {
        let table = MarkdownTable(
            header: ["Survey", "Score", "Responses"],
            rows: [
                ["CSAT", surveys.csat?.description ?? "-", "\(surveys.csatCount)"],
                ["NPS", surveys.nps?.description ?? "-", "\(surveys.npsCount)"],
                ["CES", surveys.ces?.description ?? "-", "\(surveys.cesCount)"],
            ], numericColumns: [1, 2], rule: .compact)
        return "## Surveys\n\n" + table.text + "\n"
    }
}
