import CovenantFormat

/// The month's portfolio summary for finance (RULES.md §8): one row per
/// contract, totals of charges and credits per tier and overall.
public struct Portfolio: Sendable {
    /// Charges and credits added up.
    public struct Totals: Sendable, Hashable {
        /// How many statements.
        public var contracts: Int
        /// Sum of charges, in `Int128`: no count of contracts overflows it.
        public var charges: MoneyTotal
        /// Sum of credits issued.
        public var credits: MoneyTotal
    }

    /// The month.
    public var month: LocalMonth
    /// The statements, in contract-id order.
    public var statements: [MonthStatement]

    /// Creates a summary.
    public init(month: LocalMonth, statements: [MonthStatement]) {
        self.month = month
        self.statements = statements
    }

    /// The currencies present, sorted by code.
    public var currencies: [Currency] {
        Array(Set(statements.map(\.contract.currency))).sorted { $0.code < $1.code }
    }

    /// Totals per tier (tiers in name order) for one currency.
    public func totalsByTier(currency: Currency) -> [(tier: TierName, totals: Totals)] {
        let tiers = Set(statements.filter { $0.contract.currency == currency }.map(\.contract.tier)).sorted()
        return tiers.map { tier in (tier, totals(currency: currency) { $0.contract.tier == tier }) }
    }

    /// Totals over every statement in one currency that passes `include`.
    public func totals(currency: Currency, where include: (MonthStatement) -> Bool = { _ in true }) -> Totals {
        var result = Totals(contracts: 0, charges: .zero(currency), credits: .zero(currency))
        for statement in statements where statement.contract.currency == currency && include(statement) {
            result.contracts += 1
            result.charges += statement.charge.amount
            result.credits += statement.credit.amount
        }
        return result
    }
}
