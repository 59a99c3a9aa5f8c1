import CovenantFormat

/// One computed month of a budget plan.
public struct BudgetMonth: Sendable, Hashable {
    /// The month.
    public var month: LocalMonth
    /// Active customers by tier.
    public var customers: [TierName: Int64]
    /// All active customers.
    public var totalCustomers: Int64
    /// The fees of the month's customers.
    public var revenue: Money
    /// Tickets opened (exact).
    public var tickets: StaffingFraction
    /// Tickets that need a person (exact).
    public var humanTickets: StaffingFraction
    /// Hours of human ticket handling (exact).
    public var humanHours: StaffingFraction
    /// Required FTE per role (exact).
    public var required: PerRole<StaffingFraction>
    /// Staffed FTE per role, in steps; the CSM figure includes contracted capacity.
    public var staffed: PerRole<StaffingFraction>
    /// Who carries the load.
    public var phase: StaffingPhase
    /// The cost lines.
    public var costs: BudgetCosts
    /// The support cost share of revenue in percent (exact); `nil` without revenue.
    public var share: StaffingFraction?
    /// Where the share stands against the thresholds.
    public var status: BudgetStatus

    /// Creates a month.
    public init(
        month: LocalMonth, customers: [TierName: Int64], totalCustomers: Int64, revenue: Money,
        tickets: StaffingFraction, humanTickets: StaffingFraction, humanHours: StaffingFraction,
        required: PerRole<StaffingFraction>, staffed: PerRole<StaffingFraction>, phase: StaffingPhase,
        costs: BudgetCosts, share: StaffingFraction?, status: BudgetStatus
    ) {
        self.month = month
        self.customers = customers
        self.totalCustomers = totalCustomers
        self.revenue = revenue
        self.tickets = tickets
        self.humanTickets = humanTickets
        self.humanHours = humanHours
        self.required = required
        self.staffed = staffed
        self.phase = phase
        self.costs = costs
        self.share = share
        self.status = status
    }

    /// The sum of the cost lines.
    public var totalCost: Money { costs.total }

    /// The share as shown: percent cut toward zero to two decimals.
    public var shownShare: DecimalNumber? { share?.decimal(places: 2, rounding: .down) }
}
