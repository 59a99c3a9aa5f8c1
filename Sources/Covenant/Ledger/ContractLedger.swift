import CovenantFormat

/// One contract's part of the credit ledger: each month of service in the
/// range, its invoice and its credit, in month order.
public struct ContractLedger: Sendable, Hashable {
    /// The contract.
    public var contract: ContractID
    /// The customer's name.
    public var customer: String
    /// The contract's tier.
    public var tier: TierName
    /// The contract's currency: every amount of its ledger is in it.
    public var currency: Currency
    /// The months of service in the range, oldest first.
    public var months: [LedgerMonth]

    /// Creates a contract's ledger.
    public init(contract: ContractID, customer: String, tier: TierName, currency: Currency, months: [LedgerMonth]) {
        self.contract = contract
        self.customer = customer
        self.tier = tier
        self.currency = currency
        self.months = months
    }

    /// The postings of the credits earned in its months: each credit earned
    /// on the month's last day, then its application to the next invoice and
    /// its forfeited part on the next month's first day (9999-12-31 for a
    /// credit of 9999-12: no later date is written). Zero amounts post nothing.
    public var postings: [LedgerPosting] {
        var result: [LedgerPosting] = []
        for entry in months where entry.credit.amount.minorUnits > 0 {
            let credit = entry.credit
            let next = entry.month.adding(months: 1)
            func post(_ kind: LedgerPosting.Kind, _ amount: Money, on date: LocalDate) {
                result.append(
                    LedgerPosting(
                        date: date, kind: kind, contract: contract, customer: customer, statement: entry.month,
                        invoiceMonth: next, amount: amount, forfeit: kind == .forfeited ? credit.forfeit : nil,
                        provisional: entry.provisional))
            }
            post(.earned, credit.amount, on: entry.month.lastDay)
            if credit.applied.minorUnits > 0 { post(.applied, credit.applied, on: next.firstDay) }
            // After 9999-12 there is no month to date it in: it lapses on the month's last day.
            let lapses = next.year > 9999 ? entry.month.lastDay : next.firstDay
            if credit.forfeited.minorUnits > 0 { post(.forfeited, credit.forfeited, on: lapses) }
        }
        return result
    }
}
