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

    /// The reason field of the statement: `standing window`, `extra window`,
    /// `late notice`, `too long`, `over the monthly allowance`, joined with
    /// `; ` when an event has a standing part and a rest.
    public var reason: String {
        var parts: [String] = standing.isEmpty ? [] : ["standing window"]
        switch outcome {
        case .standing: break
        case .extraGranted: parts.append("extra window")
        case .downtime(let reasons): parts.append(reasons.map(\.rawValue).joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }

    /// A sentence for the statement's notes when part of the event counts as
    /// downtime: `maintenance MW-1 announced 3 days ahead; counted as downtime`.
    public func downtimeNote(policy: MaintenancePolicy) -> String? {
        guard case .downtime(let reasons) = outcome else { return nil }
        let why = reasons.map { reason -> String in
            switch reason {
            case .lateNotice:
                return "announced \(Self.ahead(noticeSeconds)) ahead (\(Self.ahead(policy.extraNotice)) required)"
            case .tooLong:
                return "lasts \(TargetDuration.format(rest.measure)) outside standing windows (at most \(TargetDuration.format(policy.extraMaxDuration)))"
            case .overAllowance:
                return "is over the allowance of \(policy.extraPerMonth) extra window\(policy.extraPerMonth == 1 ? "" : "s") a month"
            }
        }
        return "maintenance \(event.id) " + why.joined(separator: " and ") + "; counted as downtime"
    }

    /// Whole days (cut), or whole hours under a day: `3 days`, `1 day`, `36 hours`, `20 hours`.
    static func ahead(_ seconds: Int64) -> String {
        if seconds < 0 { return "\(ahead(-seconds)) after it started, not" }
        if seconds >= 86_400 { return "\(seconds / 86_400) day\(seconds / 86_400 == 1 ? "" : "s")" }
        if seconds >= 3600 { return "\(seconds / 3600) hour\(seconds / 3600 == 1 ? "" : "s")" }
        return "\(seconds / 60) minute\(seconds / 60 == 1 ? "" : "s")"
    }
}
