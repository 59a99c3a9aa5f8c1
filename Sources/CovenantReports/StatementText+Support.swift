import Covenant
import CovenantFormat

extension StatementText {
    /// The "Response time performance" and "Surveys" sections: attainment per
    /// metric and severity, averages, each missed ticket and each excluded one.
    static func supportSection(_ statement: MonthStatement, into out: inout TextBlock) {
        let support = statement.support
        let zone = ZoneRules(identifier: statement.contract.timeZone) ?? ZoneRules(identifier: "UTC")!
        out.line("")
        out.line("Response time performance")
        out.row("As of", Formatting.local(support.asOf, zone))
        let excluded = support.excludedTickets.count
        out.row("Tickets", "\(support.tickets.count) opened this month" + (excluded > 0 ? ", \(excluded) excluded" : ""))
        out.row("Response", SupportText.attainment(support.response))
        out.row("Resolution", SupportText.attainment(support.resolution))
        out.row("Average response", support.averageResponseSeconds.map(SupportText.hours) ?? "none answered")
        out.row("Average resolution", support.averageResolutionSeconds.map(SupportText.hours) ?? "none resolved")
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

/// Phrases shared by the text and Markdown support sections.
enum SupportText {
    /// `1 met, 1 missed, 1 pending: 50.0% (target 95%, not achieved)`.
    static func attainment(_ attainment: Attainment) -> String {
        let counts = "\(attainment.met) met, \(attainment.missed) missed, \(attainment.pending) pending"
        guard let percent = attainment.percent, let achieved = attainment.achieved else {
            return counts + ": nothing counted (target \(Formatting.percent(attainment.target))%)"
        }
        return counts + ": \(percent)% (target \(Formatting.percent(attainment.target))%, \(achieved ? "achieved" : "not achieved"))"
    }

    /// `1/0/2`, or `-` when absent.
    static func counts(_ attainment: Attainment?) -> String {
        guard let attainment else { return "-" }
        return "\(attainment.met)/\(attainment.missed)/\(attainment.pending)"
    }

    /// `66.6%`, or `-` when nothing counted.
    static func percent(_ attainment: Attainment?) -> String {
        attainment?.percent.map { "\($0)%" } ?? "-"
    }

    /// `3h 0m 0s of 2h 0m 0s on extended, deadline 2026-01-13 12:00`.
    static func clock(_ measure: ClockMeasure, zone: ZoneRules) -> String {
        var text = SupportText.hours(measure.elapsedSeconds)
        if let target = measure.targetSeconds { text += " of \(SupportText.hours(target))" }
        text += " on \(measure.clock)"
        if measure.pausedSeconds > 0 { text += " (\(SupportText.hours(measure.pausedSeconds)) paused)" }
        if let deadline = measure.deadline { text += ", deadline \(Formatting.local(deadline, zone))" }
        if measure.extensionSeconds > 0 { text += " (holiday extension \(SupportText.hours(measure.extensionSeconds)))" }
        return text
    }

    /// Working time in hours, minutes and seconds (`55h 0m 0s`): a business
    /// day is not 24 hours, so days would mislead.
    static func hours(_ seconds: Int64) -> String {
        let value = abs(seconds)
        return (seconds < 0 ? "-" : "") + "\(value / 3600)h \(value % 3600 / 60)m \(value % 60)s"
    }

    /// `8.3 from 3 responses (1-10)`, or `no responses`.
    static func score(_ value: DecimalNumber?, count: Int, of scale: String) -> String {
        guard let value else { return "no responses" }
        return "\(value) from \(count) response\(count == 1 ? "" : "s") (\(scale))"
    }
}
