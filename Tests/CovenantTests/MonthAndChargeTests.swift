import Covenant
import CovenantFormat
import Testing

@Suite("RULES.md §1: the month and the charge")
struct MonthAndChargeTests {
    @Test("month lengths follow the calendar and DST in Los Angeles", arguments: [
        ("2026-01", Int64(2_678_400)), ("2026-02", 2_419_200), ("2026-03", 2_674_800), ("2026-11", 2_595_600),
    ])
    func monthLength(month: String, seconds: Int64) throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(), catalog: catalog)
        let period = ServicePeriod(contract: contract, month: try #require(ScalarReader.month(month)))
        #expect(period.seconds == seconds)
    }

    @Test("a contract starting 2026-01-15 at $2,500 is charged 2,500 × 17/31 = 1,370.97 for January")
    func prorationStart() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(start: "2026-01-15"), catalog: catalog)
        let statement = try Fixtures.statement(contract, month: "2026-01", catalog: catalog)
        #expect(statement.charge.daysInService == 17)
        #expect(statement.charge.amount.plain == "1370.97")
        #expect(statement.availability.periodSeconds == 17 * 86_400)
    }

    @Test("a contract ended on 2026-03-17 is charged 17 of 31 days, and its March has 17 local days less one DST hour")
    func prorationEnd() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(extra: "ended: 2026-03-17"), catalog: catalog)
        let statement = try Fixtures.statement(contract, month: "2026-03", catalog: catalog)
        #expect(statement.charge.amount.plain == "1370.97")
        #expect(statement.availability.periodSeconds == 17 * 86_400 - 3600)
    }

    @Test("proration rounds once by the catalog's rule", arguments: [
        (RoundingRule.halfUp, "1370.97"), (.halfEven, "1370.97"), (.up, "1370.97"), (.down, "1370.96"),
    ])
    func proratedRounding(rule: RoundingRule, expected: String) {
        // 2,500 × 17 / 31 = 1,370.9677…
        let charge = MonthlyCharge(fee: Money(minorUnits: 250_000, currency: .usd), daysInService: 17, daysInMonth: 31, rounding: rule)
        #expect(charge.amount.plain == expected)
    }
}
