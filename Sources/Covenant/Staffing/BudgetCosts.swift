/// One month's cost lines, each exact to the minor unit.
public struct BudgetCosts: Sendable, Hashable {
    /// The amount of each line.
    private var amounts: [BudgetCostLine: Money]
    /// The currency.
    public let currency: Currency

    /// All lines at zero.
    public init(currency: Currency) {
        self.amounts = [:]
        self.currency = currency
    }

    /// The amount of a line.
    public subscript(line: BudgetCostLine) -> Money {
        get { amounts[line] ?? .zero(currency) }
        set { amounts[line] = newValue }
    }

    /// The sum of all lines.
    public var total: Money {
        BudgetCostLine.allCases.reduce(.zero(currency)) { $0 + self[$1] }
    }
}
