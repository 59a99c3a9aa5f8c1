import CovenantFormat

/// Service credits as a ledger across months (RULES.md §5): for each
/// contract and month of service in a range, the invoice (the charge less
/// the credit the previous month's statement applies to it) and the credit
/// the month's statement issues, applied to the next invoice or forfeited.
/// Every figure is a statement's own (``StatementBuilder``); the ledger holds
/// nothing else, so the same inputs give the same ledger.
public struct CreditLedger: Sendable {
    /// Amounts of one currency added up over the range.
    public struct Totals: Sendable, Hashable {
        /// Contracts with a month of service in the range.
        public var contracts: Int = 0
        /// Invoices (contract-months) in the range.
        public var invoices: Int = 0
        /// Sum of the invoices' charges.
        public var charges: Money
        /// Sum of the credits applied to those invoices (earned the month before each).
        public var creditsInvoiced: Money
        /// Sum of the net invoices: `charges − creditsInvoiced`.
        public var net: Money
        /// Sum of the credits earned in the range.
        public var earned: Money
        /// Of those, the sum applied to the next month's invoices.
        public var applied: Money
        /// Of those, the sum forfeited.
        public var forfeited: Money

        /// Nothing yet, in a currency.
        public init(currency: Currency) {
            charges = .zero(currency)
            creditsInvoiced = .zero(currency)
            net = .zero(currency)
            earned = .zero(currency)
            applied = .zero(currency)
            forfeited = .zero(currency)
        }
    }

    /// The first month of the range.
    public var first: LocalMonth
    /// The last month of the range.
    public var last: LocalMonth
    /// Each contract with a month of service in the range, in id order.
    public var contracts: [ContractLedger]

    /// Creates a ledger from contracts' ledgers (those without months are left out).
    public init(first: LocalMonth, last: LocalMonth, contracts: [ContractLedger]) {
        self.first = first
        self.last = last
        self.contracts = contracts.filter { !$0.months.isEmpty }.sorted { $0.contract < $1.contract }
    }

    /// Builds the ledger of every contract over the span's months, one
    /// contract after another (the CLI builds contracts on every core with
    /// ``StatementBuilder/Span/ledger(for:)``).
    public init(_ span: StatementBuilder.Span) throws(TermsError) {
        var ledgers: [ContractLedger] = []
        for contract in span.builder.contracts {
            if let ledger = try span.ledger(for: contract) { ledgers.append(ledger) }
        }
        self.init(first: span.first, last: span.last, contracts: ledgers)
    }

    /// The currencies present, sorted by code.
    public var currencies: [Currency] {
        Array(Set(contracts.map(\.currency))).sorted { $0.code < $1.code }
    }

    /// The totals of one currency.
    public func totals(currency: Currency) -> Totals {
        var totals = Totals(currency: currency)
        for ledger in contracts where ledger.currency == currency {
            totals.contracts += 1
            for entry in ledger.months {
                totals.invoices += 1
                totals.charges = totals.charges + entry.invoice.charge
                totals.creditsInvoiced = totals.creditsInvoiced + entry.invoice.creditApplied
                totals.net = totals.net + entry.invoice.net
                totals.earned = totals.earned + entry.credit.amount
                totals.applied = totals.applied + entry.credit.applied
                totals.forfeited = totals.forfeited + entry.credit.forfeited
            }
        }
        return totals
    }

    /// Every posting of the credits earned in the range, by date, then
    /// contract, then kind (earned, applied, forfeited).
    public var postings: [LedgerPosting] {
        contracts.flatMap(\.postings).sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.contract != b.contract { return a.contract < b.contract }
            return a.kind.position < b.kind.position
        }
    }
}
