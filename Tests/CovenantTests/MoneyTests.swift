import Covenant
import CovenantFormat
import Testing

@Suite("Money and rounding")
struct MoneyTests {
    @Test("rounding rules on halves and thirds", arguments: [
        (RoundingRule.halfUp, 5, 2, 3), (.halfUp, 7, 3, 2), (.halfEven, 5, 2, 2), (.halfEven, 7, 2, 4),
        (.up, 7, 3, 3), (.down, 8, 3, 2), (.halfUp, -5, 2, -3), (.down, -8, 3, -2),
    ])
    func rounding(rule: RoundingRule, numerator: Int, denominator: Int, expected: Int) {
        #expect(rule.divide(Int128(numerator), by: Int128(denominator)) == Int128(expected))
    }

    @Test("15% of $15,000.00 is $2,250.00")
    func percentOfCharge() {
        let charge = Money(minorUnits: 1_500_000, currency: .usd)
        let credit = charge.percent(DecimalNumber(significand: 15, scale: 0), rounding: .halfUp)
        #expect(credit.plain == "2250.00")
    }

    @Test("money keeps the currency's fraction digits")
    func fractionDigits() throws {
        let kwd = try #require(Currency(code: "KWD"))
        #expect(Money(DecimalNumber(significand: 12_345, scale: 3), currency: kwd)?.plain == "12.345")
        #expect(Money(DecimalNumber(significand: 12_345, scale: 3), currency: .usd) == nil)
        let jpy = try #require(Currency(code: "JPY"))
        #expect(Money(DecimalNumber(1500), currency: jpy)?.plain == "1500")
    }
}
