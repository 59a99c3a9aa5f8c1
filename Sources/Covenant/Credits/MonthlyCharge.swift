import CovenantFormat

/// The charge for a month (RULES.md §1): the fee in force, prorated by
/// whole local days in service, rounded once by the catalog's rule.
public struct MonthlyCharge: Sendable, Hashable {
    /// The monthly fee in force.
    public var fee: Money
    /// Whole local days in service.
    public var daysInService: Int
    /// Days in the month.
    public var daysInMonth: Int
    /// The rounding rule used.
    public var rounding: RoundingRule
    /// `fee × daysInService / daysInMonth`, rounded.
    public var amount: Money

    /// Computes a charge.
    public init(fee: Money, daysInService: Int, daysInMonth: Int, rounding: RoundingRule) {
        self.fee = fee
        self.daysInService = daysInService
        self.daysInMonth = daysInMonth
        self.rounding = rounding
        self.amount = fee.scaled(by: Int128(daysInService), over: Int128(daysInMonth), rounding: rounding)
    }

    /// Whether the month is charged in full.
    public var isProrated: Bool { daysInService != daysInMonth }
}
