import Covenant
import CovenantFormat

/// Phrases shared by the text, Markdown, explanation and watch support output.
enum SupportText {
    /// `1 met, 1 missed, 1 pending: 50.0% (target 95%, not achieved)`.
    static func attainment(_ attainment: Attainment) -> String {
        let counts = "\(attainment.met) met, \(attainment.missed) missed, \(attainment.pending) pending"
        guard let percent = attainment.percent, let achieved = attainment.achieved else {
            return counts + ": nothing counted (target \(Formatting.percent(attainment.target)))"
        }
        return counts + ": \(percent)% (target \(Formatting.percent(attainment.target)), \(achieved ? "achieved" : "not achieved"))"
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
        var text = Formatting.hours(measure.elapsedSeconds)
        if let target = measure.targetSeconds { text += " of \(Formatting.hours(target))" }
        text += " on \(measure.clock)"
        if measure.pausedSeconds > 0 { text += " (\(Formatting.hours(measure.pausedSeconds)) paused)" }
        if let deadline = measure.deadline { text += ", deadline \(Formatting.local(deadline, zone))" }
        if measure.extensionSeconds > 0 { text += " (holiday extension \(Formatting.hours(measure.extensionSeconds)))" }
        return text
    }

    /// `8.3 from 3 responses (1-10)`, or `no responses`.
    static func score(_ value: DecimalNumber?, count: Int, of scale: String) -> String {
        guard let value else { return "no responses" }
        return "\(value) from \(count) response\(count == 1 ? "" : "s") (\(scale))"
    }
}
