import Covenant
import CovenantFormat

extension StatementTextRenderer {
    /// "Response time performance": attainment per metric and severity,
    /// averages, each missed ticket and each excluded one.
    func support(_ support: StatementDocument.Support, zone: ZoneRules, into out: inout TextBlock) {
        out.line("")
        out.line("Response time performance")
        out.row("As of", Formatting.local(support.asOf, zone))
        let excluded = support.excludedTickets
        out.row(
            "Tickets",
            "\(support.tickets.count) opened this month" + (excluded.isEmpty ? "" : ", \(excluded.count) excluded"))
        for metric in support.metrics { out.row(metric.title, SupportText.attainment(metric.attainment)) }
        for metric in support.metrics {
            out.row("Average \(metric.name)", metric.averageSeconds.map(Formatting.hours) ?? metric.noAverage)
        }
        if !support.severities.isEmpty {
            out.line("")
            let header = ["severity"] + support.metrics.flatMap { ["\($0.name) met/missed/pending", "attainment"] }
            let rows = support.severities.map { row in
                [row.severity.rawValue] + row.attainments.flatMap { [SupportText.counts($0), SupportText.percent($0)] }
            }
            out.table([header] + rows, rightAligned: Set(1..<header.count))
        }
        out.line("")
        out.line("  Missed")
        let missed = support.missedTickets
        if missed.isEmpty { out.line("    none") }
        for ticket in missed {
            out.line("    \(ticket.id)  \(ticket.severity), opened \(Formatting.local(ticket.opened, zone))")
            for (metric, measure) in zip(support.metrics, ticket.clocks) where measure.status == .missed {
                out.line("      \(metric.name) " + SupportText.clock(measure, zone: zone))
            }
        }
        guard !excluded.isEmpty else { return }
        out.line("")
        out.line("  Excluded (not counted)")
        for ticket in excluded {
            out.line(
                "    \(ticket.id)  \(ticket.severity), opened \(Formatting.local(ticket.opened, zone)): "
                    + (ticket.exclusion?.rawValue ?? ""))
        }
    }

    /// "Surveys": each score with its count and scale.
    func surveys(_ surveys: SurveySummary, into out: inout TextBlock) {
        out.line("")
        out.line("Surveys")
        out.row("CSAT", SupportText.score(surveys.csat, count: surveys.csatCount, of: "1-10"))
        out.row("NPS", SupportText.score(surveys.nps, count: surveys.npsCount, of: "-100 to 100"))
        out.row("CES", SupportText.score(surveys.ces, count: surveys.cesCount, of: "1-5"))
    }
}
