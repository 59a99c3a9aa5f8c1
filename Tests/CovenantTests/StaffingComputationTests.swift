import CovenantFormat
import Testing

@testable import Covenant

/// STAFFING.md's example scenario built in code, and small variations of it.
enum StaffingExample {
    static func usd(_ dollars: Int64) -> Money { Money(minorUnits: dollars * 100, currency: .usd) }
    static func month(_ year: Int, _ month: Int) -> LocalMonth { LocalMonth(year: year, month: month)! }
    static func decimal(_ text: String) -> DecimalNumber { ScalarReader.decimal(text)! }

    static let tiers = StaffingTierTerms.seedDefaults

    static func point(_ year: Int, _ month: Int, _ starter: Int64, _ professional: Int64, _ enterprise: Int64)
        -> CustomerPoint
    {
        CustomerPoint(
            month: Self.month(year, month),
            counts: ["starter": starter, "professional": professional, "enterprise": enterprise])
    }

    /// The scenario of STAFFING.md, as written there.
    static var base: StaffingScenario {
        StaffingScenario(
            plan: "Base case 2026-2028", start: month(2026, 1), months: 36, catalogVersion: "2026.1",
            customerPoints: [
                point(2026, 1, 3, 1, 0), point(2026, 6, 8, 4, 1), point(2026, 12, 14, 8, 3), point(2028, 12, 30, 20, 8),
            ],
            fees: ["starter": usd(2500), "professional": usd(15000), "enterprise": usd(75000)],
            workload: WorkloadAssumptions(
                ticketsPerCustomer: [
                    "starter": decimal("3"), "professional": decimal("6"), "enterprise": decimal("12"),
                ],
                autoResolution: decimal("45"), minutesPerTicket: decimal("40"), productiveHours: decimal("120")),
            roles: PerRole(
                csm: StaffingRole(salary: usd(120_000), overhead: decimal("20"), basis: .ratio([:])),
                supportEngineer: StaffingRole(salary: usd(150_000), overhead: decimal("20"), basis: .workload),
                vpCustomerSuccess: StaffingRole(
                    salary: usd(180_000), overhead: decimal("20"), basis: .fromCustomers(40))),
            staffing: StaffingPolicy(
                step: decimal("0.5"), founderUntilCustomers: 6, contractorUntilCustomers: 15,
                contractorRate: ContractorRate(amount: usd(15000), periodMonths: 3, fte: decimal("0.5")),
                neverFire: true),
            onCall: [
                OnCallRotation(name: "support", weekly: usd(500), fromCustomers: 6),
                OnCallRotation(name: "engineering", weekly: usd(750), fromCustomers: 15),
            ],
            tools: [
                SupportTool(name: "Status page", monthly: usd(29)), SupportTool(name: "Monitoring", monthly: usd(150)),
                SupportTool(name: "Paging", monthly: usd(30), fromCustomers: 6),
                SupportTool(name: "Help desk", monthly: usd(50), fromCustomers: 10),
            ],
            thresholds: BudgetThresholds(target: decimal("10"), redFlag: decimal("15")))
    }

    static var basePlan: BudgetPlan { BudgetPlan(scenario: base, tiers: tiers) }

    static func month(of plan: BudgetPlan, _ year: Int, _ month: Int) -> BudgetMonth {
        plan.months.first { $0.month == Self.month(year, month) }!
    }
}

@Suite("Staffing plan: each step of STAFFING.md in numbers")
struct StaffingComputationTests {
    typealias E = StaffingExample

    // MARK: Step 1: customers and revenue

    @Test(
        "customers grow linearly between points, rounded down per tier, then hold flat",
        arguments: [
            (2026, 1, [3, 1, 0]), (2026, 2, [4, 1, 0]), (2026, 3, [5, 2, 0]), (2026, 4, [6, 2, 0]),
            (2026, 5, [7, 3, 0]), (2026, 6, [8, 4, 1]), (2026, 7, [9, 4, 1]), (2026, 8, [10, 5, 1]),
            (2026, 12, [14, 8, 3]), (2027, 1, [14, 8, 3]), (2027, 12, [22, 14, 5]), (2028, 12, [30, 20, 8]),
        ])
    func interpolation(year: Int, month: Int, counts: [Int64]) {
        let customers = E.base.customers(in: E.month(year, month))
        #expect([customers["starter"], customers["professional"], customers["enterprise"]] == counts)
    }

