import CovenantFormat

/// What one role costs and how its required FTE is found.
public struct StaffingRole: Sendable, Hashable {
    /// How a role's required FTE is found.
    public enum Basis: Sendable, Hashable {
        /// Customers of each tier divided by customers per person
        /// (`ratio:`); tiers not listed, or all with `from-catalog`, take
        /// the catalog's ratio.
        case ratio([TierName: Int64])
        /// Human ticket hours divided by productive hours (`covers: workload`).
        case workload
        /// One person from the month total customers first reach a count.
        case fromCustomers(Int64)
    }

    /// The yearly salary.
    public var salary: Money
    /// Benefits and taxes on top of the salary, in percent (`20` for 20%).
    public var overhead: DecimalNumber
    /// How the required FTE is found.
    public var basis: Basis

    /// Creates a role.
    public init(salary: Money, overhead: DecimalNumber, basis: Basis) {
        self.salary = salary
        self.overhead = overhead
        self.basis = basis
    }

    /// The cost of `fte` people for one month, `fte × salary × (1 + overhead) / 12`,
    /// rounded half-up once to the minor unit.
    public func monthlyCost(of fte: StaffingFraction) -> Money {
        let loaded = StaffingFraction.one + StaffingFraction(overhead) / StaffingFraction(100)
        let factor = fte * loaded / StaffingFraction(12)
        return salary.scaled(by: factor.numerator, over: factor.denominator, rounding: .halfUp)
    }
}
