@testable import Covenant
import CovenantFormat
import Testing

@Suite("RULES.md §4: availability")
struct AvailabilityRulesTests {
    func statement(_ events: [String], month: String = "2026-01", contract extra: String = "") throws -> MonthStatement {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(extra: extra), catalog: catalog)
        return try Fixtures.statement(contract, month: month, events: try Fixtures.events(events), catalog: catalog)
    }

    @Test("incidents and maintenance that start after as_of are not read; one that starts before it counts whole")
    func asOfBoundsIncidentsAndMaintenance() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(), catalog: catalog)
        let events = try Fixtures.events([
            Fixtures.incidents([
                ("2026-01-14T23:00:00Z", "2026-01-15T01:00:00Z"), ("2026-01-30T10:00:00Z", "2026-01-30T11:00:00Z"),
            ]),
            "maintenance:\n  - {id: MW-1, start: 2026-01-20 10:00, end: 2026-01-20 11:00, announced: 2026-01-19, scope: all}\n",
        ])
        let asOf = Int64(LocalDate(year: 2026, month: 1, day: 15)!.daysSinceEpoch) * 86_400
        let builder = StatementBuilder(catalog: catalog, contracts: [contract], events: events, asOf: asOf)
        let month = try #require(ScalarReader.month("2026-01"))
        let result = try #require(try builder.statement(for: contract, month: month))
        // INC-0 starts 2026-01-14T23:00Z, before as_of, and counts its whole 2 h; INC-1 and MW-1 start later.
        #expect(result.availability.incidents.map(\.incident.id.rawValue) == ["INC-0"])
        #expect(result.availability.maintenance.isEmpty)
        #expect(result.availability.downtimeSeconds == 7200)
        let unbounded = try Fixtures.statement(contract, month: "2026-01", events: events, catalog: catalog)
        #expect(unbounded.availability.downtimeSeconds == 7200 + 3600 + 3600)
    }

    @Test("overlapping incidents count once: 10:00–11:00 and 10:30–12:00 are 2 h of downtime")
    func unionOfIncidents() throws {
        let result = try statement([Fixtures.incidents([
            ("2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z"), ("2026-01-05T10:30:00Z", "2026-01-05T12:00:00Z"),
        ])])
        #expect(result.availability.downtimeSeconds == 7200)
        #expect(result.availability.incidents.map(\.countedSeconds) == [3600, 5400])
    }

    @Test("an excluded cause adds nothing even when it overlaps a counting incident")
    func excludedCauseOverlap() throws {
        let result = try statement([
            Fixtures.incidents([("2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z")]),
            "incidents:\n  - {id: TP-1, start: 2026-01-05T09:00:00Z, end: 2026-01-05T12:00:00Z, cause: third-party, scope: all}\n",
        ])
        #expect(result.availability.downtimeSeconds == 3600)
        #expect(result.availability.incidents.last?.countedSeconds == 0)
    }

    @Test("counts_as_downtime: false records a degradation that adds nothing")
    func degradation() throws {
        let result = try statement([
            "incidents:\n  - {id: D-1, start: 2026-01-05T09:00:00Z, end: 2026-01-05T12:00:00Z, cause: platform, counts_as_downtime: false}\n",
        ])
        #expect(result.availability.downtimeSeconds == 0)
    }

    @Test("an open incident counts to the end of the month and makes it provisional")
    func openIncident() throws {
        // 2026-01-31 20:00 PST is 2026-02-01T04:00Z; the month ends at 08:00Z: 4 hours.
        let result = try statement([
            "incidents:\n  - {id: O-1, start: 2026-02-01T04:00:00Z, end: open, cause: platform, scope: all}\n",
        ])
        #expect(result.availability.downtimeSeconds == 14_400)
        #expect(result.availability.isProvisional)
        #expect(result.notes.contains(.incidentOpen(IncidentID("O-1"))))
    }

    @Test("an incident from Jan 31 23:50 to Feb 1 00:20 counts ten minutes in January and twenty in February")
    func clippedToMonth() throws {
        let events = ["incidents:\n  - {id: X-1, start: 2026-01-31 23:50, end: 2026-02-01 00:20, cause: platform}\n"]
        #expect(try statement(events, month: "2026-01").availability.downtimeSeconds == 600)
        #expect(try statement(events, month: "2026-02").availability.downtimeSeconds == 1200)
    }

    @Test("downtime inside excluded maintenance does not count")
    func downtimeMinusExcluded() throws {
        let result = try statement([
            Fixtures.incidents([("2026-01-18T09:00:00Z", "2026-01-18T11:00:00Z")]),
            "maintenance:\n  - {id: M-1, start: 2026-01-18 02:00, end: 2026-01-18 04:00, announced: 2026-01-01, scope: all}\n",
        ])
        // The standing window is 10:00–12:00Z; the incident 09:00–11:00Z counts one hour.
        #expect(result.availability.excludedSeconds == 7200)
        #expect(result.availability.downtimeSeconds == 3600)
    }

    @Test("the target is met when uptime ≥ target exactly; a shown figure is cut, never rounded up")
    func exactDecision() {
        let target = DecimalNumber(significand: 995, scale: 1)
        #expect(Uptime(numerator: 2_665_008, denominator: 2_678_400).meets(target))
        #expect(!Uptime(numerator: 2_665_007, denominator: 2_678_400).meets(target))
        #expect(Uptime(numerator: 9_949_996, denominator: 10_000_000).percentCut(digits: 4) == "99.4999")
        #expect(Uptime(numerator: 0, denominator: 0).percentCut(digits: 4) == "100.0000")
        #expect(Uptime(numerator: 0, denominator: 0).meets(DecimalNumber(100)))
    }

    @Test("with no eligible time, uptime is 100% and the statement says so")
    func noEligibleTime() throws {
        let result = try statement([
            "maintenance:\n  - {id: M-1, start: 2026-01-01 00:00, end: 2026-02-01 00:00, announced: 2025-12-01, scope: all}\n",
        ], contract: "")
        // Four Sunday windows (4 × 2 h) are excluded; the rest is far over 4 h and counts: uptime 0%.
        #expect(result.availability.eligibleSeconds == 2_678_400 - 28_800)
        #expect(result.availability.downtimeSeconds == 2_678_400 - 28_800)
        #expect(result.availability.uptime.percentCut(digits: 4) == "0.0000")
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(Fixtures.simpleContract(), catalog: catalog)
        let period = ServicePeriod(contract: contract, month: try #require(ScalarReader.month("2026-01")))
        let event = MaintenanceEvent(
            id: "M", title: "M", start: period.monthRange.lowerBound, end: period.monthRange.upperBound, announced: 0,
            scope: .all, location: SourceLocation(file: SourceFile(path: "x", text: ""), range: .at(0)))
        let whole = MaintenanceClassification(
            event: event, standing: IntervalSet([period.monthRange]), rest: IntervalSet(), outcome: .standing, noticeSeconds: 0)
        let availability = MonthAvailability(period: period, incidents: [], maintenance: [whole])
        #expect(availability.eligibleSeconds == 0)
        #expect(availability.uptime.meets(DecimalNumber(100)))
    }

    @Test("each incident says whether and why it counts: platform counts, third-party is excluded, a degradation is not downtime")
    func counting() throws {
        let result = try statement([
            """
            incidents:
              - {id: P-1, start: 2026-01-05T09:00:00Z, end: 2026-01-05T10:00:00Z, cause: platform}
              - {id: TP-1, start: 2026-01-06T09:00:00Z, end: 2026-01-06T10:00:00Z, cause: third-party}
              - {id: D-1, start: 2026-01-07T09:00:00Z, end: 2026-01-07T10:00:00Z, cause: platform, counts_as_downtime: false}

            """,
        ])
        #expect(result.availability.incidents.map(\.incident.counting) == [.counts, .excludedCause, .notDowntime])
    }

    @Test("one hour down in January: 2,674,800 s available of 2,678,400, and Starter's 99.5% allows 13,392 s")
    func availableAndAllowed() throws {
        let result = try statement([Fixtures.incidents([("2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z")])])
        #expect(result.availability.availableSeconds == 2_674_800)
        #expect(result.availability.eligibleSeconds == 2_678_400)
        #expect(result.terms.sla.uptime == DecimalNumber(significand: 995, scale: 1))
        #expect(result.allowedDowntime.description == "13392")
    }
}