    @Test("before the first point and after the last, counts are held at the nearest point")
    func heldFlat() {
        var scenario = E.base
        scenario.customerPoints = [E.point(2026, 3, 5, 2, 0), E.point(2026, 5, 7, 4, 2)]
        #expect(scenario.customers(in: E.month(2026, 1)) == ["starter": 5, "professional": 2, "enterprise": 0])
        #expect(scenario.customers(in: E.month(2027, 6)) == ["starter": 7, "professional": 4, "enterprise": 2])
    }

    @Test("falling counts are rounded down too: 10 to 5 over two months gives 7 in between")
    func fallingCounts() {
        var scenario = E.base
        scenario.customerPoints = [E.point(2026, 1, 10, 0, 0), E.point(2026, 3, 5, 0, 0)]
        #expect(scenario.customers(in: E.month(2026, 2))["starter"] == 7)
    }

    @Test("revenue is customers times fees: 3 × 2,500 + 1 × 15,000 = 22,500.00")
    func revenue() {
        let plan = E.basePlan
        #expect(E.month(of: plan, 2026, 1).revenue.plain == "22500.00")
        #expect(E.month(of: plan, 2026, 6).revenue.plain == "155000.00")
    }

    @Test("a scenario fee replaces the list fee of its tier only")
    func feeOverride() {
        let revenue = BudgetPlan.revenue(
            ["starter": 3, "professional": 1], fees: ["starter": E.usd(2000)], tiers: E.tiers)
        #expect(revenue.plain == "21000.00")
    }

    // MARK: Step 2: tickets and hours

    @Test("tickets 15, human tickets 8.25 and human hours 5.5 in 2026-01")
    func ticketsAndHours() {
        let month = E.month(of: E.basePlan, 2026, 1)
        #expect(month.tickets == StaffingFraction(15))
        #expect(month.humanTickets == StaffingFraction(825, over: 100))
        #expect(month.humanHours == StaffingFraction(11, over: 2))
    }

    // MARK: Step 3: required FTE

    @Test("required FTE in 2026-01: CSM 3/12 + 1/4 = 0.5; support engineer 5.5 / 120; no VP")
    func requiredFTE() {
        let month = E.month(of: E.basePlan, 2026, 1)
        #expect(month.required.csm == StaffingFraction(1, over: 2))
        #expect(month.required.supportEngineer == StaffingFraction(11, over: 240))
        #expect(month.required.supportEngineer.decimal(places: 2, rounding: .halfUp).description == "0.05")
        #expect(month.required.vpCustomerSuccess.isZero)
    }

    @Test("a ratio given in the scenario replaces the catalog's for its tier")
    func ratioOverride() {
        let need = BudgetPlan.requiredFTE(
            .ratio(["starter": 10]), customers: ["starter": 5, "professional": 2], humanHours: .zero, peakCustomers: 7,
            workload: E.base.workload, tiers: E.tiers)
        #expect(need == StaffingFraction(1))
    }

    @Test("the VP is required from the month customers first reach 40, and stays")
    func vpTrigger() {
        let plan = E.basePlan
        #expect(E.month(of: plan, 2027, 11).totalCustomers == 39)
        #expect(E.month(of: plan, 2027, 11).required.vpCustomerSuccess.isZero)
        #expect(E.month(of: plan, 2027, 12).totalCustomers == 41)
        #expect(E.month(of: plan, 2027, 12).required.vpCustomerSuccess == .one)
        #expect(plan.firstStaffed.vpCustomerSuccess == E.month(2027, 12))

        var falling = E.base
        falling.customerPoints = [E.point(2026, 1, 40, 0, 0), E.point(2026, 3, 20, 0, 0)]
        falling.staffing.neverFire = false
        let fallingPlan = BudgetPlan(scenario: falling, tiers: E.tiers)
        #expect(fallingPlan.months[2].totalCustomers == 20)
        #expect(fallingPlan.months[2].required.vpCustomerSuccess == .one)
        #expect(fallingPlan.months[2].staffed.vpCustomerSuccess == .one)
    }

    // MARK: Step 4: staffed FTE

    @Test(
        "required FTE is rounded up to the step",
        arguments: [("0.0825", "0.5"), ("0.5", "0.5"), ("0.9167", "1"), ("1", "1"), ("2.1667", "2.5"), ("0", "0")])
    func steps(required: String, staffed: String) {
        let value = StaffingFraction(E.decimal(required)).roundedUp(toMultipleOf: StaffingFraction(E.decimal("0.5")))
        #expect(value == StaffingFraction(E.decimal(staffed)))
    }

