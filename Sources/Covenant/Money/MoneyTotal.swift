import CovenantFormat

/// A sum of amounts in one currency, in `Int128` minor units: the total of a
/// portfolio, a ledger or a price list. An amount a file states is at most
/// 10^15 minor units (``Money/largestAmount`` with three fraction digits), so
/// 2^63 of them cannot overflow a total; a total is never cut or saturated.
public struct MoneyTotal: Sendable, Hashable, Comparable {
    /// The sum in minor units.
    public var minorUnits: Int128
    /// The currency.
    public var currency: Currency

    /// Creates a total from minor units.
    public init(minorUnits: Int128, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in a currency.
    public static func zero(_ currency: Currency) -> MoneyTotal { MoneyTotal(minorUnits: 0, currency: currency) }

    /// One amount as a total.
    public init(_ money: Money) {
        self.init(minorUnits: Int128(money.minorUnits), currency: money.currency)
    }

    /// The plain decimal text with the currency's fraction digits: `2250.00`.
    public var plain: String { DecimalNumber.format(minorUnits, scale: currency.minorDigits) }

    /// The total with an amount added.
    public static func + (total: MoneyTotal, money: Money) -> MoneyTotal {
        MoneyTotal(minorUnits: total.minorUnits + Int128(money.minorUnits), currency: total.currency)
    }

    /// Two totals added.
    public static func + (a: MoneyTotal, b: MoneyTotal) -> MoneyTotal {
        MoneyTotal(minorUnits: a.minorUnits + b.minorUnits, currency: a.currency)
    }

    /// Adds an amount.
    public static func += (total: inout MoneyTotal, money: Money) { total = total + money }

    public static func < (a: MoneyTotal, b: MoneyTotal) -> Bool { a.minorUnits < b.minorUnits }
}
