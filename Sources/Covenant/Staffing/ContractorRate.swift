import CovenantFormat

/// The price of contracted capacity: `15000 per quarter per 0.5 FTE`.
public struct ContractorRate: Sendable, Hashable {
    /// The amount paid per period for `fte` of capacity.
    public var amount: Money
    /// The period's length in months: 1 (month), 3 (quarter) or 12 (year).
    public var periodMonths: Int
    /// The capacity the amount buys, in FTE.
    public var fte: DecimalNumber

    /// Creates a rate.
    public init(amount: Money, periodMonths: Int, fte: DecimalNumber) {
        self.amount = amount
        self.periodMonths = periodMonths
        self.fte = fte
    }

    /// The cost of `capacity` FTE for one month,
    /// `amount × capacity / fte / periodMonths`, rounded half-up once.
    public func monthlyCost(of capacity: StaffingFraction) -> Money {
        let factor = capacity / StaffingFraction(fte) / StaffingFraction(Int64(periodMonths))
        return amount.scaled(by: factor.numerator, over: factor.denominator, rounding: .halfUp)
    }
}
