import Covenant
import CovenantFormat

/// Support phrases shared by the statement formats, the explanation and `watch`.
enum SupportText {
    /// `1 met, 1 missed, 1 pending: 50.0% (target 95%, not achieved)`.
    static func attainment(_ attainment: Attainment) -> String {
        let counts = "\(attainment.met) met, \(attainment.missed) missed, \(attainment.pending) pending"
        let target = Formatting.percent(attainment.target)
        guard let percent = attainment.percent, let achieved = attainment.achieved else {
            return counts + ": nothing counted (target \(target))"
        }
        return counts + ": \(percent)% (target \(target), \(achieved ? "achieved" : "not achieved"))"
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

    /// `3 h of 2 h on extended, deadline 2026-01-13 12:00`.
    static func clock(_ measure: ClockMeasure, zone: ZoneRules) -> String {
        var text = Formatting.span(measure.elapsedSeconds)
        if let target = measure.targetSeconds { text += " of \(Formatting.span(target))" }
        text += " on \(measure.clock)"
        if measure.pausedSeconds > 0 { text += " (\(Formatting.span(measure.pausedSeconds)) paused)" }
        if let deadline = measure.deadline {
            text += ", deadline \(Formatting.local(deadline, zone))"
        } else if measure.targetSeconds != nil {
            text += ", deadline never"
        }
        if measure.extensionSeconds > 0 { text += " (holiday extension \(Formatting.span(measure.extensionSeconds)))" }
        return text
    }

    /// A clock step by step, for the explanation: `1 h 30 min of working time to
    /// the stop; target 2 h, deadline 2026-02-03T20:00:00Z: met`.
    static func explain(_ measure: ClockMeasure) -> String {
        var text = "\(Formatting.span(measure.elapsedSeconds)) of working time "
            + (measure.isRunning ? "so far, still running" : "to the stop")
        if measure.pausedSeconds > 0 { text += ", \(Formatting.span(measure.pausedSeconds)) paused" }
        guard let target = measure.targetSeconds else { return text + "; no target: not counted" }
        text += "; target \(Formatting.span(target))"
        if measure.extensionSeconds > 0, let allowed = measure.allowedSeconds {
            text += ", extended \(Formatting.span(measure.extensionSeconds)) for a holiday period: "
                + "\(Formatting.span(allowed)) allowed"
        }
        if let deadline = measure.deadline {
            text += ", deadline \(Formatting.utc(deadline))"
        } else {
            text += ", deadline never (the calendar does not reach the target before 10000-01-01)"
        }
        switch measure.status {
        case .met: return text + ": met"
        case .missed: return text + ": missed"
        case .pending: return text + ": pending, not counted"
        case .none: return text + ": not counted"
        }
    }

    /// A clock in words: `met in 2 h 15 min of 4 h`, `pending: 1 h so far of 24 h`.
    static func words(_ measure: ClockMeasure) -> String {
        let elapsed = Formatting.span(measure.elapsedSeconds)
        var target = measure.targetSeconds.map { " of \(Formatting.span($0))" } ?? ""
        if measure.targetSeconds != nil && measure.deadline == nil { target += ", deadline never" }
        let paused = measure.pausedSeconds > 0 ? " (\(Formatting.span(measure.pausedSeconds)) paused)" : ""
        switch measure.status {
        case .met: return "met in \(elapsed)\(target)\(paused)"
        case .missed: return (measure.isRunning ? "missed: \(elapsed) so far" : "missed: \(elapsed)") + target + paused
        case .pending: return "pending: \(elapsed) so far\(target)\(paused)"
        case .none: return "no target: \(elapsed)\(paused)"
        }
    }

    /// `8.3 from 3 responses (1-10)`, or `no responses`.
    static func score(_ value: DecimalNumber?, count: Int, of scale: String) -> String {
        guard let value else { return "no responses" }
        return "\(value) from \(count) response\(count == 1 ? "" : "s") (\(scale))"
    }
}
