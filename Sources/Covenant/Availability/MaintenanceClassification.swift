import CovenantFormat

/// How one maintenance event entered uptime (RULES.md §3), before clipping to a month.
public struct MaintenanceClassification: Sendable, Hashable {
    /// Why a part was excluded or counted.
    public enum Outcome: Sendable, Hashable {
        /// Entirely inside standing windows.
        case standing
        /// The rest was a granted extra window.
        case extraGranted
        /// The rest counts as downtime, for these reasons.
        case downtime([DowntimeReason])
    }

    /// Why an extra window was not granted.
    public enum DowntimeReason: String, Sendable, Hashable {
        case lateNotice = "late notice"
        case tooLong = "too long"
        case overAllowance = "over the monthly allowance"
    }

    /// The event.
    public var event: MaintenanceEvent
    /// Its parts inside occurrences of standing windows.
    public var standing: IntervalSet
    /// The rest.
    public var rest: IntervalSet
    /// What happened to the rest.
    public var outcome: Outcome
    /// Seconds between announcement and start.
    public var noticeSeconds: Int64

    /// The excluded parts: standing, plus the rest when granted.
    public var excluded: IntervalSet {
        if case .extraGranted = outcome { return standing.union(rest) }
        return standing
    }

    /// The parts that count as downtime.
    public var downtime: IntervalSet {
        if case .downtime = outcome { return rest }
        return IntervalSet()
    }

    /// Words for the statement: `standing window`, `extra window`, `late notice`, ...
    public var reason: String {
        let standingText = standing.isEmpty ? nil : "standing window"
        switch outcome {
        case .standing: return "standing window"
        case .extraGranted:
            return [standingText, "extra window announced \(MaintenanceClassification.days(noticeSeconds)) ahead"]
                .compactMap { $0 }.joined(separator: "; ")
        case .downtime(let reasons):
            let why = reasons.map { reason -> String in
                switch reason {
                case .lateNotice: return "late notice (announced \(MaintenanceClassification.days(noticeSeconds)) ahead)"
                case .tooLong, .overAllowance: return reason.rawValue
                }
            }.joined(separator: ", ")
            return [standingText, "counted as downtime: \(why)"].compactMap { $0 }.joined(separator: "; ")
        }
    }

    /// `3 days`, `1 day`, `36 hours`, or seconds.
    static func days(_ seconds: Int64) -> String {
        if seconds < 0 { return "after it started" }
        if seconds % 86_400 == 0 { return "\(seconds / 86_400) day\(seconds == 86_400 ? "" : "s")" }
        if seconds % 3600 == 0 { return "\(seconds / 3600) hour\(seconds == 3600 ? "" : "s")" }
        return TargetDuration.format(seconds)
    }
}
