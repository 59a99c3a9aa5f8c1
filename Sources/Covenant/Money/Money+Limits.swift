import CovenantFormat

extension Money {
    /// The largest amount a file may state, in major units (FORMAT.md, "Value
    /// limits"): fees, premiums, list fees, salaries and minimum credits.
    public static let largestAmount: Int64 = 1_000_000_000_000

    /// What an amount may be, for messages.
    public static let amountAllowed = "an amount at most 1,000,000,000,000"

    /// An amount of money as a file states it: a decimal of at most
    /// ``largestAmount`` in magnitude, so a fee in minor units is at most
    /// 10^15 (three fraction digits) and any sum of them fits `Int128`.
    public static let amount = ScalarType<DecimalNumber>.decimal(
        magnitudeAtMost: DecimalNumber(largestAmount), allowed: amountAllowed)
}
