import CovenantFormat

/// Why a credit, or part of it, is forfeited (RULES.md §5): credits never
/// roll over and are never paid out.
public enum CreditForfeit: Sendable, Hashable {
    /// The credit exceeds the next month's charge; the rest is forfeited.
    case exceedsNextCharge(LocalMonth)
    /// The contract is not in service in the next month; the whole credit is forfeited.
    case notInService(LocalMonth)

    /// The month whose invoice would have taken the credit.
    public var month: LocalMonth {
        switch self {
        case .exceedsNextCharge(let month), .notInService(let month): return month
        }
    }
}
