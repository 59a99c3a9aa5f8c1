import Covenant
import CovenantFormat
import Testing

/// Each rule of RULES.md §6 stated in numbers.
@Suite("Support clock rules")
struct SupportClockRulesTests {
    typealias F = SupportFixtures

    @Test("Met is decided on working time: resolved Wed 17:30 after a 17:00 close-of-business deadline is met")
    func decisionOnWorkingTime() {
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-20T09:00:00-08:00,high,
            T-1,,replied,2026-01-20T09:10:00-08:00,,
            T-1,,resolved,2026-01-21T17:30:00-08:00,,
            """, tier: F.starter, asOf: utc(2026, 1, 31))
        #expect(outcome.resolution.deadline == at(2026, 1, 21, 17, 0, offset: -8))
        #expect(outcome.resolution.elapsedSeconds == 57_600)
        #expect(outcome.resolution.status == .met)
    }

    @Test("An automatic reply stops nothing; the first human reply stops the response clock")
    func autoReply() {
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,high,
            T-1,,auto_reply,2026-01-12T10:00:05-08:00,,We got your ticket
            T-1,,replied,2026-01-12T12:30:00-08:00,,
            T-1,,replied,2026-01-12T12:40:00-08:00,,
            """, tier: F.professional, asOf: utc(2026, 1, 31))
        #expect(outcome.response.elapsedSeconds == 9_000)
        #expect(outcome.response.targetSeconds == 7_200)
        #expect(outcome.response.status == .missed)
    }

    @Test("awaiting_customer and resolved stop the response clock too", arguments: ["awaiting_customer", "resolved"])
    func responseStops(event: String) {
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,medium,
            T-1,,\(event),2026-01-12T11:00:00-08:00,,
            """, tier: F.professional, asOf: utc(2026, 1, 31))
        #expect(outcome.response.elapsedSeconds == 3_600)
        #expect(outcome.response.status == .met)
        #expect(!outcome.response.isRunning)
    }

    @Test("The severity in force when the response clock stops sets its target: low raised to high before the reply")
    func severityRaisedBeforeStop() {
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,low,
            T-1,,severity,2026-01-12T10:30:00-08:00,high,
            T-1,,replied,2026-01-12T12:30:00-08:00,,
            """, tier: F.professional, asOf: utc(2026, 1, 31))
        #expect(outcome.response.severity == .high)
        #expect(outcome.response.targetSeconds == 7_200)
        #expect(outcome.response.elapsedSeconds == 9_000)
        #expect(outcome.response.status == .missed)
        #expect(outcome.severity == .high)
    }

    @Test("A severity row at the stopping instant counts only when read before the stop", arguments: [
        ("T-1,,severity,2026-01-12T12:30:00-08:00,critical,\nT-1,,replied,2026-01-12T12:30:00-08:00,,\n", Severity.critical),
        ("T-1,,replied,2026-01-12T12:30:00-08:00,,\nT-1,,severity,2026-01-12T12:30:00-08:00,critical,\n", Severity.low),
    ])
    func severityTies(rows: String, expected: Severity) {
        let outcome = F.outcome(
            "T-1,C-1,opened,2026-01-12T10:00:00-08:00,low,\n" + rows, tier: F.professional, asOf: utc(2026, 1, 31))
        #expect(outcome.response.severity == expected)
    }

    @Test("A severity change moves the clock: professional critical runs on extended-weekend")
    func severityChangesClock() {
        // Opened low Fri 17:00; raised to critical Sat 10:00 and still open Sat 12:00.
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-09T17:00:00-08:00,low,
            T-1,,severity,2026-01-10T10:00:00-08:00,critical,
            """, tier: F.professional, asOf: at(2026, 1, 10, 12, 0, offset: -8))
        #expect(outcome.response.clock == CalendarName("extended-weekend"))
        // Fri 17:00–18:00 and Sat 09:00–12:00 on extended-weekend.
        #expect(outcome.response.elapsedSeconds == 4 * 3600)
        #expect(outcome.response.status == .pending)
        #expect(outcome.resolution.clock == CalendarName("extended-weekend"))
        #expect(outcome.resolution.targetSeconds == Int64(2 * 9 * 3600))
    }

    @Test("Resolution severity is the one in force at the last resolved; later changes do not count")
    func severityAtResolution() {
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,medium,
            T-1,,replied,2026-01-12T10:30:00-08:00,,
            T-1,,resolved,2026-01-12T13:00:00-08:00,,
            T-1,,severity,2026-01-12T14:00:00-08:00,high,
            """, tier: F.professional, asOf: utc(2026, 1, 31))
        #expect(outcome.resolution.severity == .medium)
        #expect(outcome.resolution.targetSeconds == 32_400)
        #expect(outcome.resolution.status == .met)
    }

    static let reopened = """
        T-1,C-1,opened,2026-01-12T10:00:00-08:00,medium,
        T-1,,replied,2026-01-12T10:30:00-08:00,,
        T-1,,resolved,2026-01-12T12:00:00-08:00,,
        T-1,,reopened,2026-01-13T10:00:00-08:00,,

        """

    @Test("Reopened: the clock resumes; resolved again, elapsed is the sum of the runs (2 h + 7 h = 9 h, met)")
    func reopenedAndResolved() {
        let outcome = F.outcome(
            Self.reopened + "T-1,,resolved,2026-01-13T17:00:00-08:00,,\n", tier: F.professional, asOf: utc(2026, 1, 31))
        #expect(outcome.resolution.elapsedSeconds == 32_400)
        #expect(outcome.resolution.pausedSeconds == 0)
        #expect(outcome.resolution.deadline == at(2026, 1, 13, 17, 0, offset: -8))
        #expect(outcome.resolution.status == .met)
        #expect(!outcome.isOpen)
    }

    @Test("Reopened and not resolved again: still running; pending within target, missed beyond", arguments: [
        (at(2026, 1, 13, 15, 0, offset: -8), Int64(7 * 3600), ClockStatus.pending),
        (at(2026, 1, 13, 17, 0, offset: -8), Int64(9 * 3600), ClockStatus.pending),
        (at(2026, 1, 13, 17, 0, offset: -8) + 1, Int64(9 * 3600 + 1), ClockStatus.missed),
    ])
    func reopenedRunning(asOf: Int64, elapsed: Int64, status: ClockStatus) {
        let outcome = F.outcome(Self.reopened, tier: F.professional, asOf: asOf)
        #expect(outcome.isOpen)
        #expect(outcome.resolution.elapsedSeconds == elapsed)
        #expect(outcome.resolution.status == status)
    }

    @Test("Paused at as_of: elapsed stops at awaiting_customer; the deadline is as if resumed at as_of")
    func pausedAtAsOf() {
        // Enterprise medium: 4 h on extended. 1 h runs, then 4 h paused until as_of 15:00;
        // resuming then, 3 h remain: 18:00, the close of extended hours.
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,medium,
            T-1,,replied,2026-01-12T10:15:00-08:00,,
            T-1,,awaiting_customer,2026-01-12T11:00:00-08:00,,
            """, tier: F.enterprise, asOf: at(2026, 1, 12, 15, 0, offset: -8))
        #expect(outcome.resolution.elapsedSeconds == 3_600)
        #expect(outcome.resolution.pausedSeconds == 4 * 3600)
        #expect(outcome.resolution.deadline == at(2026, 1, 12, 18, 0, offset: -8))
        #expect(outcome.resolution.status == .pending)
        #expect(outcome.isAwaitingCustomer)
    }

    @Test("A pause ends at customer_replied; a second question pauses again")
    func twoPauses() {
        // Enterprise critical on `always`, 8 h: runs 1 h, paused 2 h, runs 1 h, paused 1 h, runs 30 min.
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,critical,
            T-1,,awaiting_customer,2026-01-12T11:00:00-08:00,,
            T-1,,customer_replied,2026-01-12T13:00:00-08:00,,
            T-1,,awaiting_customer,2026-01-12T14:00:00-08:00,,
            T-1,,customer_replied,2026-01-12T15:00:00-08:00,,
            T-1,,resolved,2026-01-12T15:30:00-08:00,,
            """, tier: F.enterprise, asOf: utc(2026, 1, 31))
        #expect(outcome.resolution.elapsedSeconds == 9_000)
        #expect(outcome.resolution.pausedSeconds == 3 * 3600)
        #expect(outcome.resolution.deadline == at(2026, 1, 12, 21, 0, offset: -8))
    }

    @Test("At as_of, a running response is pending until its working time exceeds the target, then missed", arguments: [
        (Int64(7_199), ClockStatus.pending), (Int64(7_200), ClockStatus.pending), (Int64(7_201), ClockStatus.missed),
    ])
    func pendingVersusMissed(seconds: Int64, status: ClockStatus) {
        let opened = at(2026, 1, 12, 10, 0, offset: -8)
        let outcome = F.outcome(
            "T-1,C-1,opened,2026-01-12T10:00:00-08:00,high,\n", tier: F.professional, asOf: opened + seconds)
        #expect(outcome.response.elapsedSeconds == seconds)
        #expect(outcome.response.status == status)
        #expect(outcome.response.deadline == opened + 7_200)
    }

    @Test("Events after as_of have not happened yet")
    func eventsAfterAsOf() {
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,high,
            T-1,,replied,2026-01-12T11:00:00-08:00,,
            """, tier: F.professional, asOf: at(2026, 1, 12, 10, 30, offset: -8))
        #expect(outcome.response.isRunning)
        #expect(outcome.response.elapsedSeconds == 1_800)
    }

    @Test("No resolution target: status none, no target, no deadline (starter low)")
    func noResolutionTarget() {
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,low,
            T-1,,replied,2026-01-12T11:00:00-08:00,,
            T-1,,resolved,2026-01-13T11:00:00-08:00,,
            """, tier: F.starter, asOf: utc(2026, 1, 31))
        #expect(outcome.resolution.status == .none)
        #expect(outcome.resolution.targetSeconds == nil)
        #expect(outcome.resolution.deadline == nil)
        #expect(outcome.resolution.elapsedSeconds == 9 * 3600)
    }

    @Test("A business-day target is n × the calendar's day length", arguments: [
        (SupportFixtures.professional, Severity.medium, Int64(9 * 3600)),
        (SupportFixtures.professional, Severity.low, Int64(3 * 9 * 3600)),
        (SupportFixtures.professional, Severity.high, Int64(8 * 3600)),
        (SupportFixtures.starter, Severity.critical, Int64(5 * 8 * 3600)),
    ])
    func businessDays(tier: Tier, severity: Severity, target: Int64) {
        let outcome = F.outcome(
            "T-1,C-1,opened,2026-01-12T10:00:00-08:00,\(severity),\n", tier: tier, asOf: utc(2026, 1, 12, 18, 0))
        #expect(outcome.resolution.targetSeconds == target)
    }

    @Test("Holiday extension: met when working time at the reply is at most the working time to the extended deadline")
    func holidayExtensionOnWorkingTime() {
        // Professional medium, 4 h on extended, opened Thu 2026-12-24 10:00: the deadline 14:00 moves 24 h to
        // Fri 12-25 14:00 (Christmas, closed), so 8 h of working time are allowed; Mon 12-28 opens at 09:00.
        let opened = "T-1,C-1,opened,2026-12-24T10:00:00-08:00,medium,\n"
        let onTime = F.outcome(opened + "T-1,,replied,2026-12-28T09:00:00-08:00,,\n", tier: F.professional, asOf: utc(2027, 1, 5))
        #expect(onTime.response.deadline == at(2026, 12, 25, 14, 0, offset: -8))
        #expect(onTime.response.allowedSeconds == Int64(8 * 3600))
        #expect(onTime.response.elapsedSeconds == 8 * 3600)
        #expect(onTime.response.status == .met)
        let late = F.outcome(opened + "T-1,,replied,2026-12-28T09:30:00-08:00,,\n", tier: F.professional, asOf: utc(2027, 1, 5))
        #expect(late.response.status == .missed)
    }

    @Test("Holiday periods apply to listed tiers only, by the opening date in the catalog's zone", arguments: [
        ("2027-01-02T23:30:00-08:00", SupportFixtures.starter, Int64(86_400)),
        ("2027-01-03T07:30:00Z", SupportFixtures.starter, Int64(86_400)),
        ("2027-01-03T00:30:00-08:00", SupportFixtures.starter, Int64(0)),
        ("2026-12-23T23:59:59-08:00", SupportFixtures.starter, Int64(0)),
        ("2026-12-24T00:00:00-08:00", SupportFixtures.enterprise, Int64(0)),
    ])
    func holidayPeriodMembership(opened: String, tier: Tier, extensionSeconds: Int64) {
        let outcome = F.outcome("T-1,C-1,opened,\(opened),low,\n", tier: tier, asOf: utc(2027, 2, 1))
        #expect(outcome.response.extensionSeconds == extensionSeconds)
    }

    @Test("Excluded tickets keep their reason and clocks")
    func excluded() {
        let outcome = F.outcome(
            """
            T-1,C-1,opened,2026-01-12T10:00:00-08:00,high,
            T-1,,excluded,2026-01-12T10:05:00-08:00,,third-party
            T-1,,replied,2026-01-12T16:00:00-08:00,,
            """, tier: F.professional, asOf: utc(2026, 1, 31))
        #expect(outcome.exclusion == .thirdParty)
        #expect(!outcome.isCounted)
        #expect(outcome.response.status == .missed)
    }
}