    @Test("the founder carries the load below 6 customers: nobody staffed, only tools paid")
    func founderPhase() {
        let plan = E.basePlan
        for month in plan.months.prefix(2) {
            #expect(month.totalCustomers < 6)
            #expect(month.phase == .founder)
            #expect(month.staffed == PerRole(repeating: .zero))
            #expect(month.totalCost == month.costs[.tools])
        }
    }

    @Test("from 6 to 14 customers CSM capacity is contracted at 15,000 a quarter per 0.5 FTE; no support engineer")
    func contractorPhase() {
        let plan = E.basePlan
        let march = E.month(of: plan, 2026, 3)
        #expect(march.totalCustomers == 7)
        #expect(march.phase == .contractor)
        #expect(march.required.csm == StaffingFraction(11, over: 12))
        #expect(march.staffed.csm == .one)
        #expect(march.staffed.supportEngineer.isZero)
        #expect(march.costs[.contractors].plain == "10000.00")
        #expect(march.costs[.csm].plain == "0.00")
        let july = E.month(of: plan, 2026, 7)
        #expect(july.totalCustomers == 14 && july.phase == .contractor)
        #expect(july.staffed.csm == StaffingFraction(5, over: 2))
        #expect(july.costs[.contractors].plain == "25000.00")
        #expect(plan.firstStaffed.csm == E.month(2026, 3))
    }

    @Test("from 15 customers people are salaried; the support engineer is first staffed in 2026-08")
    func salariedPhase() {
        let plan = E.basePlan
        let august = E.month(of: plan, 2026, 8)
        #expect(august.totalCustomers == 16 && august.phase == .salaried)
        #expect(august.required.csm == StaffingFraction(31, over: 12))
        #expect(august.staffed.csm == StaffingFraction(3))
        #expect(august.staffed.supportEngineer == StaffingFraction(1, over: 2))
        #expect(august.costs[.contractors].plain == "0.00")
        #expect(august.costs[.csm].plain == "36000.00")
        #expect(august.costs[.supportEngineer].plain == "7500.00")
        #expect(plan.firstStaffed.supportEngineer == E.month(2026, 8))
    }

    @Test("with never_fire staffed FTE never falls; without it, it follows the requirement down")
    func ratchet() {
        var scenario = E.base
        scenario.customerPoints = [E.point(2026, 1, 0, 40, 0), E.point(2026, 2, 0, 30, 0)]
        let kept = BudgetPlan(scenario: scenario, tiers: E.tiers)
        #expect(kept.months[0].staffed.csm == StaffingFraction(10))
        #expect(kept.months[1].required.csm == StaffingFraction(15, over: 2))
        #expect(kept.months[1].staffed.csm == StaffingFraction(10))
        scenario.staffing.neverFire = false
        let followed = BudgetPlan(scenario: scenario, tiers: E.tiers)
        #expect(followed.months[1].staffed.csm == StaffingFraction(15, over: 2))
    }

    @Test("with never_fire a plan does not fall back into the founder or contractor phase")
    func phasesRatchet() {
        let policy = E.base.staffing
        #expect(BudgetPlan.phase(totalCustomers: 5, previous: .salaried, policy: policy) == .salaried)
        #expect(BudgetPlan.phase(totalCustomers: 10, previous: .salaried, policy: policy) == .salaried)
        var loose = policy
        loose.neverFire = false
        #expect(BudgetPlan.phase(totalCustomers: 5, previous: .salaried, policy: loose) == .founder)
        #expect(BudgetPlan.phase(totalCustomers: 10, previous: .salaried, policy: loose) == .contractor)
        #expect(BudgetPlan.phase(totalCustomers: 15, previous: nil, policy: loose) == .salaried)
    }

    // MARK: Step 5: costs

    @Test(
        "a role costs FTE × salary × (1 + overhead) / 12, rounded half-up once",
        arguments: [
            ("2.5", 120_000, "20", "30000.00"), ("1", 150_000, "20", "15000.00"), ("0.5", 150_000, "20", "7500.00"),
            ("1", 180_000, "20", "18000.00"), ("1", 100_000, "0", "8333.33"), ("0.5", 100_001, "0", "4166.71"),
        ])
    func roleCost(fte: String, salary: Int64, overhead: String, expected: String) {
        let role = StaffingRole(salary: E.usd(salary), overhead: E.decimal(overhead), basis: .workload)
        #expect(role.monthlyCost(of: StaffingFraction(E.decimal(fte))).plain == expected)
    }

