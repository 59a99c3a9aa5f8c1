import CovenantFormat

/// A tier of the catalog: its name, list price and standard SLA terms.
public struct Tier: Sendable, Hashable {
    /// The key (`professional`).
    public var id: TierName
    /// The name people read (`Professional`).
    public var name: String
    /// The monthly list price, in the catalog's currency.
    public var listFee: DecimalNumber?
    /// Customers per customer-success manager.
    public var csmRatio: Int?
    /// The standard terms.
    public var terms: SLATerms

    /// Creates a tier.
    public init(id: TierName, name: String, listFee: DecimalNumber?, csmRatio: Int?, terms: SLATerms) {
        self.id = id
        self.name = name
        self.listFee = listFee
        self.csmRatio = csmRatio
        self.terms = terms
    }
}
