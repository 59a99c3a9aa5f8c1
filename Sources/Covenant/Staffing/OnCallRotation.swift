/// A paid on-call rotation: a weekly stipend from a customer count on.
public struct OnCallRotation: Sendable, Hashable {
    /// The rotation's name as written (`support`).
    public var name: String
    /// The stipend for one week.
    public var weekly: Money
    /// The rotation is paid from the month total customers first reach this.
    public var fromCustomers: Int64

    /// Creates a rotation.
    public init(name: String, weekly: Money, fromCustomers: Int64 = 0) {
        self.name = name
        self.weekly = weekly
        self.fromCustomers = fromCustomers
    }
}
