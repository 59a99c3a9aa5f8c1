import Covenant
import CovenantFormat
import Testing

@Suite("RULES.md §2: which terms govern a month")
struct GoverningTermsTests {
    @Test("a locked contract keeps the signing date's catalog (99.9%) after 2027.1 loosens Professional to 99.8%")
    func lockedKeepsVersion() throws {
        let catalog = try Fixtures.catalog()
        let locked = try Fixtures.contract(
            Fixtures.simpleContract(tier: "professional", fee: "15000", start: "2026-02-01", months: 24, signed: "2026-01-20"),
            catalog: catalog)
        #expect(locked.isLocked)
        let terms = try locked.terms(on: try #require(LocalDate(year: 2027, month: 6, day: 1)), catalog: catalog)
        #expect(terms.catalogVersion.version == "2026.1")
        #expect(terms.sla.uptime == DecimalNumber(significand: 999, scale: 1))
        #expect(terms.locked)
    }

    @Test("other contracts take the version in force on the latest anniversary of their start", arguments: [
        ("2027-02-01", "2026.1"), ("2027-03-01", "2027.1"), ("2026-12-01", "2026.1"),
    ])
    func anniversaries(day: String, version: String) throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(
            Fixtures.simpleContract(tier: "professional", fee: "15000", start: "2026-03-01", months: 23), catalog: catalog)
        #expect(!contract.isLocked)
        let terms = try contract.terms(on: try #require(ScalarReader.date(day)), catalog: catalog)
        #expect(terms.catalogVersion.version == version)
    }

    @Test("a 29 February start has its anniversary on 28 February in other years")
    func leapAnniversary() throws {
        let start = try #require(LocalDate(year: 2028, month: 2, day: 29))
        #expect(Contract.anniversary(of: start, onOrBefore: try #require(LocalDate(year: 2029, month: 3, day: 1))).description == "2029-02-28")
        #expect(Contract.anniversary(of: start, onOrBefore: try #require(LocalDate(year: 2029, month: 2, day: 27))).description == "2028-02-29")
    }

    @Test("amendments merge field by field and fee changes take effect at month starts")
    func amendmentsAndFees() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(tier: "professional", fee: "15000", extra: """
            fees:
              - {from: 2026-06, monthly_fee: 15500}
            amendments:
              - effective: 2026-04-01
                monthly_fee: 16000
                overrides:
                  support:
                    critical: {response: 2h}
            """), catalog: catalog)
        func terms(_ day: String) throws -> GoverningTerms {
            try contract.terms(on: try #require(ScalarReader.date(day)), catalog: catalog)
        }
        #expect(try terms("2026-03-01").monthlyFee.plain == "15000.00")
        #expect(try terms("2026-04-01").monthlyFee.plain == "16000.00")
        #expect(try terms("2026-06-01").monthlyFee.plain == "15500.00")
        let amended = try terms("2026-04-01").sla.support[.critical]
        #expect(amended?.response == .time(seconds: 7200))
        #expect(amended?.resolution == .business(BusinessDuration(count: 2, unit: .days)))
        #expect(try terms("2026-03-01").sla.support[.critical]?.response == .time(seconds: 14_400))
    }

    @Test("a renewal brings the catalog in force on its start and its overrides on top")
    func renewal() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(tier: "professional", fee: "15000", extra: """
            renewal:
              start: 2027-01-01
              months: 12
              overrides:
                support:
                  high: {response: 1h}
            """), catalog: catalog)
        let renewed = try contract.terms(on: try #require(LocalDate(year: 2027, month: 5, day: 1)), catalog: catalog)
        #expect(renewed.catalogVersion.version == "2027.1")
        #expect(renewed.inRenewal)
        #expect(renewed.sla.uptime == DecimalNumber(significand: 998, scale: 1))
        #expect(renewed.sla.support[.high]?.response == .time(seconds: 3600))
        #expect(contract.lastDay.description == "2027-12-31")
    }

    @Test("the terms say which date chose the catalog: the signing date 2026-01-20 while locked, else the anniversary")
    func catalogDate() throws {
        let catalog = try Fixtures.catalog()
        let locked = try Fixtures.contract(
            Fixtures.simpleContract(tier: "professional", fee: "15000", start: "2026-02-01", months: 24, signed: "2026-01-20"),
            catalog: catalog)
        let lockedTerms = try locked.terms(on: try #require(LocalDate(year: 2027, month: 6, day: 1)), catalog: catalog)
        #expect(lockedTerms.catalogDate.description == "2026-01-20")
        #expect(lockedTerms.term == locked.term)
        let yearly = try Fixtures.contract(
            Fixtures.simpleContract(tier: "professional", fee: "15000", start: "2026-03-01", months: 23), catalog: catalog)
        let terms = try yearly.terms(on: try #require(LocalDate(year: 2027, month: 6, day: 1)), catalog: catalog)
        #expect(terms.catalogDate.description == "2027-03-01")
        #expect(!terms.locked && !terms.inRenewal)
    }

    @Test("in a renewal the terms name the renewal term 2027-01-01 to 2027-12-31 and its anniversary")
    func renewalTerm() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(tier: "professional", fee: "15000", extra: """
            renewal:
              start: 2027-01-01
              months: 12
            """), catalog: catalog)
        let renewed = try contract.terms(on: try #require(LocalDate(year: 2027, month: 5, day: 1)), catalog: catalog)
        #expect(renewed.term.start.description == "2027-01-01")
        #expect(renewed.term.end.description == "2027-12-31")
        #expect(renewed.catalogDate.description == "2027-01-01")
        let initial = try contract.terms(on: try #require(LocalDate(year: 2026, month: 5, day: 1)), catalog: catalog)
        #expect(initial.term == contract.term)
    }
    @Test("a fee change for the start month replaces the initial fee: January is charged 200.00, not 100.00", arguments: [
        ("2026-01-01", "fees:\n  - {from: 2026-01, monthly_fee: 200}", Int64(20_000)),
        ("2026-01-15", "fees:\n  - {from: 2026-01, monthly_fee: 200}", 20_000),
        ("2026-01-01", "fees:\n  - {from: 2026-02, monthly_fee: 200}", 10_000),
    ])
    func feeChangeInTheStartMonth(start: String, fees: String, minorUnits: Int64) throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(
            Fixtures.simpleContract(fee: "100", start: start, signed: "2025-12-01", extra: fees), catalog: catalog)
        let terms = try contract.terms(on: try #require(ScalarReader.date(start)), catalog: catalog)
        #expect(terms.monthlyFee.minorUnits == minorUnits)
    }

    @Test("a month that starts after the default as_of has no statement; an explicit as_of gives one")
    func monthAfterAsOf() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(), catalog: catalog)
        let events = try Fixtures.events([Fixtures.incidents([("2026-01-10T10:00:00Z", "2026-01-10T11:00:00Z")])])
        let builder = StatementBuilder(catalog: catalog, contracts: [contract], events: events)
        let january = try #require(ScalarReader.month("2026-01"))
        let february = try #require(ScalarReader.month("2026-02"))
        #expect(try builder.statements(for: january).count == 1)
        // February starts 2026-02-01T08:00Z (Los Angeles), after as_of 2026-01-10T11:00Z.
        #expect(try builder.statements(for: february).isEmpty)
        #expect(try builder.statement(for: contract, month: february) == nil)
        var explicit = builder
        explicit.asOf = Int64(LocalDate(year: 2026, month: 2, day: 15)!.daysSinceEpoch) * 86_400
        #expect(try explicit.statements(for: february).count == 1)
    }
}
