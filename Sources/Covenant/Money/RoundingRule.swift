/// How an amount is rounded to the currency's minor unit.
public enum RoundingRule: String, Sendable, Hashable, CaseIterable {
    /// Halves away from zero (the default).
    case halfUp = "half-up"
    /// Halves to the even neighbour (banker's rounding).
    case halfEven = "half-even"
    /// Away from zero.
    case up
    /// Toward zero.
    case down

    /// `numerator / denominator` rounded to an integer by this rule.
    /// `denominator` must be positive.
    public func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(denominator > 0, "rounding needs a positive denominator")
        let negative = numerator < 0
        let magnitude = negative ? -numerator : numerator
        var quotient = magnitude / denominator
        let remainder = magnitude % denominator
        if remainder != 0 {
            switch self {
            case .down: break
            case .up: quotient += 1
            case .halfUp: if remainder * 2 >= denominator { quotient += 1 }
            case .halfEven:
                if remainder * 2 > denominator || (remainder * 2 == denominator && quotient % 2 == 1) {
                    quotient += 1
                }
            }
        }
        return negative ? -quotient : quotient
    }
}
