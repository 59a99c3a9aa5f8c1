import Covenant

/// Tier names written as literals in test tables: `["starter": 3]`.
extension TierName: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(value) }
}
