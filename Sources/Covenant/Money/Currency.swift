/// An ISO 4217 currency and the number of its minor-unit digits.
public struct Currency: Sendable, Hashable, CustomStringConvertible {
    /// The three-letter code, `USD`.
    public var code: String
    /// Fraction digits of the minor unit: 2 for USD, 0 for JPY, 3 for KWD.
    public var minorDigits: Int

    /// The currencies Covenant knows, with their minor units.
    public static let known: [String: Int] = [
        "USD": 2, "EUR": 2, "GBP": 2, "CAD": 2, "AUD": 2, "NZD": 2, "CHF": 2, "SEK": 2, "NOK": 2, "DKK": 2,
        "SGD": 2, "HKD": 2, "INR": 2, "MXN": 2, "BRL": 2, "ZAR": 2, "CNY": 2, "PLN": 2, "ILS": 2, "AED": 2,
        "JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "VND": 0,
        "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3, "LYD": 3, "IQD": 3,
    ]

    /// A known currency by code; `nil` when unknown.
    public init?(code: String) {
        guard let digits = Currency.known[code] else { return nil }
        self.code = code
        self.minorDigits = digits
    }

    /// US dollars.
    public static let usd = Currency(code: "USD")!

    /// The code.
    public var description: String { code }
}
