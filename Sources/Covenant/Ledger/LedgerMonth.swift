import CovenantFormat

/// One month of one contract in the credit ledger: the month's invoice (the
/// charge less the previous month's credit) and the credit the month's
/// statement issues, with where it goes.
public struct LedgerMonth: Sendable, Hashable {
    /// The month.
    public var month: LocalMonth
    /// The month's invoice.
    public var invoice: Invoice
    /// The credit earned in the month.
    public var credit: EarnedCredit
    /// Whether an open incident makes the month's figures provisional.
    public var provisional: Bool

    /// Creates a ledger month.
    public init(month: LocalMonth, invoice: Invoice, credit: EarnedCredit, provisional: Bool) {
        self.month = month
        self.invoice = invoice
        self.credit = credit
        self.provisional = provisional
    }
}
