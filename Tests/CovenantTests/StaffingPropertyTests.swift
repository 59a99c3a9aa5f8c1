import CovenantFormat
import CovenantTestSupport
import Testing

@testable import Covenant

@Suite("Staffing plan: properties over seeded random scenarios")
struct StaffingPropertyTests {
    typealias E = StaffingExample

    /// A random scenario, from ordinary to the edge of the decoder's limits.
    static func scenario(_ random: inout SplitMix64) -> StaffingScenario {
        func decimal(_ range: ClosedRange<Int64>) -> DecimalNumber {
            DecimalNumber(significand: Int64.random(in: range, using: &random), scale: 2)
        }
        func count(_ range: ClosedRange<Int64>) -> Int64 { Int64.random(in: range, using: &random) }
        let huge = Bool.random(using: &random)
        let top: Int64 = huge ? StaffingScenario.Limits.customers : 60
        var scenario = E.base
        scenario.months = Int.random(in: 1...60, using: &random)
        var month = scenario.start
        scenario.customerPoints = (0..<Int.random(in: 1...5, using: &random)).map { _ in
            defer { month = month.adding(months: Int.random(in: 1...12, using: &random)) }
            return CustomerPoint(
                month: month,
                counts: ["starter": count(0...top), "professional": count(0...top), "enterprise": count(0...top)])
        }
        let end = scenario.end
        scenario.customerPoints.removeAll { $0.month > end }
        scenario.workload.ticketsPerCustomer = [
            "starter": decimal(0...(huge ? 10_000_000 : 2_000)), "professional": decimal(0...2_000),
            "enterprise": decimal(0...3_000),
        ]
        scenario.workload.autoResolution = decimal(0...10_000)
        scenario.workload.minutesPerTicket = decimal(0...(huge ? 10_000_000 : 10_000))
        scenario.workload.productiveHours = decimal(1...(huge ? 10_000_000 : 20_000))
        scenario.roles.csm.overhead = decimal(0...10_000)
        scenario.staffing.step = decimal(1...200)
        scenario.staffing.founderUntilCustomers = count(0...10)
        scenario.staffing.contractorUntilCustomers = count(0...30)
        scenario.staffing.neverFire = Bool.random(using: &random)
        scenario.roles.vpCustomerSuccess.basis = .fromCustomers(count(0...100))
        return scenario
    }

    @Test("within the limits the plan computes and its figures hold together", arguments: 0..<200)
    func invariants(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let scenario = Self.scenario(&random)
        guard scenario.magnitudeProblem(tiers: E.tiers) == nil else { return }
        let plan = BudgetPlan(scenario: scenario, tiers: E.tiers)
        #expect(plan.months.count == scenario.months)
        let step = StaffingFraction(scenario.staffing.step)
        var previous: BudgetMonth?
        for month in plan.months {
            #expect(month.totalCost == BudgetCostLine.allCases.reduce(.zero(.usd)) { $0 + month.costs[$1] })
            for role in [StaffingRoleName.csm, .supportEngineer] {
                let steps = month.staffed[role] / step
                #expect(steps.denominator == 1 || (scenario.staffing.neverFire && previous != nil))
                if month.phase == .salaried || (month.phase == .contractor && role == .csm) {
                    #expect(month.staffed[role] >= month.required[role])
                }
            }
            if month.phase == .founder { #expect(month.staffed == PerRole(repeating: .zero)) }
            if scenario.staffing.neverFire, let previous {
                for role in StaffingRoleName.allCases { #expect(month.staffed[role] >= previous.staffed[role]) }
            }
            if let share = month.share, let shown = month.shownShare {
                #expect(StaffingFraction(shown) <= share)
                #expect(share - StaffingFraction(shown) < StaffingFraction(1, over: 100))
            }
            previous = month
        }
        #expect(plan.years.reduce(0) { $0 + $1.months } == plan.months.count)
    }

    @Test("the generator reaches plans near the limits that still compute")
    func coverage() {
        var computed = 0
        var large = 0
        for seed in 0..<200 {
            var random = SplitMix64(seed: UInt64(seed))
            let scenario = Self.scenario(&random)
            guard scenario.magnitudeProblem(tiers: E.tiers) == nil else { continue }
            computed += 1
            if scenario.customerPoints.contains(where: { $0.counts.values.contains { $0 >= 100_000 } }) { large += 1 }
        }
        #expect(computed >= 100)
        #expect(large >= 20)
    }
}
