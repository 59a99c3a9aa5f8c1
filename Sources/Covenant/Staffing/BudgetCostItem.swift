import CovenantFormat

/// A tool or on-call rotation of a plan and the month it is first paid.
public struct BudgetCostItem: Sendable, Hashable {
    /// Which line an item is paid from.
    public enum Kind: String, Sendable, Hashable {
        /// A tool, priced monthly.
        case tool
        /// An on-call rotation, priced weekly.
        case onCall = "on-call"
    }

    /// Tool or on-call.
    public var kind: Kind
    /// The name as written in the scenario.
    public var name: String
    /// The monthly (tool) or weekly (on-call) price.
    public var price: Money
    /// The customer count it is paid from.
    public var fromCustomers: Int64
    /// The first month of the plan it is paid; `nil` when never.
    public var firstMonth: LocalMonth?

    /// Creates an item.
    public init(kind: Kind, name: String, price: Money, fromCustomers: Int64, firstMonth: LocalMonth?) {
        self.kind = kind
        self.name = name
        self.price = price
        self.fromCustomers = fromCustomers
        self.firstMonth = firstMonth
    }
}
