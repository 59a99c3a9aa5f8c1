import CovenantFormat

/// The month's portfolio summary for finance (RULES.md §8): one row per
/// contract, totals of charges and credits per tier and overall.
public struct Portfolio: Sendable {
    /// Charges and credits added up: what finance posts.
    public struct Totals: Sendable, Hashable {
        /// How many statements.
        public var contracts: Int
        /// Sum of charges, in `Int128`: no count of contracts overflows it.
        public var charges: MoneyTotal
        /// Sum of credits earned (issued on the month's statements).
        public var earned: MoneyTotal
        /// Of those, the sum applied to the next month's invoices.
        public var applied: MoneyTotal
        /// Of those, the sum forfeited.
        public var forfeited: MoneyTotal

        /// Nothing yet, in a currency.
        public init(currency: Currency) {
            contracts = 0
            charges = .zero(currency)
            earned = .zero(currency)
            applied = .zero(currency)
            forfeited = .zero(currency)
        }

        /// Adds one statement.
        public mutating func add(_ statement: MonthStatement) {
            contracts += 1
            charges += statement.charge.amount
            earned += statement.credit.amount
            applied += statement.credit.applied
            forfeited += statement.credit.forfeited
        }
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
        // One pass, the statements read in place: a month-end has ten thousand of them.
        var byTier: [TierName: Totals] = [:]
        for index in statements.indices where statements[index].contract.currency == currency {
            byTier[statements[index].contract.tier, default: Totals(currency: currency)].add(statements[index])
        }
        return byTier.keys.sorted().map { ($0, byTier[$0]!) }
    }

    /// Totals over every statement in one currency.
    public func totals(currency: Currency) -> Totals {
        var result = Totals(currency: currency)
        for index in statements.indices where statements[index].contract.currency == currency {
            result.add(statements[index])
        }
        return result
    }
}
