import CovenantFormat

/// A month's invoice as the statements make it (RULES.md §5): the month's
/// charge, less the credit the previous month's statement applies to it.
public struct Invoice: Sendable, Hashable {
    /// The invoice's month.
    public var month: LocalMonth
    /// The month's charge, prorated and rounded (RULES.md §1).
    public var charge: Money
    /// The month whose credit is applied (the month before); `nil` when no credit is.
    public var creditFrom: LocalMonth?
    /// The credit applied: the previous month's `min(credit, this charge)`, zero when none.
    public var creditApplied: Money

    /// Creates an invoice.
    public init(month: LocalMonth, charge: Money, creditFrom: LocalMonth?, creditApplied: Money) {
        self.month = month
        self.charge = charge
        self.creditFrom = creditFrom
        self.creditApplied = creditApplied
    }

    /// The invoice of `month` for `charge`, taking what `previous` (the
    /// previous month's credit, `nil` when not in service then) applies to it.
    public init(month: LocalMonth, charge: Money, previous: ServiceCredit?) {
        if let previous, previous.appliedTo == month {
            self.init(
                month: month, charge: charge, creditFrom: month.adding(months: -1), creditApplied: previous.applied)
        } else {
            self.init(month: month, charge: charge, creditFrom: nil, creditApplied: .zero(charge.currency))
        }
    }

    /// The amount invoiced: `charge − creditApplied` (never negative, since a
    /// credit applied is at most the charge).
    public var net: Money { charge - creditApplied }
}
