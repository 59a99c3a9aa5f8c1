import CovenantFormat

/// A staffing scenario as decoded from a file in `Scenarios/staffing/`: the
/// assumptions a budget plan is computed from (STAFFING.md).
public struct StaffingScenario: Sendable, Hashable {
    /// The plan's name (`Base case 2026-2028`).
    public var plan: String
    /// The first month of the plan.
    public var start: LocalMonth
    /// How many months the plan covers (at least one).
    public var months: Int
    /// The catalog version list fees and ratios come from, when named.
    public var catalogVersion: String?
    /// Customers by tier at given months, in month order, none outside the plan.
    public var customerPoints: [CustomerPoint]
    /// Monthly fees by tier that replace the list fees; tiers not listed pay list fees.
    public var fees: [TierName: Money]
    /// The support workload assumptions.
    public var workload: WorkloadAssumptions
    /// The roles and what they cost.
    public var roles: PerRole<StaffingRole>
    /// How required FTE becomes people.
    public var staffing: StaffingPolicy
    /// Paid on-call rotations, in file order.
    public var onCall: [OnCallRotation]
    /// Tools, in file order.
    public var tools: [SupportTool]
    /// The shares of revenue watched.
    public var thresholds: BudgetThresholds

    /// Creates a scenario.
    public init(
        plan: String, start: LocalMonth, months: Int, catalogVersion: String? = nil,
        customerPoints: [CustomerPoint], fees: [TierName: Money] = [:], workload: WorkloadAssumptions,
        roles: PerRole<StaffingRole>, staffing: StaffingPolicy, onCall: [OnCallRotation] = [],
        tools: [SupportTool] = [], thresholds: BudgetThresholds
    ) {
        self.plan = plan
        self.start = start
        self.months = months
        self.catalogVersion = catalogVersion
        self.customerPoints = customerPoints
        self.fees = fees
        self.workload = workload
        self.roles = roles
        self.staffing = staffing
        self.onCall = onCall
        self.tools = tools
        self.thresholds = thresholds
    }

    /// The last month of the plan.
    public var end: LocalMonth { start.adding(months: months - 1) }

    /// Customers by tier in a month: the points' counts interpolated
    /// linearly and rounded down per tier between two points, held at the
    /// first point's counts before it and at the last point's after it.
    public func customers(in month: LocalMonth) -> [TierName: Int64] {
        guard let first = customerPoints.first, let last = customerPoints.last else { return [:] }
        if month <= first.month { return first.counts }
        if month >= last.month { return last.counts }
        let after = customerPoints.firstIndex { $0.month > month }!
        let from = customerPoints[after - 1]
        let to = customerPoints[after]
        let elapsed = Int128(from.month.months(to: month))
        let span = Int128(from.month.months(to: to.month))
        var counts: [TierName: Int64] = [:]
        for tier in Set(from.counts.keys).union(to.counts.keys) {
            let start = Int128(from.count(of: tier))
            let change = Int128(to.count(of: tier)) - start
            counts[tier] = Int64(start + StaffingFraction(change * elapsed, over: span).floor)
        }
        return counts
    }
}
