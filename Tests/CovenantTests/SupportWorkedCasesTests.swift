import Covenant
import CovenantFormat
import Testing

/// RULES.md §6 worked cases F–L, from CSV rows to measured clocks.
@Suite("Support worked cases F–L")
struct SupportWorkedCasesTests {
    typealias F = SupportFixtures

    @Test("F: professional medium, opened Tue 15:45, replied 23:30: response 8,100 s met, deadline Wed 10:45 PST")
    func caseF() {
        let outcome = F.outcome(
            """
            T-F,C-1,opened,2026-01-06T15:45:00-08:00,medium,
            T-F,C-1,replied,2026-01-06T23:30:00-08:00,,
            """, tier: F.professional, asOf: utc(2026, 1, 31))
        #expect(outcome.response.clock == CalendarName("extended"))
        #expect(outcome.response.elapsedSeconds == 8_100)
        #expect(outcome.response.targetSeconds == 14_400)
        #expect(outcome.response.deadline == utc(2026, 1, 7, 18, 45))
        #expect(outcome.response.status == .met)
    }

    @Test("G: enterprise critical: response 45 min met; resolution 1 h 15 min with 3 h 15 min paused, met")
    func caseG() {
        let outcome = F.outcome(
            """
            T-G,C-1,opened,2026-01-08T14:00:00-08:00,critical,
            T-G,,awaiting_customer,2026-01-08T14:45:00-08:00,,
            T-G,,customer_replied,2026-01-08T18:00:00-08:00,,
            T-G,,resolved,2026-01-08T18:30:00-08:00,,
            """, tier: F.enterprise, asOf: utc(2026, 1, 31))
        #expect(outcome.response.clock == CalendarName("always"))
        #expect(outcome.response.elapsedSeconds == 2_700)
        #expect(outcome.response.status == .met)
        #expect(outcome.resolution.clock == CalendarName("always"))
        #expect(outcome.resolution.elapsedSeconds == 4_500)
        #expect(outcome.resolution.pausedSeconds == 11_700)
        #expect(outcome.resolution.targetSeconds == 28_800)
        // 8 h of running time with the 3 h 15 min pause removed: 01:15 PST next day.
        #expect(outcome.resolution.deadline == at(2026, 1, 9, 1, 15, offset: -8))
        #expect(outcome.resolution.status == .met)
        #expect(!outcome.isOpen)
    }

    @Test("H: starter high, opened Fri 2026-01-16 16:00: resolution deadline Wed 2026-01-21 16:00 PST")
    func caseH() {
        let outcome = F.outcome(
            "T-H,C-1,opened,2026-01-16T16:00:00-08:00,high,\n", tier: F.starter, asOf: at(2026, 1, 16, 17, 0, offset: -8))
        #expect(outcome.resolution.clock == CalendarName("business"))
        #expect(outcome.resolution.targetSeconds == 57_600)
        #expect(outcome.resolution.deadline == at(2026, 1, 21, 16, 0, offset: -8))
        #expect(outcome.resolution.elapsedSeconds == 3_600)
        #expect(outcome.resolution.status == .pending)
        #expect(outcome.response.deadline == at(2026, 1, 17, 0, 0, offset: -8))
    }

    @Test("I: professional medium, opened Fri 2026-03-06 17:00 PST: response deadline Mon 12:00 PDT (19:00 UTC)")
    func caseI() {
        let outcome = F.outcome(
            "T-I,C-1,opened,2026-03-06T17:00:00-08:00,medium,\n", tier: F.professional,
            asOf: at(2026, 3, 6, 17, 30, offset: -8))
        #expect(outcome.response.deadline == utc(2026, 3, 9, 19, 0))
        #expect(outcome.response.elapsedSeconds == 1_800)
        #expect(outcome.response.status == .pending)
    }

    @Test("J: starter low, opened Thu 2026-12-24 10:00 PST: response deadline Sun 12-27 10:00 PST, 48 h + 24 h")
    func caseJ() {
        let opened = "T-J,C-1,opened,2026-12-24T10:00:00-08:00,low,\n"
        let pending = F.outcome(opened, tier: F.starter, asOf: at(2026, 12, 24, 11, 0, offset: -8))
        #expect(pending.response.targetSeconds == 172_800)
        #expect(pending.response.extensionSeconds == 86_400)
        #expect(pending.response.deadline == at(2026, 12, 27, 10, 0, offset: -8))
        #expect(pending.response.allowedSeconds == 259_200)
        let onTime = F.outcome(opened + "T-J,,replied,2026-12-27T10:00:00-08:00,,\n", tier: F.starter, asOf: utc(2027, 1, 1))
        #expect(onTime.response.status == .met)
        let late = F.outcome(opened + "T-J,,replied,2026-12-27T10:00:01-08:00,,\n", tier: F.starter, asOf: utc(2027, 1, 1))
        #expect(late.response.status == .missed)
        #expect(late.response.elapsedSeconds == 259_201)
    }

    @Test("K: starter critical, opened Fri 2027-12-31 10:00 PST: business closed all day; 5 business days to Fri 2028-01-07 17:00")
    func caseK() {
        let outcome = F.outcome(
            "T-K,C-1,opened,2027-12-31T10:00:00-08:00,critical,\n", tier: F.starter,
            asOf: at(2027, 12, 31, 16, 0, offset: -8))
        #expect(outcome.resolution.elapsedSeconds == 0)
        #expect(outcome.resolution.targetSeconds == 144_000)
        #expect(outcome.resolution.deadline == at(2028, 1, 7, 17, 0, offset: -8))
        // The response runs on `always`; 2027-12-31 is in the year-end period: 24 h + 24 h.
        #expect(outcome.response.deadline == at(2028, 1, 2, 10, 0, offset: -8))
    }
    static let caseLRows = """
        T-L,C-1,opened,2027-02-12T13:51:08-08:00,critical,
        T-L,,awaiting_customer,2027-02-13T08:52:19-08:00,,
        T-L,,resolved,2027-02-23T18:28:54-08:00,,
        T-L,,reopened,2027-02-24T23:25:20-08:00,,
        T-L,,resolved,2027-02-25T23:05:58-08:00,,
        """

    @Test("L: starter critical, paused then resolved then reopened: 40,132 s elapsed, 172,800 s paused, met")
    func caseL() {
        let outcome = F.outcome(Self.caseLRows, tier: F.starter, asOf: utc(2027, 3, 1))
        #expect(outcome.resolution.clock == CalendarName("business"))
        #expect(outcome.resolution.targetSeconds == 144_000)
        // 3 h 8 min 52 s on Fri the 12th, 8 h on Thu the 25th.
        #expect(outcome.resolution.elapsedSeconds == 40_132)
        // Tue 16th to Tue 23rd, six business days of 8 h; Presidents' Day (Mon 15th) is closed.
        #expect(outcome.resolution.pausedSeconds == 172_800)
        #expect(outcome.resolution.status == .met)
        #expect(!outcome.isOpen)
    }

    @Test("L, read at the reopen: the reopened ticket runs unpaused, not paused since the 13th")
    func caseLAtReopen() {
        let outcome = F.outcome(Self.caseLRows, tier: F.starter, asOf: at(2027, 2, 25, 12, 0, offset: -8))
        // 11,332 s on the 12th and 3 h (09:00–12:00) on the 25th.
        #expect(outcome.resolution.elapsedSeconds == 22_132)
        #expect(outcome.resolution.pausedSeconds == 172_800)
        #expect(outcome.resolution.status == .pending)
    }
}
