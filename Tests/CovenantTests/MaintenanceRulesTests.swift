import Covenant
import CovenantFormat
import Foundation
import Testing

@Suite("RULES.md §3: maintenance")
struct MaintenanceRulesTests {
    func statement(_ maintenance: String, month: String = "2026-01", extraContract: String = "") throws -> MonthStatement {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(extra: extraContract), catalog: catalog)
        return try Fixtures.statement(
            contract, month: month, events: try Fixtures.events(["maintenance:\n" + maintenance]), catalog: catalog)
    }

    @Test("the standing window on 2026-03-08 runs 03:00–04:00 PDT (one hour); on 2026-11-01 02:00–04:00 PST (two hours)",
          arguments: [("2026-03-08", "2026-03", Int64(3600)), ("2026-11-01", "2026-11", 7200)])
    func standingAcrossDST(day: String, month: String, excluded: Int64) throws {
        let result = try statement(
            "  - {id: MW-1, start: \(day) 00:00, end: \(day) 06:00, announced: 2026-01-01, scope: all}", month: month)
        let entry = try #require(result.availability.maintenance.first)
        #expect(entry.classification.standing.measure == excluded)
    }

    @Test("an extra window announced 7 days ahead, 4 h long, the first of the month, is excluded")
    func extraGranted() throws {
        let result = try statement("  - {id: MW-1, start: 2026-01-21 00:00, end: 2026-01-21 04:00, announced: 2026-01-14, scope: all}")
        #expect(result.availability.excludedSeconds == 14_400)
        #expect(result.availability.downtimeSeconds == 0)
        #expect(result.availability.maintenance.first?.classification.outcome == .extraGranted)
    }

    @Test("late notice, too long, and over the allowance each count as downtime, with the reason", arguments: [
        ("  - {id: MW-1, start: 2026-01-21 00:00, end: 2026-01-21 01:00, announced: 2026-01-14 00:01, scope: all}", MaintenanceClassification.DowntimeReason.lateNotice),
        ("  - {id: MW-1, start: 2026-01-21 00:00, end: 2026-01-21 04:00:01, announced: 2026-01-01, scope: all}", .tooLong),
    ])
    func notGranted(text: String, reason: MaintenanceClassification.DowntimeReason) throws {
        let result = try statement(text)
        let entry = try #require(result.availability.maintenance.first)
        #expect(entry.classification.outcome == .downtime([reason]))
        #expect(entry.excludedSeconds == 0)
        #expect(result.availability.downtimeSeconds == entry.classification.rest.measure)
    }

    @Test("the second extra window of a month is over the allowance of one")
    func overAllowance() throws {
        let result = try statement("""
              - {id: MW-2, start: 2026-01-22 00:00, end: 2026-01-22 01:00, announced: 2026-01-01, scope: all}
              - {id: MW-1, start: 2026-01-21 00:00, end: 2026-01-21 01:00, announced: 2026-01-01, scope: all}
            """)
        let outcomes = result.availability.maintenance.map(\.classification.outcome)
        // Classified in the order the events start, not the order written.
        #expect(result.availability.maintenance.map(\.classification.event.id) == ["MW-1", "MW-2"])
        #expect(outcomes == [.extraGranted, .downtime([.overAllowance])])
        #expect(result.availability.excludedSeconds == 3600)
        #expect(result.availability.downtimeSeconds == 3600)
    }

    @Test("an event surrounding a standing window: its pieces outside the window together are the extra window")
    func surroundingStanding() throws {
        // Sunday 2026-01-25 00:00–06:00: window 02:00–04:00 excluded; 2 h + 2 h = 4 h outside: at most 4 h, granted.
        let granted = try statement("  - {id: MW-1, start: 2026-01-25 00:00, end: 2026-01-25 06:00, announced: 2026-01-01, scope: all}")
        #expect(granted.availability.excludedSeconds == 21_600)
        // One second more outside the window: 4 h 0 m 1 s is too long; only the standing part is excluded.
        let tooLong = try statement("  - {id: MW-1, start: 2026-01-25 00:00, end: 2026-01-25 06:00:01, announced: 2026-01-01, scope: all}")
        #expect(tooLong.availability.excludedSeconds == 7200)
        #expect(tooLong.availability.downtimeSeconds == 14_401)
        let classification = try #require(tooLong.availability.maintenance.first?.classification)
        #expect(classification.standing.measure == 7200)
        #expect(classification.outcome == .downtime([.tooLong]))
    }

    @Test("an event crossing a month end is classified once and its allowance counted in the month it starts")
    func crossingMonthEnd() throws {
        let text = """
              - {id: MW-1, start: 2026-01-31 22:00, end: 2026-02-01 01:00, announced: 2026-01-01, scope: all}
              - {id: MW-2, start: 2026-02-03 00:00, end: 2026-02-03 01:00, announced: 2026-01-01, scope: all}
            """
        let january = try statement(text, month: "2026-01")
        let february = try statement(text, month: "2026-02")
        #expect(january.availability.excludedSeconds == 7200)
        #expect(february.availability.excludedSeconds == 3600 + 3600)
        #expect(february.availability.downtimeSeconds == 0)
    }
    /// Catalog 2026.1 as shipped, and 2027.1 with two extra windows a month.
    static func catalogWithLaterAllowance() throws -> Catalog {
        let later = Fixtures.text("Contracts/catalog/2027.1.yaml").replacingOccurrences(of: "per_month: 1", with: "per_month: 2")
        return try Fixtures.catalog([Fixtures.text("Contracts/catalog/2026.1.yaml"), later])
    }

    static let twoWindows = """
        maintenance:
          - {id: MW-1, start: START-11 01:00, end: START-11 02:00, announced: 2027-01-01, scope: all}
          - {id: MW-2, start: START-17 01:00, end: START-17 02:00, announced: 2027-01-01, scope: all}
        """

    @Test("the month's policy is that of its first day: November 2027 follows 2026.1 (one window) though its anniversary is the 10th",
          arguments: [
            ("2027-11", MaintenanceClassification.Outcome.downtime([.overAllowance]), Int64(3600)),
            ("2027-12", .extraGranted, 0),
          ])
    func policyFixedForTheMonth(month: String, second: MaintenanceClassification.Outcome, downtime: Int64) throws {
        let catalog = try Self.catalogWithLaterAllowance()
        let contract = try Fixtures.contract(
            Fixtures.simpleContract(start: "2026-11-10", months: 18, signed: "2026-11-01"), catalog: catalog)
        let events = try Fixtures.events([Self.twoWindows.replacingOccurrences(of: "START", with: month)])
        let result = try Fixtures.statement(contract, month: month, events: events, catalog: catalog)
        #expect(result.availability.maintenance.map(\.classification.event.id) == ["MW-1", "MW-2"])
        #expect(result.availability.maintenance.map(\.classification.outcome) == [.extraGranted, second])
        #expect(result.availability.downtimeSeconds == downtime)
    }
}
