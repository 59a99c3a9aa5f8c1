/// What a staffing plan needs to know about the tiers it counts customers
/// in: their order, list fees and customers per CSM, and the currency.
///
/// These are plain inputs to the plan so that the tier catalog can supply
/// them; ``seedDefaults`` holds SEED.md's figures for when it does not.
public struct StaffingTierTerms: Sendable, Hashable {
    /// One tier's terms.
    public struct Tier: Sendable, Hashable {
        /// The tier's name (`professional`).
        public var name: TierName
        /// The list fee for one customer for one month.
        public var listFee: Money
        /// How many customers of the tier one CSM looks after (positive).
        public var customersPerCSM: Int64

        /// Creates a tier's terms.
        public init(name: TierName, listFee: Money, customersPerCSM: Int64) {
            self.name = name
            self.listFee = listFee
            self.customersPerCSM = customersPerCSM
        }
    }

    /// The tiers in the catalog's order; reports list tiers in this order.
    public var tiers: [Tier]
    /// The currency of fees, salaries and costs.
    public var currency: Currency

    /// Creates tier terms.
    public init(tiers: [Tier], currency: Currency) {
        self.tiers = tiers
        self.currency = currency
    }

    /// The tier names in order.
    public var names: [TierName] { tiers.map(\.name) }

    /// The terms of a tier by name.
    public subscript(name: TierName) -> Tier? { tiers.first { $0.name == name } }

    /// SEED.md's tiers: starter $2,500 a month and 12 customers per CSM,
    /// professional $15,000 and 4, enterprise $75,000 and 2, in US dollars.
    /// The tier catalog supplies these figures when one is available.
    public static let seedDefaults = StaffingTierTerms(
        tiers: [
            Tier(name: TierName("starter"), listFee: Money(minorUnits: 250_000, currency: .usd), customersPerCSM: 12),
            Tier(
                name: TierName("professional"), listFee: Money(minorUnits: 1_500_000, currency: .usd),
                customersPerCSM: 4),
            Tier(
                name: TierName("enterprise"), listFee: Money(minorUnits: 7_500_000, currency: .usd),
                customersPerCSM: 2),
        ],
        currency: .usd)
}

extension StaffingTierTerms {
    /// The tiers of a catalog version that have a list fee and a CSM ratio,
    /// in the catalog's order and currency.
    public init(_ version: CatalogVersion) {
        var tiers: [Tier] = []
        for tier in version.tiers {
            guard let fee = tier.listFee.flatMap({ Money($0, currency: version.currency) }), let ratio = tier.csmRatio,
                ratio > 0
            else { continue }
            tiers.append(Tier(name: tier.id, listFee: fee, customersPerCSM: Int64(ratio)))
        }
        self.init(tiers: tiers, currency: version.currency)
    }
}
