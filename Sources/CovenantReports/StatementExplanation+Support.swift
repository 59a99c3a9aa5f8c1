import Covenant
import CovenantFormat

extension StatementExplanation {
    /// Step 8: each ticket's clocks and the attainment they add up to.
    static func supportSteps(_ statement: MonthStatement, into out: inout TextBlock) {
        let support = statement.support
        let zone = statement.contract.zone
        out.line("")
        out.line("8. Support, as of \(Formatting.utc(support.asOf))")
        if support.tickets.isEmpty { out.line("   no tickets opened this month") }
        for ticket in support.tickets {
            out.line("   \(ticket.id) opened \(Formatting.local(ticket.opened, zone)) (\(Formatting.utc(ticket.opened)))"
                + (ticket.exclusion.map { ": excluded, \($0.rawValue); not counted" } ?? ""))
            for (name, measure) in [("response", ticket.response), ("resolution", ticket.resolution)] {
                out.line("     \(name) (\(measure.severity) on \(measure.clock)): " + explain(measure))
            }
        }
        for (name, attainment) in [("response", support.response), ("resolution", support.resolution)] {
            guard let percent = attainment.percent, let achieved = attainment.achieved else {
                out.line("   \(name): nothing counted (\(attainment.pending) pending): attainment null")
                continue
            }
            out.line("   \(name): \(attainment.met) met / (\(attainment.met) met + \(attainment.missed) missed) = \(percent)% (cut);"
                + " target \(Formatting.percent(attainment.target)): \(achieved ? "achieved" : "not achieved")"
                + (attainment.pending > 0 ? "; \(attainment.pending) pending, not counted" : ""))
        }
    }

    static func explain(_ measure: ClockMeasure) -> String {
        var text = "\(Formatting.hours(measure.elapsedSeconds)) of working time "
            + (measure.isRunning ? "so far, still running" : "to the stop")
        if measure.pausedSeconds > 0 { text += ", \(Formatting.hours(measure.pausedSeconds)) paused" }
        guard let target = measure.targetSeconds else { return text + "; no target: not counted" }
        text += "; target \(Formatting.hours(target))"
        if measure.extensionSeconds > 0, let allowed = measure.allowedSeconds {
            text += ", extended \(Formatting.hours(measure.extensionSeconds)) for a holiday period: \(Formatting.hours(allowed)) allowed"
        }
        if let deadline = measure.deadline { text += ", deadline \(Formatting.utc(deadline))" }
        switch measure.status {
        case .met: text += ": met"
        case .missed: text += ": missed"
        case .pending: text += ": pending, not counted"
        case .none: text += ": not counted"
        }
        return text
    }
}