    @Test(
        "contractor capacity costs the quarterly price / 3 per 0.5 FTE",
        arguments: [("0.5", "5000.00"), ("1", "10000.00"), ("2.5", "25000.00")])
    func contractorCost(fte: String, expected: String) {
        let rate = E.base.staffing.contractorRate!
        #expect(rate.monthlyCost(of: StaffingFraction(E.decimal(fte))).plain == expected)
    }

    @Test(
        "on-call costs weekly × days in month / 7, rounded once for the line",
        arguments: [
            (2026, 3, "2214.29"), (2026, 4, "2142.86"), (2026, 8, "5535.71"), (2027, 2, "5000.00"),
            (2028, 2, "5178.57"),
        ])
    func onCall(year: Int, month: Int, expected: String) {
        #expect(E.month(of: E.basePlan, year, month).costs[.onCall].plain == expected)
    }

    @Test(
        "tools are paid from their customer counts: 179 at first, 209 from 6, 259 from 10",
        arguments: [(2026, 1, "179.00"), (2026, 3, "209.00"), (2026, 5, "259.00"), (2028, 12, "259.00")])
    func tools(year: Int, month: Int, expected: String) {
        #expect(E.month(of: E.basePlan, year, month).costs[.tools].plain == expected)
    }

    @Test("2026-03 in full: contractors 10,000 + on-call 2,214.29 + tools 209 = 12,423.29")
    func monthTotal() {
        let march = E.month(of: E.basePlan, 2026, 3)
        #expect(march.totalCost.plain == "12423.29")
        #expect(march.shownShare?.description == "29.23")
        #expect(march.status == .red)
    }

    // MARK: Step 6: share and status

    @Test("share is cost / revenue in percent cut toward zero: 179 / 22,500 = 0.7955… shows 0.79")
    func shareCut() {
        let january = E.month(of: E.basePlan, 2026, 1)
        #expect(january.share == StaffingFraction(179 * 100, over: 22_500))
        #expect(january.shownShare?.description == "0.79")
        #expect(january.status == .ok)
    }

    @Test(
        "status: ok below the target, watch from the target up to and including the red flag, red above",
        arguments: [
            (99_999, BudgetStatus.ok), (100_000, .watch), (120_000, .watch), (150_000, .watch), (150_001, .red),
            (0, .ok),
        ])
    func status(costCents: Int, expected: BudgetStatus) {
        let thresholds = E.base.thresholds
        let cost = Money(minorUnits: Int64(costCents), currency: .usd)
        let share = BudgetPlan.share(cost: cost, revenue: E.usd(10_000))
        #expect(thresholds.status(share: share, cost: cost) == expected)
    }

    @Test("without revenue there is no share: red when there is a cost, ok when there is none")
    func noRevenue() {
        #expect(BudgetPlan.share(cost: E.usd(5), revenue: E.usd(0)) == nil)
        #expect(E.base.thresholds.status(share: nil, cost: E.usd(5)) == .red)
        #expect(E.base.thresholds.status(share: nil, cost: E.usd(0)) == .ok)
    }

    // MARK: Totals

    @Test("yearly totals add the months; first staffed months")
    func years() {
        let plan = E.basePlan
        #expect(plan.years.map(\.year) == [2026, 2027, 2028])
        #expect(plan.years.map(\.months) == [12, 12, 12])
        for year in plan.years {
            let months = plan.months.filter { $0.month.year == year.year }
            #expect(year.revenue.minorUnits == months.reduce(0) { $0 + $1.revenue.minorUnits })
            #expect(year.totalCost.minorUnits == months.reduce(0) { $0 + $1.totalCost.minorUnits })
        }
        #expect(plan.years[0].revenue.plain == "1890000.00")
        #expect(plan.firstStaffed.csm == E.month(2026, 3))
    }

    @Test("tools and on-call rotations name the month they are first paid")
    func costItems() {
        let items = E.basePlan.costItems
        #expect(items.map(\.name) == ["Status page", "Monitoring", "Paging", "Help desk", "support", "engineering"])
        #expect(
            items.map { $0.firstMonth?.description } == [
                "2026-01", "2026-01", "2026-03", "2026-05", "2026-03", "2026-08",
            ])
    }
}
