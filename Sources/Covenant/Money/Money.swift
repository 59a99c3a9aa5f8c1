import CovenantFormat

/// An exact amount of money in integer minor units (cents for USD).
///
/// Money has no text for people of its own: reports write it.
public struct Money: Sendable, Hashable, Comparable {
    /// The amount in minor units.
    public var minorUnits: Int64
    /// The currency.
    public var currency: Currency

    /// Creates an amount from minor units.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in a currency.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// An exact amount from a decimal; `nil` if it has more fraction digits
    /// than the currency allows or does not fit.
    public init?(_ decimal: DecimalNumber, currency: Currency) {
        guard let units = decimal.significand(atScale: currency.minorDigits) else { return nil }
        self.init(minorUnits: units, currency: currency)
    }

    /// The same figure in another currency (`USD 100.00` as `EUR 100.00`), as
    /// a tier's list fee applies to a contract in another currency; `nil` when
    /// that currency has too few fraction digits for it.
    public func restated(in other: Currency) -> Money? {
        other == currency
            ? self : Money(DecimalNumber(significand: minorUnits, scale: currency.minorDigits), currency: other)
    }

    /// The plain decimal text with the currency's fraction digits: `2250.00`.
    public var plain: String { DecimalNumber.format(Int128(minorUnits), scale: currency.minorDigits) }

    /// This amount times `numerator / denominator`, rounded once by `rule`.
    ///
    /// Every caller scales by a share of at most one (days in service over
    /// days in the month, a credit percentage capped at 100%), so the result
    /// is never larger than the amount and always fits.
    public func scaled(by numerator: Int128, over denominator: Int128, rounding rule: RoundingRule) -> Money {
        let value = rule.divide(Int128(minorUnits) * numerator, by: denominator)
        return Money(minorUnits: Int64(value), currency: currency)
    }

    /// This amount times a percentage (`15` for 15%), rounded once by `rule`.
    public func percent(_ share: DecimalNumber, rounding rule: RoundingRule) -> Money {
        scaled(by: share.numerator, over: share.denominator * 100, rounding: rule)
    }

    public static func + (a: Money, b: Money) -> Money {
        Money(minorUnits: a.minorUnits + b.minorUnits, currency: a.currency)
    }

    public static func - (a: Money, b: Money) -> Money {
        Money(minorUnits: a.minorUnits - b.minorUnits, currency: a.currency)
    }

    public static func < (a: Money, b: Money) -> Bool { a.minorUnits < b.minorUnits }
}
