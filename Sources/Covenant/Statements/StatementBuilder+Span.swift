import CovenantFormat

extension StatementBuilder {
    /// What the statements of consecutive months share, built once: one
    /// event index per month, and one for the month before the first (whose
    /// credits go on the first month's invoices). A contract's months are
    /// then computed in turn, each month's credit carried onto the next
    /// invoice, so that many contracts are computed on several threads
    /// without indexing a month's events twice. Gives the statements and
    /// credits that ``month(_:)`` gives month by month.
    public struct Span: Sendable {
        /// The first month.
        public let first: LocalMonth
        /// The last month.
        public let last: LocalMonth
        let builder: StatementBuilder
        /// Per month from the one before `first` to `last`: its events and `as_of`.
        let indexes: [EventIndex]
        let asOfs: [Int64]

        /// The contract's maintenance classified once for every month, when
        /// they share `as_of` (an explicit `--as-of`, or events to take it
        /// from); `nil` otherwise, each month then classifying its own.
        func classified(_ contract: Contract) -> [MaintenanceClassification]? {
            guard let asOf = asOfs.first, asOfs.allSatisfy({ $0 == asOf }) else { return nil }
            return MaintenanceClassifier.classify(
                indexes[0].maintenance(for: contract), contract: contract, catalog: builder.catalog)
        }

        /// The months, oldest first.
        public var months: [LocalMonth] { (0..<(indexes.count - 1)).map { first.adding(months: $0) } }

        /// One contract's ledger over the months: each month of service, its
        /// invoice and its credit; `nil` when it has no month of service in
        /// the span. Support and surveys are not computed: no credit depends on them.
        public func ledger(for contract: Contract) throws(TermsError) -> ContractLedger? {
            let classified = classified(contract)
            var previous = try builder.core(
                contract, month: first.adding(months: -1), index: indexes[0], asOf: asOfs[0], classified: classified)
            var months: [LedgerMonth] = []
            for offset in 1..<indexes.count {
                let month = first.adding(months: offset - 1)
                let core = try builder.core(
                    contract, month: month, index: indexes[offset], asOf: asOfs[offset], classified: classified)
                if let core {
                    months.append(
                        LedgerMonth(
                            month: month, invoice: Invoice(month: month, charge: core.charge.amount,
                                previous: previous?.credit),
                            credit: EarnedCredit(core.credit), provisional: core.availability.isProvisional))
                }
                previous = core
            }
            guard !months.isEmpty else { return nil }
            return ContractLedger(
                contract: contract.id, customer: contract.customer, tier: contract.tier, currency: contract.currency,
                months: months)
        }

        /// One contract's statements over the months, oldest first (months
        /// without service have none).
        public func statements(for contract: Contract, caches: inout Month.Caches) throws(TermsError)
            -> [MonthStatement]
        {
            var result: [MonthStatement] = []
            let classified = classified(contract)
            for offset in 1..<indexes.count {
                if let statement = try builder.statement(
                    contract, month: first.adding(months: offset - 1), index: indexes[offset],
                    previous: indexes[offset - 1], asOf: asOfs[offset], classified: classified,
                    calendars: &caches.calendars)
                {
                    result.append(statement)
                }
            }
            return result
        }
    }

    /// The shared part of the statements of the months from `first` to
    /// `last` (inclusive; `last` not before `first`).
    public func span(from first: LocalMonth, through last: LocalMonth) -> Span {
        var indexes: [EventIndex] = []
        var asOfs: [Int64] = []
        var month = first.adding(months: -1)
        while month <= last {
            let asOf = effectiveAsOf(for: month)
            indexes.append(EventIndex(events, month: month, asOf: asOf))
            asOfs.append(asOf)
            month = month.adding(months: 1)
        }
        return Span(first: first, last: last, builder: self, indexes: indexes, asOfs: asOfs)
    }
}
