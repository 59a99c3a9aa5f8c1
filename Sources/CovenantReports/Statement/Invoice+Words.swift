import Covenant
import CovenantFormat

extension Invoice {
    /// The credit applied to the invoice, for people: `-$2,250.00 from the
    /// 2026-02 statement`, or `none`.
    public var creditAppliedWords: String {
        guard let month = creditFrom else { return "none" }
        return "\(Formatting.money(Money(minorUnits: -creditApplied.minorUnits, currency: creditApplied.currency))) "
            + "from the \(month) statement"
    }
}
