import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

/// The shipped sample scenarios, read and planned as the command does without a catalog.
enum BudgetSample {
    static func basePlan() throws -> BudgetPlan { try SampleProject.budgetPlan("base") }
    static func fastGrowthPlan() throws -> BudgetPlan { try SampleProject.budgetPlan("fast-growth") }

    /// A small plan built in code, for edge cases the samples do not reach.
    static func plan(
        name: String = "Edge", months: Int = 3, points: [(String, Int64, Int64, Int64)],
        tools: [SupportTool] = [], onCall: [OnCallRotation] = []
    ) -> BudgetPlan {
        let usd = { (dollars: Int64) in Money(minorUnits: dollars * 100, currency: .usd) }
        let decimal = { (text: String) in ScalarReader.decimal(text)! }
        let scenario = StaffingScenario(
            plan: name, start: ScalarReader.month(points[0].0)!, months: months,
            customerPoints: points.map {
                CustomerPoint(
                    month: ScalarReader.month($0.0)!,
                    counts: [TierName("starter"): $0.1, TierName("professional"): $0.2, TierName("enterprise"): $0.3])
            },
            workload: WorkloadAssumptions(
                ticketsPerCustomer: [
                    TierName("starter"): decimal("3"), TierName("professional"): decimal("6"),
                    TierName("enterprise"): decimal("12"),
                ],
                autoResolution: decimal("45"), minutesPerTicket: decimal("40"), productiveHours: decimal("120")),
            roles: PerRole(
                csm: StaffingRole(salary: usd(120_000), overhead: decimal("20"), basis: .ratio([:])),
                supportEngineer: StaffingRole(salary: usd(150_000), overhead: decimal("20"), basis: .workload),
                vpCustomerSuccess: StaffingRole(
                    salary: usd(180_000), overhead: decimal("20"), basis: .fromCustomers(40))),
            staffing: StaffingPolicy(step: decimal("0.5"), neverFire: true), onCall: onCall, tools: tools,
            thresholds: BudgetThresholds(target: decimal("10"), redFlag: decimal("15")))
        return BudgetPlan(scenario: scenario, tiers: .seedDefaults)
    }
}

@Suite("Budget reports: golden files of the base scenario")
struct BudgetGoldenTests {
    @Test("every format of the base scenario matches its golden file", arguments: BudgetReport.formats)
    func golden(format: ReportFormat) throws {
        let plan = try BudgetSample.basePlan()
        try goldenFiles.check(BudgetReport.render(plan, format: format), "budget/base.\(format.fileExtension)")
    }

    @Test("rendering twice gives the same bytes", arguments: BudgetReport.formats)
    func deterministic(format: ReportFormat) throws {
        let plan = try BudgetSample.basePlan()
        #expect(BudgetReport.render(plan, format: format) == BudgetReport.render(plan, format: format))
    }
}
