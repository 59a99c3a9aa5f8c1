import Covenant
import CovenantFormat
import Testing

/// Attainment, per-severity counts, averages and the month's selection of tickets.
@Suite("Support summary")
struct SupportSummaryTests {
    typealias F = SupportFixtures

    @Test("Attainment = met / (met + missed), cut toward zero to one decimal; achieved exactly against the target", arguments: [
        (10, 1, "90.9", false), (19, 1, "95.0", true), (2, 1, "66.6", false), (1, 0, "100.0", true), (0, 1, "0.0", false),
        (189, 10, "94.9", false),
    ])
    func attainment(met: Int, missed: Int, shown: String, achieved: Bool) {
        var attainment = Attainment(target: DecimalNumber(95))
        for _ in 0..<met { attainment.count(.met) }
        for _ in 0..<missed { attainment.count(.missed) }
        attainment.count(.pending)
        attainment.count(.none)
        #expect(attainment.percent?.description == shown)
        #expect(attainment.achieved == achieved)
        #expect(attainment.pending == 1)
    }

    @Test("Achievement compares the exact fraction: 199 of 200 reaches 99.5%, 198 of 199 does not")
    func exactAchievement() {
        var reached = Attainment(target: DecimalNumber(significand: 995, scale: 1))
        reached.met = 199
        reached.missed = 1
        #expect(reached.achieved == true)
        var short = reached
        short.met = 198
        #expect(short.percent?.description == "99.4")
        #expect(short.achieved == false)
    }

    @Test("Attainment and achieved are null when nothing was counted (only pending, none or excluded)")
    func nothingCounted() {
        let outcomes = [
            F.outcome("T-1,C-1,opened,2026-01-12T10:00:00-08:00,low,\n", tier: F.starter, asOf: utc(2026, 1, 12, 19, 0)),
            F.outcome(
                "T-2,C-1,opened,2026-01-12T10:00:00-08:00,high,\nT-2,,excluded,2026-01-12T10:01:00-08:00,,abuse\nT-2,,resolved,2026-01-13T10:00:00-08:00,,\n",
                tier: F.starter, asOf: utc(2026, 1, 31)),
        ]
        let summary = SupportSummary(outcomes: outcomes, sla: F.starter.terms, asOf: utc(2026, 1, 31))
        #expect(summary.response.pending == 1)
        #expect(summary.response.percent == nil)
        #expect(summary.response.achieved == nil)
        #expect(summary.resolution.counted == 0)
        #expect(summary.resolution.percent == nil)
        #expect(summary.excludedTickets.map(\.id) == [TicketID("T-2")])
        #expect(summary.averageResponseSeconds == nil)
    }

    static let january = """
        T-1,C-1,opened,2026-01-12T10:00:00-08:00,medium,
        T-1,,replied,2026-01-12T11:00:00-08:00,,
        T-1,,resolved,2026-01-12T15:00:00-08:00,,
        T-2,C-1,opened,2026-01-13T10:00:00-08:00,high,
        T-2,,replied,2026-01-13T13:00:00-08:00,,
        T-2,,resolved,2026-01-13T16:00:00-08:00,,
        T-3,C-1,opened,2026-01-14T10:00:00-08:00,high,
        T-3,,excluded,2026-01-14T10:30:00-08:00,,feature-request
        T-4,C-1,opened,2026-01-30T17:00:00-08:00,low,
        T-5,C-1,opened,2026-02-01T09:00:00-08:00,low,
        T-6,C-1,opened,2026-01-02T09:00:00-08:00,low,

        """

    /// January 2026 in Los Angeles, in service from the 5th.
    static let monthRange = at(2026, 1, 1, 0, 0, offset: -8)..<at(2026, 2, 1, 0, 0, offset: -8)
    static let service = IntervalSet([at(2026, 1, 5, 0, 0, offset: -8)..<at(2026, 2, 1, 0, 0, offset: -8)])

    @Test("A month reports the tickets opened in it: counted per metric and severity, excluded listed, averages cut")
    func month() throws {
        let (log, diagnostics) = F.log(Self.january)
        #expect(diagnostics.isEmpty)
        var calendars = F.workingCalendars
        let asOf = at(2026, 2, 1, 9, 0, offset: -8)
        let (summary, notes) = SupportSummary.month(
            log.tickets(of: ContractID("C-1")), monthRange: Self.monthRange, service: Self.service, terms: F.terms(F.professional), asOf: asOf,
            calendars: &calendars)
        #expect(summary.tickets.map(\.id.rawValue) == ["T-1", "T-2", "T-3", "T-4"])
        #expect(notes == [.ticketOutOfService(TicketID("T-6"), opened: at(2026, 1, 2, 9, 0, offset: -8))])
        // Response: T-1 met (1 h of 4 h), T-2 missed (3 h of 2 h), T-4 pending (1 h of 24 h), T-3 excluded.
        #expect((summary.response.met, summary.response.missed, summary.response.pending) == (1, 1, 1))
        #expect(summary.response.percent?.description == "50.0")
        #expect(summary.response.achieved == false)
        #expect(summary.response.target == DecimalNumber(95))
        // Resolution: T-1 met (5 h of 9 h), T-2 met (6 h of 8 h), T-4 pending.
        #expect((summary.resolution.met, summary.resolution.missed, summary.resolution.pending) == (2, 0, 1))
        #expect(summary.resolution.percent?.description == "100.0")
        #expect(summary.resolution.achieved == true)
        #expect(summary.responseBySeverity[.medium]?.met == 1)
        #expect(summary.responseBySeverity[.high]?.missed == 1)
        #expect(summary.responseBySeverity[.low]?.pending == 1)
        #expect(summary.resolutionBySeverity[.high]?.met == 1)
        // Averages over stopped, counted clocks: (1 h + 3 h) / 2 and (5 h + 6 h) / 2.
        #expect(summary.averageResponseSeconds == 7_200)
        #expect(summary.averageResolutionSeconds == 19_800)
        #expect(summary.missedTickets.map(\.id.rawValue) == ["T-2"])
        let t4 = try #require(summary.tickets.last)
        #expect(t4.response.elapsedSeconds == 3_600)
        #expect(t4.isOpen)
    }

    @Test("Averages are cut toward zero to whole seconds")
    func averageCut() {
        let outcomes = [
            F.outcome("T-1,C-1,opened,2026-01-12T10:00:00Z,critical,\nT-1,,replied,2026-01-12T10:00:01Z,,\n", tier: F.enterprise, asOf: utc(2026, 1, 31)),
            F.outcome("T-2,C-1,opened,2026-01-12T10:00:00Z,critical,\nT-2,,replied,2026-01-12T10:00:02Z,,\n", tier: F.enterprise, asOf: utc(2026, 1, 31)),
        ]
        #expect(SupportSummary(outcomes: outcomes, sla: F.enterprise.terms, asOf: 0).averageResponseSeconds == 1)
    }
}
