import Covenant
import CovenantFormat

extension StatementText {
    /// The "Response time performance" and "Surveys" sections: attainment per
    /// metric and severity, averages, each missed ticket and each excluded one.
    static func supportSection(_ statement: MonthStatement, into out: inout TextBlock) {
        let support = statement.support
        let zone = statement.contract.zone
        out.line("")
        out.line("Response time performance")
        out.row("As of", Formatting.local(support.asOf, zone))
        let excluded = support.excludedTickets.count
        out.row("Tickets", "\(support.tickets.count) opened this month" + (excluded > 0 ? ", \(excluded) excluded" : ""))
        out.row("Response", SupportText.attainment(support.response))
        out.row("Resolution", SupportText.attainment(support.resolution))
        out.row("Average response", support.averageResponseSeconds.map(Formatting.hours) ?? "none answered")
        out.row("Average resolution", support.averageResolutionSeconds.map(Formatting.hours) ?? "none resolved")
        let severities = Severity.allCases.filter {
            support.responseBySeverity[$0] != nil || support.resolutionBySeverity[$0] != nil
        }
        if !severities.isEmpty {
            out.line("")
            var rows = [["severity", "response met/missed/pending", "attainment", "resolution met/missed/pending", "attainment"]]
            for severity in severities {
                let response = support.responseBySeverity[severity]
                let resolution = support.resolutionBySeverity[severity]
                rows.append([
                    severity.rawValue, SupportText.counts(response), SupportText.percent(response), SupportText.counts(resolution),
                    SupportText.percent(resolution),
                ])
            }
            out.table(rows, rightAligned: [1, 2, 3, 4])
        }
        let missed = support.missedTickets
        out.line("")
        out.line("  Missed")
        if missed.isEmpty { out.line("    none") }
        for ticket in missed {
            out.line("    \(ticket.id)  \(ticket.severity), opened \(Formatting.local(ticket.opened, zone))")
            for (name, measure) in [("response", ticket.response), ("resolution", ticket.resolution)] where measure.status == .missed {
                out.line("      \(name) " + SupportText.clock(measure, zone: zone))
            }
        }
        if excluded > 0 {
            out.line("")
            out.line("  Excluded (not counted)")
            for ticket in support.excludedTickets {
                out.line("    \(ticket.id)  \(ticket.severity), opened \(Formatting.local(ticket.opened, zone)): \(ticket.exclusion?.rawValue ?? "")")
            }
        }
        let surveys = statement.surveys
        out.line("")
        out.line("Surveys")
        out.row("CSAT", SupportText.score(surveys.csat, count: surveys.csatCount, of: "1-10"))
        out.row("NPS", SupportText.score(surveys.nps, count: surveys.npsCount, of: "-100 to 100"))
        out.row("CES", SupportText.score(surveys.ces, count: surveys.cesCount, of: "1-5"))
    }
}
