import Covenant

extension MaintenanceClassification {
    /// Why its time was excluded or counted, as the statement's `reason`
    /// field says it: `standing window`, `extra window`, `late notice`, `too
    /// long`, `over the monthly allowance`, reasons joined with `, ` and the
    /// standing part first with `; `.
    public var reasonWords: String {
        var parts: [String] = standing.isEmpty ? [] : ["standing window"]
        switch outcome {
        case .standing: break
        case .extraGranted: parts.append("extra window")
        case .downtime(let reasons): parts.append(reasons.map(\.words).joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}

extension MaintenanceClassification.DowntimeReason {
    /// `late notice`, `too long`, `over the monthly allowance`.
    var words: String {
        switch self {
        case .lateNotice: return "late notice"
        case .tooLong: return "too long"
        case .overAllowance: return "over the monthly allowance"
        }
    }
}
