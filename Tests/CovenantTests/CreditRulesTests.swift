import Covenant
import CovenantFormat
import Testing

@Suite("RULES.md §5: service credits")
struct CreditRulesTests {
    static let enterpriseBands: [CreditBand] = [
        CreditBand(below: DecimalNumber(significand: 9995, scale: 2), credit: DecimalNumber(15)),
        CreditBand(below: DecimalNumber(significand: 995, scale: 1), credit: DecimalNumber(25)),
        CreditBand(below: DecimalNumber(99), credit: DecimalNumber(50), actions: ["incident review meeting"]),
    ]

    func terms(cap: Int64 = 50, minimum: Money? = nil) -> SLATerms {
        SLATerms(
            uptime: DecimalNumber(significand: 9995, scale: 2), credits: Self.enterpriseBands, creditCap: DecimalNumber(cap),
            minimumCredit: minimum, responseAchievement: DecimalNumber(99), resolutionAchievement: DecimalNumber(99),
            responseClock: CalendarName("always"), resolutionClock: CalendarName("always"), support: [:])
    }

    @Test("bands are half-open: the band with the lowest bound still above the uptime", arguments: [
        (Int64(9995), Int64(10_000), nil as Int64?), (9994, 10_000, 15), (9950, 10_000, 15), (9949, 10_000, 25),
        (9900, 10_000, 25), (9899, 10_000, 50), (0, 10_000, 50),
    ])
    func band(available: Int64, eligible: Int64, credit: Int64?) {
        let band = terms().band(for: Uptime(numerator: available, denominator: eligible))
        #expect(band?.credit == credit.map { DecimalNumber($0) })
    }

    @Test("the cap cuts the band's share and says so")
    func cap() {
        let credit = ServiceCredit(
            uptime: Uptime(numerator: 98, denominator: 100), terms: terms(cap: 30), charge: Money(minorUnits: 7_500_000, currency: .usd),
            nextCharge: Money(minorUnits: 7_500_000, currency: .usd), nextMonth: LocalMonth(year: 2026, month: 2)!, rounding: .halfUp)
        #expect(credit.capped)
        #expect(credit.percent == DecimalNumber(30))
        #expect(credit.amount.plain == "22500.00")
        #expect(credit.actions == ["incident review meeting"])
    }

    @Test("below the minimum credit nothing is issued")
    func minimum() {
        let credit = ServiceCredit(
            uptime: Uptime(numerator: 9994, denominator: 10_000), terms: terms(minimum: Money(minorUnits: 10_000, currency: .usd)),
            charge: Money(minorUnits: 50_000, currency: .usd), nextCharge: Money(minorUnits: 50_000, currency: .usd),
            nextMonth: LocalMonth(year: 2026, month: 2)!, rounding: .halfUp)
        #expect(credit.computed.plain == "75.00")
        #expect(credit.belowMinimum)
        #expect(credit.amount.minorUnits == 0)
        #expect(credit.appliedTo == nil)
    }

    @Test("the credit is rounded once by the named rule", arguments: [
        (RoundingRule.halfUp, "205.67"), (.halfEven, "205.66"), (.up, "205.67"), (.down, "205.66"),
    ])
    func rounding(rule: RoundingRule, expected: String) {
        // 15% of 1,371.10 = 205.665: a half cent.
        let credit = ServiceCredit(
            uptime: Uptime(numerator: 9994, denominator: 10_000), terms: terms(), charge: Money(minorUnits: 137_110, currency: .usd),
            nextCharge: Money(minorUnits: 137_110, currency: .usd), nextMonth: LocalMonth(year: 2026, month: 2)!, rounding: rule)
        #expect(credit.amount.plain == expected)
    }

    @Test("applied = min(amount, next charge); the rest is forfeited")
    func appliedAndForfeited() {
        let credit = ServiceCredit(
            uptime: Uptime(numerator: 0, denominator: 10), terms: terms(), charge: Money(minorUnits: 250_000, currency: .usd),
            nextCharge: Money(minorUnits: 80_645, currency: .usd), nextMonth: LocalMonth(year: 2026, month: 2)!, rounding: .halfUp)
        #expect(credit.amount.plain == "1250.00")
        #expect(credit.applied.plain == "806.45")
        #expect(credit.forfeited.plain == "443.55")
        #expect(credit.appliedTo?.description == "2026-02")
    }

    @Test("a contract whose last day of service is the last day of M forfeits M's credit")
    func forfeitAtEnd() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(extra: "ended: 2026-01-31"), catalog: catalog)
        let events = try Fixtures.events([Fixtures.incidents([("2026-01-08T18:00:00Z", "2026-01-08T23:00:00Z")])])
        let statement = try Fixtures.statement(contract, month: "2026-01", events: events, catalog: catalog)
        #expect(statement.credit.amount.plain == "250.00")
        #expect(statement.credit.applied.minorUnits == 0)
        #expect(statement.credit.forfeited.plain == "250.00")
        #expect(statement.credit.appliedTo == nil)
        #expect(statement.nextCharge == nil)
    }

    @Test("every band is tested in schedule order: 99.4% is below 99.95% and 99.5% but not 99%, and 99.5% applies")
    func bandTests() {
        let credit = ServiceCredit(
            uptime: Uptime(numerator: 9940, denominator: 10_000), terms: terms(), charge: Money(minorUnits: 100_000, currency: .usd),
            nextCharge: nil, nextMonth: LocalMonth(year: 2026, month: 2)!, rounding: .halfUp)
        #expect(credit.bandTests.map(\.band) == Self.enterpriseBands)
        #expect(credit.bandTests.map(\.uptimeIsBelow) == [true, true, false])
        #expect(credit.band == Self.enterpriseBands[1])
    }

    @Test("a forfeited credit and a credit below the minimum are notes on the statement, with their amounts")
    func creditNotes() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(extra: "ended: 2026-01-31"), catalog: catalog)
        let events = try Fixtures.events([Fixtures.incidents([("2026-01-08T18:00:00Z", "2026-01-08T23:00:00Z")])])
        let statement = try Fixtures.statement(contract, month: "2026-01", events: events, catalog: catalog)
        let february = try #require(LocalMonth(year: 2026, month: 2))
        #expect(statement.notes == [.creditForfeited(Money(minorUnits: 25_000, currency: .usd), notInService: february)])
    }
}
