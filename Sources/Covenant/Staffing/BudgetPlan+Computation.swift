import CovenantFormat

extension BudgetPlan {
    /// Computes a scenario's plan month by month (STAFFING.md, "How a month
    /// is computed"), taking list fees and customers per CSM from `tiers`
    /// where the scenario does not give its own.
    public init(scenario: StaffingScenario, tiers: StaffingTierTerms) {
        let currency = tiers.currency
        var months: [BudgetMonth] = []
        var state = Progress()
        for offset in 0..<scenario.months {
            let month = scenario.start.adding(months: offset)
            let computed = Self.month(month, of: scenario, tiers: tiers, after: state)
            months.append(computed.month)
            state = computed.state
        }
        self.init(
            plan: scenario.plan, currency: currency, tiers: tiers.names, thresholds: scenario.thresholds,
            months: months, years: Self.years(of: months, currency: currency),
            firstStaffed: PerRole<LocalMonth?>(repeating: nil).map { role, _ in
                months.first { !$0.staffed[role].isZero }?.month
            },
            costItems: Self.costItems(of: scenario, months: months))
    }

    /// What one month carries over to the next.
    struct Progress: Sendable, Hashable {
        /// Staffed FTE of the previous month.
        var staffed = PerRole(repeating: StaffingFraction.zero)
        /// The highest total customers reached so far (triggers latch on it).
        var peakCustomers: Int64 = 0
        /// The phase of the previous month; `nil` before the first.
        var phase: StaffingPhase?
    }

    /// Steps 1–6 for one month.
    static func month(
        _ month: LocalMonth, of scenario: StaffingScenario, tiers: StaffingTierTerms, after previous: Progress
    ) -> (month: BudgetMonth, state: Progress) {
        let currency = tiers.currency
        let customers = scenario.customers(in: month)
        let total = tiers.names.reduce(Int64(0)) { $0 + (customers[$1] ?? 0) }
        let peak = max(previous.peakCustomers, total)

        let revenue = Self.revenue(customers, fees: scenario.fees, tiers: tiers)
        let tickets = Self.tickets(customers, workload: scenario.workload, tiers: tiers)
        let humanTickets = Self.humanTickets(tickets, autoResolution: scenario.workload.autoResolution)
        let humanHours = Self.humanHours(humanTickets, minutesPerTicket: scenario.workload.minutesPerTicket)
        let required = scenario.roles.map { _, role in
            Self.requiredFTE(
                role.basis, customers: customers, humanHours: humanHours, peakCustomers: peak,
                workload: scenario.workload, tiers: tiers)
        }
        let phase = Self.phase(totalCustomers: total, previous: previous.phase, policy: scenario.staffing)
        let staffed = Self.staffedFTE(required, phase: phase, previous: previous.staffed, policy: scenario.staffing)
        let costs = Self.costs(
            staffed: staffed, phase: phase, peakCustomers: peak, month: month, scenario: scenario,
            currency: currency)
        let share = Self.share(cost: costs.total, revenue: revenue)
        let budgetMonth = BudgetMonth(
            month: month, customers: customers, totalCustomers: total, revenue: revenue, tickets: tickets,
            humanTickets: humanTickets, humanHours: humanHours, required: required, staffed: staffed, phase: phase,
            costs: costs, share: share, status: scenario.thresholds.status(share: share, cost: costs.total))
        return (budgetMonth, Progress(staffed: staffed, peakCustomers: peak, phase: phase))
    }

    // MARK: - Step 1: revenue

    /// Σ customers × fee, with the scenario's fee where given, else the list fee.
    static func revenue(_ customers: [TierName: Int64], fees: [TierName: Money], tiers: StaffingTierTerms) -> Money {
        var cents: Int64 = 0
        for tier in tiers.tiers {
            let fee = fees[tier.name] ?? tier.listFee
            cents += (customers[tier.name] ?? 0) * fee.minorUnits
        }
        return Money(minorUnits: cents, currency: tiers.currency)
    }

    // MARK: - Step 2: tickets and hours

    /// Σ customers × tickets per customer.
    static func tickets(
        _ customers: [TierName: Int64], workload: WorkloadAssumptions, tiers: StaffingTierTerms
    ) -> StaffingFraction {
        tiers.names.reduce(StaffingFraction.zero) { sum, tier in
            sum + StaffingFraction(customers[tier] ?? 0) * StaffingFraction(workload.tickets(of: tier))
        }
    }

    /// Tickets × (1 − auto-resolution).
    static func humanTickets(_ tickets: StaffingFraction, autoResolution: DecimalNumber) -> StaffingFraction {
        tickets * (StaffingFraction.one - StaffingFraction(autoResolution) / StaffingFraction(100))
    }

    /// Human tickets × minutes per ticket / 60.
    static func humanHours(_ humanTickets: StaffingFraction, minutesPerTicket: DecimalNumber) -> StaffingFraction {
        humanTickets * StaffingFraction(minutesPerTicket) / StaffingFraction(60)
    }

    // MARK: - Step 3: required FTE

    /// A role's required FTE: Σ customers of a tier / its ratio; human hours
    /// / productive hours; or one from the month customers first reach the
    /// trigger (`peakCustomers` is the most customers so far).
    static func requiredFTE(
        _ basis: StaffingRole.Basis, customers: [TierName: Int64], humanHours: StaffingFraction,
        peakCustomers: Int64, workload: WorkloadAssumptions, tiers: StaffingTierTerms
    ) -> StaffingFraction {
        switch basis {
        case .ratio(let overrides):
            return tiers.tiers.reduce(StaffingFraction.zero) { sum, tier in
                let ratio = overrides[tier.name] ?? tier.customersPerCSM
                return sum + StaffingFraction(Int128(customers[tier.name] ?? 0), over: Int128(ratio))
            }
        case .workload:
            return humanHours / StaffingFraction(workload.productiveHours)
        case .fromCustomers(let trigger):
            return peakCustomers >= trigger ? .one : .zero
        }
    }

