/// A tool paid monthly from a customer count on.
public struct SupportTool: Sendable, Hashable {
    /// The tool's name as written (`Status page`).
    public var name: String
    /// Its monthly price.
    public var monthly: Money
    /// The tool is paid from the month total customers first reach this.
    public var fromCustomers: Int64

    /// Creates a tool.
    public init(name: String, monthly: Money, fromCustomers: Int64 = 0) {
        self.name = name
        self.monthly = monthly
        self.fromCustomers = fromCustomers
    }
}
