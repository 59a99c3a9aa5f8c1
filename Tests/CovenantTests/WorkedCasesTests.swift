import Covenant
import CovenantFormat
import Testing

/// RULES.md §4's worked cases A–E, from contract and event text to figures.
@Suite("Worked cases A–E (RULES.md §4)")
struct WorkedCasesTests {
    @Test("A: professional, February, 52 minutes down: 99.8710%, 15% = $2,250.00, March invoice $12,750.00")
    func caseA() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(
            Fixtures.simpleContract(tier: "professional", fee: "15000", start: "2026-02-01", months: 24, signed: "2026-01-20"),
            catalog: catalog)
        let events = try Fixtures.events([Fixtures.incidents([("2026-02-10T17:00:00Z", "2026-02-10T17:52:00Z")])])
        let statement = try Fixtures.statement(contract, month: "2026-02", events: events, catalog: catalog)
        #expect(statement.availability.downtimeSeconds == 3120)
        #expect(statement.availability.eligibleSeconds == 2_419_200)
        #expect(statement.availability.uptime == Uptime(numerator: 2_416_080, denominator: 2_419_200))
        #expect(statement.availability.uptime.percentCut(digits: 4) == "99.8710")
        #expect(!statement.met)
        #expect(statement.credit.percent == DecimalNumber(15))
        #expect(statement.credit.amount.plain == "2250.00")
        #expect(statement.credit.appliedTo?.description == "2026-03")
        let march = try #require(statement.nextCharge)
        #expect((march.amount - statement.credit.applied).plain == "12750.00")
    }

    @Test("B: professional, January, 23 + 5 minutes: 99.9372%, met, no credit")
    func caseB() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(tier: "professional", fee: "15000"), catalog: catalog)
        let events = try Fixtures.events([Fixtures.incidents([
            ("2026-01-15T14:47:00Z", "2026-01-15T15:10:00Z"), ("2026-01-22T18:00:00Z", "2026-01-22T18:05:00Z"),
        ])])
        let statement = try Fixtures.statement(contract, month: "2026-01", events: events, catalog: catalog)
        #expect(statement.availability.downtimeSeconds == 1680)
        #expect(statement.availability.eligibleSeconds == 2_678_400)
        #expect(statement.availability.uptime.percentCut(digits: 4) == "99.9372")
        #expect(statement.met)
        #expect(statement.credit.amount.minorUnits == 0)
        #expect(statement.credit.appliedTo == nil)
    }

    @Test("C and D: starter, January: 13,392 s is exactly 99.5% (met); 13,393 s is below (10% = $250.00)",
          arguments: [(Int64(13_392), true, "0.00"), (13_393, false, "250.00")])
    func casesCD(downtime: Int64, met: Bool, credit: String) throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(), catalog: catalog)
        let start: Int64 = 1_767_895_200  // 2026-01-08T18:00:00Z
        let events = try Fixtures.events([Fixtures.incidents([("2026-01-08T18:00:00Z", utc(start + downtime))])])
        let statement = try Fixtures.statement(contract, month: "2026-01", events: events, catalog: catalog)
        #expect(statement.availability.downtimeSeconds == downtime)
        #expect(statement.met == met)
        #expect(statement.credit.amount.plain == credit)
        #expect(statement.availability.uptime.percentCut(digits: 4) == (met ? "99.5000" : "99.4999"))
    }

    @Test("E: starter, January, 2 h in a standing window announced late: eligible 2,671,200 s, 100%")
    func caseE() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(), catalog: catalog)
        let events = try Fixtures.events(["""
            maintenance:
              - {id: MW-1, start: 2026-01-18 02:00, end: 2026-01-18 04:00, announced: 2026-01-17, scope: all}
            """])
        let statement = try Fixtures.statement(contract, month: "2026-01", events: events, catalog: catalog)
        #expect(statement.availability.excludedSeconds == 7200)
        #expect(statement.availability.eligibleSeconds == 2_671_200)
        #expect(statement.availability.downtimeSeconds == 0)
        #expect(statement.availability.uptime.percentCut(digits: 4) == "100.0000")
        #expect(statement.credit.amount.minorUnits == 0)
        #expect(statement.availability.maintenance.first?.classification.outcome == .standing)
    }
}

/// `2026-01-08T21:43:12Z` from epoch seconds.
func utc(_ seconds: Int64) -> String {
    let date = LocalDate(daysSinceEpoch: Int(seconds / 86_400))
    let rest = Int(seconds % 86_400)
    return "\(date)T\(pad(rest / 3600, 2)):\(pad(rest % 3600 / 60, 2)):\(pad(rest % 60, 2))Z"
}
