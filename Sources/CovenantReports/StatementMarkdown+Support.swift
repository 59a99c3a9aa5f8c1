import Covenant
import CovenantFormat

extension StatementMarkdown {
    /// The "Response time performance" and "Surveys" sections.
    static func supportSection(_ statement: MonthStatement) -> String {
        let support = statement.support
        let zone = statement.contract.zone
        var out = "## Response time performance\n\n"
        let excluded = support.excludedTickets.count
        out += "As of \(Formatting.local(support.asOf, zone)); \(support.tickets.count) ticket\(support.tickets.count == 1 ? "" : "s") opened this month"
        out += excluded > 0 ? ", \(excluded) excluded.\n\n" : ".\n\n"
        out += "| Metric | Met | Missed | Pending | Attainment | Target | Achieved |\n|---|---:|---:|---:|---:|---:|---|\n"
        for (name, attainment) in [("Response", support.response), ("Resolution", support.resolution)] {
            out += "| \(name) | \(attainment.met) | \(attainment.missed) | \(attainment.pending) | \(SupportText.percent(attainment)) "
            out += "| \(Formatting.percent(attainment.target)) | \(attainment.achieved.map { $0 ? "yes" : "no" } ?? "-") |\n"
        }
        let severities = Severity.allCases.filter {
            support.responseBySeverity[$0] != nil || support.resolutionBySeverity[$0] != nil
        }
        if !severities.isEmpty {
            out += "\n| Severity | Response met/missed/pending | Attainment | Resolution met/missed/pending | Attainment |\n"
            out += "|---|---:|---:|---:|---:|\n"
            for severity in severities {
                let response = support.responseBySeverity[severity]
                let resolution = support.resolutionBySeverity[severity]
                out += "| \(severity) | \(SupportText.counts(response)) | \(SupportText.percent(response)) "
                out += "| \(SupportText.counts(resolution)) | \(SupportText.percent(resolution)) |\n"
            }
        }
        out += "\nAverage response: \(support.averageResponseSeconds.map(Formatting.hours) ?? "none answered"); "
        out += "average resolution: \(support.averageResolutionSeconds.map(Formatting.hours) ?? "none resolved").\n\n"
        out += "### Missed\n\n"
        let missed = support.missedTickets
        if missed.isEmpty { out += "None.\n\n" }
        for ticket in missed {
            for (name, measure) in [("response", ticket.response), ("resolution", ticket.resolution)] where measure.status == .missed {
                out += "- \(cell(ticket.id.rawValue)) (\(ticket.severity), opened \(Formatting.local(ticket.opened, zone))): "
                out += "\(name) \(SupportText.clock(measure, zone: zone))\n"
            }
        }
        if !missed.isEmpty { out += "\n" }
        if excluded > 0 {
            out += "### Excluded (not counted)\n\n"
            for ticket in support.excludedTickets {
                out += "- \(cell(ticket.id.rawValue)) (\(ticket.severity), opened \(Formatting.local(ticket.opened, zone))): "
                out += "\(ticket.exclusion?.rawValue ?? "")\n"
            }
            out += "\n"
        }
        let surveys = statement.surveys
        out += "## Surveys\n\n| Survey | Score | Responses |\n|---|---:|---:|\n"
        out += "| CSAT | \(surveys.csat?.description ?? "-") | \(surveys.csatCount) |\n"
        out += "| NPS | \(surveys.nps?.description ?? "-") | \(surveys.npsCount) |\n"
        out += "| CES | \(surveys.ces?.description ?? "-") | \(surveys.cesCount) |\n\n"
        return out
    }
}
