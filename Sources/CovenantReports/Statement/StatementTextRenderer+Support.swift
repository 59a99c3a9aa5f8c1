import Covenant
import CovenantFormat

extension StatementTextRenderer {
    /// A metric's section ("Response time performance", "Resolution time
    /// performance"): its attainment, average, attainment per severity and
    /// each missed clock.
    func support(
        _ metric: StatementDocument.Metric, of support: StatementDocument.Support, zone: ZoneRules,
        into out: inout TextBlock
    ) {
        out.line("")
        out.line(metric.sectionTitle)
        out.row("As of", Formatting.local(support.asOf, zone))
        let excluded = support.excludedTickets.count
        out.row(
            "Tickets", "\(support.tickets.count) opened this month" + (excluded == 0 ? "" : ", \(excluded) excluded"))
        out.row("Attainment", SupportText.attainment(metric.attainment))
        out.row("Average", metric.averageSeconds.map(Formatting.span) ?? metric.noAverage)
        let severities = metric.severities(in: support)
        if !severities.isEmpty {
            out.line("")
            let rows = severities.map {
                [$0.severity.rawValue, SupportText.counts($0.attainment), SupportText.percent($0.attainment)]
            }
            out.table([["severity", "met/missed/pending", "attainment"]] + rows, rightAligned: [1, 2])
        }
        out.line("")
        out.line("  Missed")
        let missed = metric.missed(in: support)
        if missed.isEmpty { out.line("    none") }
        for (ticket, measure) in missed {
            out.line("    \(ticket.id)  \(ticket.severity), opened \(Formatting.local(ticket.opened, zone))")
            out.line("      " + SupportText.clock(measure, zone: zone))
        }
    }

    /// "Excluded tickets": each excluded ticket and its reason; nothing when none.
    func excluded(_ support: StatementDocument.Support, zone: ZoneRules, into out: inout TextBlock) {
        let excluded = support.excludedTickets
        guard !excluded.isEmpty else { return }
        out.line("")
        out.line("Excluded tickets (not counted)")
        for ticket in excluded {
            out.line(
                "  \(ticket.id)  \(ticket.severity), opened \(Formatting.local(ticket.opened, zone)): "
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
