import CovenantFormat

/// The report over time (CLI.md `report`): per contract and per tier, month
/// by month, uptime against target, credits, support attainment against the
/// achievement targets, survey scores against the catalog's targets, and the
/// source policy's red flags: CSAT under 7.0 two months running, response
/// attainment under target. Every figure is a statement's own.
public struct PerformanceHistory: Sendable {
    /// One contract's months.
    public struct ContractRow: Sendable, Hashable {
        public var contract: ContractID
        public var customer: String
        public var tier: TierName
        public var currency: Currency
        /// The months with a statement, oldest first.
        public var months: [PerformanceMonth]

        /// A contract's row from its statements, oldest first (one at least).
        public init?(_ statements: [MonthStatement]) {
            guard let head = statements.first else { return nil }
            contract = head.contract.id
            customer = head.contract.customer
            tier = head.contract.tier
            currency = head.contract.currency
            months = statements.map(PerformanceMonth.init)
        }
    }

    /// A tier's contracts in one currency, pooled month by month.
    public struct TierRow: Sendable, Hashable {
        public var tier: TierName
        /// The tier's name for people, from the newest catalog version that has it.
        public var name: String
        public var currency: Currency
        /// The months with at least one statement, oldest first.
        public var months: [PerformanceMonth]
    }

    /// The first month.
    public var first: LocalMonth
    /// The last month.
    public var last: LocalMonth
    /// Each tier and currency, by tier then currency code.
    public var tiers: [TierRow]
    /// Each contract with a month of service in the range, in id order.
    public var contracts: [ContractRow]

    /// The history of contracts' statements from the month before `first`
    /// (which only tells whether CSAT was low the month before) to `last`,
    /// tiers judged against the catalog version in force on each month's
    /// first day.
    public init(first: LocalMonth, last: LocalMonth, statements: [[MonthStatement]], catalog: Catalog) {
        self.init(first: first, last: last, rows: statements.compactMap(ContractRow.init), catalog: catalog)
    }

    /// The history of contracts' rows (built from their statements with
    /// ``ContractRow/init(_:)``, each month before `first` only looked back at).
    public init(first: LocalMonth, last: LocalMonth, rows: [ContractRow], catalog: Catalog) {
        self.first = first
        self.last = last
        var contracts: [ContractRow] = []
        for var row in rows {
            row.months = Self.flagged(row.months).filter { $0.month >= first && $0.month <= last }
            if !row.months.isEmpty { contracts.append(row) }
        }
        self.contracts = contracts.sorted { $0.contract < $1.contract }
        tiers = Self.tiers(rows, first: first, last: last, catalog: catalog)
    }

    /// The months, each with its red flags (raised looking back at the month before).
    static func flagged(_ months: [PerformanceMonth]) -> [PerformanceMonth] {
        var result: [PerformanceMonth] = []
        var previous: PerformanceMonth?
        for var month in months {
            if let csat = month.surveys.csat, csat < RedFlag.csatFloor, let before = previous,
                before.month == month.month.adding(months: -1), let earlier = before.surveys.csat,
                earlier < RedFlag.csatFloor
            {
                month.flags.append(.csatLow(previous: earlier, current: csat))
            }
            if month.response.achieved == false, let attainment = month.response.percent {
                month.flags.append(.responseUnderTarget(attainment: attainment, target: month.response.target))
            }
            previous = month
            result.append(month)
        }
        return result
    }

    /// Each tier and currency's contracts pooled month by month.
    static func tiers(_ rows: [ContractRow], first: LocalMonth, last: LocalMonth, catalog: Catalog) -> [TierRow] {
        struct Key: Hashable {
            var tier: TierName
            var currency: String
        }
        var groups: [Key: [LocalMonth: [PerformanceMonth]]] = [:]
        var currencies: [String: Currency] = [:]
        for row in rows {
            let key = Key(tier: row.tier, currency: row.currency.code)
            currencies[key.currency] = row.currency
            for month in row.months { groups[key, default: [:]][month.month, default: []].append(month) }
        }
        let keys = groups.keys.sorted { ($0.tier, $0.currency) < ($1.tier, $1.currency) }
        return keys.compactMap { key -> TierRow? in
            let byMonth = groups[key] ?? [:]
            let pooled = byMonth.keys.sorted().compactMap { month -> PerformanceMonth? in
                guard let version = catalog.version(on: month.firstDay) ?? catalog.versions.first,
                    let tier = version.tier(key.tier)
                else { return nil }
                return PerformanceMonth(
                    pooling: byMonth[month] ?? [], month: month, terms: tier.terms, targets: version.targets)
            }
            let months = flagged(pooled).filter { $0.month >= first && $0.month <= last }
            guard !months.isEmpty, let currency = currencies[key.currency] else { return nil }
            let name = catalog.versions.last { $0.tier(key.tier) != nil }?.tier(key.tier)?.name ?? key.tier.rawValue
            return TierRow(tier: key.tier, name: name, currency: currency, months: months)
        }
    }
}
