import CovenantFormat

/// One line an accounting system posts for a service credit: the credit
/// earned on a statement, the part applied to the next invoice, or the part
/// forfeited.
public struct LedgerPosting: Sendable, Hashable {
    /// What the posting records.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The credit issued on the month's statement: owed to the customer.
        case earned
        /// The part taken off the next month's invoice.
        case applied
        /// The part that lapses: above the next charge, or with no next month of service.
        case forfeited

        /// Its place among the postings of one credit on one day.
        public var position: Int {
            switch self {
            case .earned: return 0
            case .applied: return 1
            case .forfeited: return 2
            }
        }
    }

    /// The posting date: the statement month's last day for `earned`, the
    /// invoice month's first day otherwise.
    public var date: LocalDate
    /// What it records.
    public var kind: Kind
    /// The contract.
    public var contract: ContractID
    /// The customer's name.
    public var customer: String
    /// The month of the statement that issued the credit.
    public var statement: LocalMonth
    /// The month whose invoice takes (or would have taken) the credit.
    public var invoiceMonth: LocalMonth
    /// The amount, positive.
    public var amount: Money
    /// Why, for a forfeited part.
    public var forfeit: CreditForfeit?
    /// Whether the statement that issued the credit is provisional (an
    /// incident still open): the amount may change when it closes.
    public var provisional: Bool

    /// Creates a posting.
    public init(
        date: LocalDate, kind: Kind, contract: ContractID, customer: String, statement: LocalMonth,
        invoiceMonth: LocalMonth, amount: Money, forfeit: CreditForfeit?, provisional: Bool = false
    ) {
        self.date = date
        self.kind = kind
        self.contract = contract
        self.customer = customer
        self.statement = statement
        self.invoiceMonth = invoiceMonth
        self.amount = amount
        self.forfeit = forfeit
        self.provisional = provisional
    }
}
