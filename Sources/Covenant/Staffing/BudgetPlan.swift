import CovenantFormat

/// A computed staffing and budget plan: every month of a scenario, yearly
/// totals and the first month each role is staffed (STAFFING.md).
public struct BudgetPlan: Sendable, Hashable {
    /// The plan's name.
    public var plan: String
    /// The currency of every amount.
    public var currency: Currency
    /// The tier names in report order.
    public var tiers: [TierName]
    /// The thresholds the statuses were judged against.
    public var thresholds: BudgetThresholds
    /// The months in order.
    public var months: [BudgetMonth]
    /// Totals per calendar year, in order; a year the plan covers only in
    /// part totals the months it covers.
    public var years: [BudgetYear]
    /// The first month each role's staffed FTE is above zero (contracted
    /// CSM capacity counts); `nil` when never.
    public var firstStaffed: PerRole<LocalMonth?>
    /// Tools and on-call rotations with the month each is first paid.
    public var costItems: [BudgetCostItem]

    /// Creates a plan from computed parts.
    public init(
        plan: String, currency: Currency, tiers: [TierName], thresholds: BudgetThresholds, months: [BudgetMonth],
        years: [BudgetYear], firstStaffed: PerRole<LocalMonth?>, costItems: [BudgetCostItem]
    ) {
        self.plan = plan
        self.currency = currency
        self.tiers = tiers
        self.thresholds = thresholds
        self.months = months
        self.years = years
        self.firstStaffed = firstStaffed
        self.costItems = costItems
    }
}
