import CovenantFormat

extension StaffingScenario {
    /// The bounds a scenario is held to, so that every figure of its plan
    /// is computed exactly in 128-bit fractions and 64-bit minor units and
    /// an absurd file is an error, never a crash.
    enum Limits {
        /// Customers of one tier at one point.
        static let customers: Int64 = 1_000_000
        /// Months in a plan (a century).
        static let months: Int64 = 1_200
        /// Tickets per customer, minutes per ticket, productive hours, FTE steps.
        static let quantity: Int64 = 100_000
        /// Fraction digits of those quantities and of percentages.
        static let decimalPlaces = 2
        /// One amount read from the file, in minor units.
        static let minorUnits: Int64 = 100_000_000_000
        /// Staffed FTE of one role in one month.
        static let fte: Int64 = 1_000_000_000
        /// Revenue or total cost of one month, in minor units.
        static let monthlyMinorUnits: Int128 = 1_000_000_000_000_000
    }

    /// Why the plan's figures would be too large to compute exactly, or
    /// `nil`. The bound takes every tier at its largest count of any point,
    /// which no month exceeds.
    func magnitudeProblem(tiers: StaffingTierTerms) -> String? {
        var most: [TierName: Int64] = [:]
        for point in customerPoints {
            for (tier, count) in point.counts { most[tier] = max(most[tier] ?? 0, count) }
        }
        let total = most.values.reduce(0, +)
        let revenue = tiers.tiers.reduce(Int128(0)) {
            $0 + Int128(most[$1.name] ?? 0) * Int128((fees[$1.name] ?? $1.listFee).minorUnits)
        }
        let tickets = BudgetPlan.tickets(most, workload: workload, tiers: tiers)
        let hours = BudgetPlan.humanHours(
            BudgetPlan.humanTickets(tickets, autoResolution: workload.autoResolution),
            minutesPerTicket: workload.minutesPerTicket)
        let step = StaffingFraction(staffing.step)
        let fteLimit = StaffingFraction(Limits.fte)
        var fte = PerRole(repeating: StaffingFraction.zero)
        for role in StaffingRoleName.allCases {
            let need = BudgetPlan.requiredFTE(
                roles[role].basis, customers: most, humanHours: hours, peakCustomers: total, workload: workload,
                tiers: tiers)
            guard need <= fteLimit else {
                return "the plan would staff more than \(Limits.fte) \(role.title) FTE in a month; check its figures"
            }
            fte[role] = need.roundedUp(toMultipleOf: step)
        }
        var cost = StaffingFraction.zero
        for role in StaffingRoleName.allCases {
            let loaded = StaffingFraction.one + StaffingFraction(roles[role].overhead) / StaffingFraction(100)
            cost = cost + fte[role] * StaffingFraction(roles[role].salary.minorUnits) * loaded / StaffingFraction(12)
        }
        if let rate = staffing.contractorRate {
            cost = cost + fte.csm * StaffingFraction(rate.amount.minorUnits) / StaffingFraction(rate.fte)
        }
        cost =
            cost
            + onCall.reduce(StaffingFraction.zero) { $0 + StaffingFraction($1.weekly.minorUnits) * StaffingFraction(5) }
        cost = cost + tools.reduce(StaffingFraction.zero) { $0 + StaffingFraction($1.monthly.minorUnits) }
        let limit = StaffingFraction(Limits.monthlyMinorUnits, over: 1)
        guard revenue <= Limits.monthlyMinorUnits, cost <= limit else {
            let shown = Money(minorUnits: Int64(Limits.monthlyMinorUnits), currency: tiers.currency)
            return
                "the plan's monthly revenue or cost could exceed \(shown.plain) \(tiers.currency.code); check its "
                + "figures"
        }
        return nil
    }
}
