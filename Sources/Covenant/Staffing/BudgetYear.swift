import CovenantFormat

/// The totals of the plan's months in one calendar year.
public struct BudgetYear: Sendable, Hashable {
    /// The year.
    public var year: Int
    /// How many of the year's months the plan covers.
    public var months: Int
    /// The revenue of those months.
    public var revenue: Money
    /// Their total support cost.
    public var totalCost: Money

    /// Creates a year's totals.
    public init(year: Int, months: Int, revenue: Money, totalCost: Money) {
        self.year = year
        self.months = months
        self.revenue = revenue
        self.totalCost = totalCost
    }

    /// The support cost share of revenue in percent (exact); `nil` without revenue.
    public var share: StaffingFraction? {
        revenue.minorUnits == 0
            ? nil : StaffingFraction(Int128(totalCost.minorUnits) * 100, over: Int128(revenue.minorUnits))
    }

    /// The share as shown: percent cut toward zero to two decimals.
    public var shownShare: DecimalNumber? { share?.decimal(places: 2, rounding: .down) }
}
