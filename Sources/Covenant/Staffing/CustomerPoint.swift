import CovenantFormat

/// Active customers by tier at one month of a scenario; counts between two
/// points grow (or fall) linearly, rounded down per tier.
public struct CustomerPoint: Sendable, Hashable {
    /// The month the counts hold.
    public var month: LocalMonth
    /// Customers by tier; a tier not listed has none.
    public var counts: [TierName: Int64]

    /// Creates a point.
    public init(month: LocalMonth, counts: [TierName: Int64]) {
        self.month = month
        self.counts = counts
    }

    /// The customers of a tier (zero when not listed).
    public func count(of tier: TierName) -> Int64 { counts[tier] ?? 0 }
}
