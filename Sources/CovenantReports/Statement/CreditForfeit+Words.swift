import Covenant
import CovenantFormat

extension CreditForfeit {
    /// Why, in words: `not in service in 2026-04`, `above the 2026-04 charge`.
    public var words: String {
        switch self {
        case .exceedsNextCharge(let month): return "above the \(month) charge"
        case .notInService(let month): return "not in service \(Self.inMonth(month))"
        }
    }

    /// `in 2026-04`; `after 9999-12` for the month no date can name.
    static func inMonth(_ month: LocalMonth) -> String {
        month.year > 9999 ? "after 9999-12" : "in \(month)"
    }
}
