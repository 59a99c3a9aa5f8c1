import CovenantFormat

/// A warning the source policy says to escalate at once, raised on a month
/// of a contract or a tier.
public enum RedFlag: Sendable, Hashable {
    /// CSAT under 7.0 two months running: the month's and the month before's.
    case csatLow(previous: DecimalNumber, current: DecimalNumber)
    /// Response attainment under the achievement target.
    case responseUnderTarget(attainment: DecimalNumber, target: DecimalNumber)

    /// The CSAT under which a month counts toward ``csatLow(previous:current:)``.
    public static let csatFloor = DecimalNumber(7)

    /// A short code for data formats: `csat_low`, `response_under_target`.
    public var code: String {
        switch self {
        case .csatLow: return "csat_low"
        case .responseUnderTarget: return "response_under_target"
        }
    }
}
