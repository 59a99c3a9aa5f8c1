import Covenant
import CovenantFormat

extension StatementMarkdownRenderer {
    /// "Response time performance": attainment per metric and severity,
    /// averages, each missed ticket and each excluded one.
    func support(_ support: StatementDocument.Support, zone: ZoneRules) -> String {
        let excluded = support.excludedTickets
        let count = support.tickets.count
        var out = "## Response time performance\n\n"
        out +=
            "As of \(Formatting.local(support.asOf, zone)); \(count) ticket\(count == 1 ? "" : "s") opened this month"
        out += excluded.isEmpty ? ".\n\n" : ", \(excluded.count) excluded.\n\n"
        out +=
            MarkdownTable(
                header: ["Metric", "Met", "Missed", "Pending", "Attainment", "Target", "Achieved"],
                rows: support.metrics.map { metric in
                    let attainment = metric.attainment
                    return [
                        metric.title, "\(attainment.met)", "\(attainment.missed)", "\(attainment.pending)",
                        SupportText.percent(attainment), Formatting.percent(attainment.target),
                        attainment.achieved.map { $0 ? "yes" : "no" } ?? "-",
                    ]
                }, numericColumns: [1, 2, 3, 4, 5], rule: .compact
            ).text
        if !support.severities.isEmpty {
            let header = ["Severity"] + support.metrics.flatMap { ["\($0.title) met/missed/pending", "Attainment"] }
            let rows = support.severities.map { row in
                [row.severity.rawValue] + row.attainments.flatMap { [SupportText.counts($0), SupportText.percent($0)] }
            }
            out +=
                "\n"
                + MarkdownTable(header: header, rows: rows, numericColumns: Set(1..<header.count), rule: .compact).text
        }
        let averages = support.metrics.map {
            "average \($0.name): \($0.averageSeconds.map(Formatting.hours) ?? $0.noAverage)"
        }
        let sentence = averages.joined(separator: "; ")
        out += "\n" + sentence.prefix(1).uppercased() + sentence.dropFirst() + ".\n\n"
        return out + missed(support, zone: zone) + excludedList(excluded, zone: zone)
    }

    /// "Missed": a line per missed clock of a counted ticket.
    func missed(_ support: StatementDocument.Support, zone: ZoneRules) -> String {
        let missed = support.missedTickets
        guard !missed.isEmpty else { return "### Missed\n\nNone.\n\n" }
        var out = "### Missed\n\n"
        for ticket in missed {
            for (metric, measure) in zip(support.metrics, ticket.clocks) where measure.status == .missed {
                out +=
                    "- \(Escape.markdownCell(ticket.id)) (\(ticket.severity), opened "
                    + "\(Formatting.local(ticket.opened, zone))): \(metric.name) "
                    + "\(SupportText.clock(measure, zone: zone))\n"
            }
        }
        return out + "\n"
    }

    /// "Excluded (not counted)": each excluded ticket and its reason; nothing when none.
    func excludedList(_ tickets: [StatementDocument.Ticket], zone: ZoneRules) -> String {
        guard !tickets.isEmpty else { return "" }
        return "### Excluded (not counted)\n\n"
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
