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

    /// Why an extra window was not granted; renderers word it.
    public enum DowntimeReason: Sendable, Hashable, CaseIterable {
        /// Announced with less notice than the policy asks.
        case lateNotice
        /// Longer, outside standing windows, than an extra window may be.
        case tooLong
        /// Over the month's allowance of extra windows.
        case overAllowance
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
}