    // MARK: - Step 4: staffed FTE

    /// The founder carries the load while total customers are below
    /// `founder_until_customers`; then CSM capacity is contracted while they
    /// are below `contractor_until_customers`; then people are salaried.
    /// With `never_fire` a plan never returns to an earlier phase.
    static func phase(totalCustomers: Int64, previous: StaffingPhase?, policy: StaffingPolicy) -> StaffingPhase {
        let phase: StaffingPhase
        if totalCustomers < policy.founderUntilCustomers {
            phase = .founder
        } else if totalCustomers < policy.contractorUntilCustomers {
            phase = .contractor
        } else {
            phase = .salaried
        }
        guard policy.neverFire, let previous else { return phase }
        let order = StaffingPhase.allCases
        return order.firstIndex(of: previous)! > order.firstIndex(of: phase)! ? previous : phase
    }

    /// Required FTE rounded up to the step (the VP is one person, not
    /// rounded); zero in the founder phase; no support engineer in the
    /// contractor phase; never below last month's with `never_fire`.
    static func staffedFTE(
        _ required: PerRole<StaffingFraction>, phase: StaffingPhase, previous: PerRole<StaffingFraction>,
        policy: StaffingPolicy
    ) -> PerRole<StaffingFraction> {
        let step = StaffingFraction(policy.step)
        return required.map { role, need in
            var staffed: StaffingFraction
            switch (phase, role) {
            case (.founder, _), (.contractor, .supportEngineer): staffed = .zero
            case (_, .vpCustomerSuccess): staffed = need
            default: staffed = need.roundedUp(toMultipleOf: step)
            }
            if policy.neverFire { staffed = max(staffed, previous[role]) }
            return staffed
        }
    }

    // MARK: - Step 5: costs

    /// Each cost line, rounded half-up once: salaried roles at
    /// `FTE × salary × (1 + overhead) / 12`, contracted CSM capacity at the
    /// contractor rate, on-call at `weekly × days in month / 7`, and tools.
    static func costs(
        staffed: PerRole<StaffingFraction>, phase: StaffingPhase, peakCustomers: Int64, month: LocalMonth,
        scenario: StaffingScenario, currency: Currency
    ) -> BudgetCosts {
        var costs = BudgetCosts(currency: currency)
        let contracted = phase == .contractor
        costs[.csm] = contracted ? .zero(currency) : scenario.roles.csm.monthlyCost(of: staffed.csm)
        costs[.supportEngineer] = scenario.roles.supportEngineer.monthlyCost(of: staffed.supportEngineer)
        costs[.vpCustomerSuccess] = scenario.roles.vpCustomerSuccess.monthlyCost(of: staffed.vpCustomerSuccess)
        if contracted, let rate = scenario.staffing.contractorRate {
            costs[.contractors] = rate.monthlyCost(of: staffed.csm)
        }
        let weekly = scenario.onCall.filter { peakCustomers >= $0.fromCustomers }
            .reduce(Money.zero(currency)) { $0 + $1.weekly }
        costs[.onCall] = weekly.scaled(by: Int128(month.numberOfDays), over: 7, rounding: .halfUp)
        costs[.tools] = scenario.tools.filter { peakCustomers >= $0.fromCustomers }
            .reduce(Money.zero(currency)) { $0 + $1.monthly }
        return costs
    }

    // MARK: - Step 6: share

    /// Cost / revenue in percent, exact; `nil` without revenue.
    static func share(cost: Money, revenue: Money) -> StaffingFraction? {
        guard revenue.minorUnits != 0 else { return nil }
        return StaffingFraction(Int128(cost.minorUnits) * 100, over: Int128(revenue.minorUnits))
    }

    // MARK: - Totals

    /// Revenue and cost summed per calendar year.
    static func years(of months: [BudgetMonth], currency: Currency) -> [BudgetYear] {
        var years: [BudgetYear] = []
        for month in months {
            if years.last?.year != month.month.year {
                years.append(
                    BudgetYear(year: month.month.year, months: 0, revenue: .zero(currency), totalCost: .zero(currency)))
            }
            years[years.count - 1].months += 1
            years[years.count - 1].revenue = years[years.count - 1].revenue + month.revenue
            years[years.count - 1].totalCost = years[years.count - 1].totalCost + month.totalCost
        }
        return years
    }

    /// The tools and on-call rotations with the first month each is paid.
    static func costItems(of scenario: StaffingScenario, months: [BudgetMonth]) -> [BudgetCostItem] {
        func first(_ from: Int64) -> LocalMonth? { months.first { $0.totalCustomers >= from }?.month }
        return scenario.tools.map {
            BudgetCostItem(
                kind: .tool, name: $0.name, price: $0.monthly, fromCustomers: $0.fromCustomers,
                firstMonth: first($0.fromCustomers))
        }
            + scenario.onCall.map {
                BudgetCostItem(
                    kind: .onCall, name: $0.name, price: $0.weekly, fromCustomers: $0.fromCustomers,
                    firstMonth: first($0.fromCustomers))
            }
    }
}
