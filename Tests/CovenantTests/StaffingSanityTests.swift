import CovenantFormat
import Testing

@testable import Covenant

/// STAFFING.md, "What the plan must reproduce": the source policy's stage
/// figures recomputed from the catalog salaries with no overhead.
@Suite("Staffing plan: the source policy's stage figures")
struct StaffingSanityTests {
    typealias E = StaffingExample

    /// A year of professional customers with staffing fixed by the inputs:
    /// `professionals / 4` CSMs, `ticketsEach × professionals × 40 / 60 / 120`
    /// support engineers, and a VP when `vpFrom` customers are reached.
    static func year(professionals: Int64, ticketsEach: String, vpFrom: Int64) -> BudgetPlan {
        var scenario = E.base
        scenario.customerPoints = [E.point(2026, 1, 0, professionals, 0)]
        scenario.months = 12
        scenario.workload.ticketsPerCustomer = ["professional": E.decimal(ticketsEach)]
        scenario.workload.autoResolution = .zero
        scenario.roles.csm.overhead = .zero
        scenario.roles.supportEngineer.overhead = .zero
        scenario.roles.vpCustomerSuccess.overhead = .zero
        scenario.roles.vpCustomerSuccess.basis = .fromCustomers(vpFrom)
        scenario.staffing = StaffingPolicy(step: E.decimal("0.5"), neverFire: true)
        scenario.onCall = []
        scenario.tools = []
        return BudgetPlan(scenario: scenario, tiers: E.tiers)
    }

    @Test("one CSM and one support engineer cost $270,000 a year")
    func csmAndEngineer() {
        let plan = Self.year(professionals: 4, ticketsEach: "45", vpFrom: 1_000)
        #expect(
            plan.months.allSatisfy { $0.staffed == PerRole(csm: .one, supportEngineer: .one, vpCustomerSuccess: .zero) }
        )
        #expect(plan.years.map(\.totalCost.plain) == ["270000.00"])
    }

    @Test("a VP, two and a half CSMs and one and a half support engineers cost $705,000 a year, not $775,000")
    func vpStage() {
        let plan = Self.year(professionals: 10, ticketsEach: "27", vpFrom: 0)
        let expected = PerRole(
            csm: StaffingFraction(5, over: 2), supportEngineer: StaffingFraction(3, over: 2), vpCustomerSuccess: .one)
        #expect(plan.months.allSatisfy { $0.staffed == expected })
        #expect(plan.years.map(\.totalCost.plain) == ["705000.00"])
    }
}
