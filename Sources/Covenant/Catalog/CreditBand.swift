import CovenantFormat

/// One band of a credit schedule: applies when the month's uptime is
/// strictly below `below`.
public struct CreditBand: Sendable, Hashable {
    /// The exclusive upper bound of uptime, in percent (`99.5` for 99.5%).
    public var below: DecimalNumber
    /// The credit, in percent of the month's charge.
    public var credit: DecimalNumber
    /// Actions printed on the statement (`incident review meeting`).
    public var actions: [String]

    /// Creates a band.
    public init(below: DecimalNumber, credit: DecimalNumber, actions: [String] = []) {
        self.below = below
        self.credit = credit
        self.actions = actions
    }
}
