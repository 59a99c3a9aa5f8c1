import CovenantFormat
import Testing

@testable import Covenant
@testable import CovenantReports

@Suite("Statement notes and maintenance reasons, worded once for every format")
struct StatementWordsTests {
    static func usd(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .usd) }
    static let march = LocalMonth(year: 2026, month: 3)!

    @Test(
        "Each note in words",
        arguments: [
            (
                StatementNote.incidentOpen(IncidentID("INC-9")),
                "incident INC-9 is still open: counted to the end of the month; figures are provisional"
            ),
            (.noEligibleTime, "no eligible time this month: uptime is 100%"),
            (
                .creditForfeited(usd(25_000), notInService: march),
                "credit of $250.00 forfeited: the contract is not in service in 2026-03"
            ),
            (
                .creditPartlyForfeited(usd(44_355), aboveChargeOf: march),
                "$443.55 of the credit forfeited: it exceeds the 2026-03 charge"
            ),
            (
                .belowMinimumCredit(computed: usd(7_500)),
                "computed credit $75.00 is below the minimum credit; none issued"
            ),
            (
                .ticketOutOfService(TicketID("T-6"), opened: 1_767_373_200),
                "ticket T-6 was opened 2026-01-02T17:00:00Z, when the contract was not in service; not reported"
            ),
        ])
    func note(note: StatementNote, words: String) {
        #expect(note.words == words)
    }

    static func classification(
        standing: Bool, _ outcome: MaintenanceClassification.Outcome
    ) -> MaintenanceClassification {
        let event = MaintenanceEvent(
            id: "MW-1", title: "Upgrade", start: 0, end: 18_000, announced: -259_200, scope: .all,
            location: SourceLocation(file: SourceFile(path: "m.yaml", text: ""), range: .at(0)))
        return MaintenanceClassification(
            event: event, standing: IntervalSet(standing ? [0..<3600] : []), rest: IntervalSet([3600..<18_000]),
            outcome: outcome, noticeSeconds: 259_200)
    }

    @Test("Maintenance reasons: the standing part first, then the extra window or why it was refused")
    func reasons() {
        #expect(Self.classification(standing: true, .standing).reasonWords == "standing window")
        #expect(Self.classification(standing: false, .extraGranted).reasonWords == "extra window")
        #expect(
            Self.classification(standing: true, .downtime([.lateNotice, .tooLong])).reasonWords
                == "standing window; late notice, too long")
        #expect(
            Self.classification(standing: false, .downtime([.overAllowance])).reasonWords
                == "over the monthly allowance")
    }

    @Test("Maintenance counted as downtime: 3 days' notice of 7 required, 4h outside windows of at most 2h, 1 a month")
    func maintenanceNote() {
        let policy = MaintenancePolicy(standing: [], extraPerMonth: 1, extraMaxDuration: 7200, extraNotice: 604_800)
        let note = StatementNote.maintenanceCounted(
            Self.classification(standing: true, .downtime([.lateNotice, .tooLong, .overAllowance])), policy: policy)
        #expect(
            note.words == "maintenance MW-1 announced 3 days ahead (7 days required) and lasts 4h outside standing "
                + "windows (at most 2h) and is over the allowance of 1 extra window a month; counted as downtime")
    }

    @Test("Watch notes in words")
    func watchNote() {
        let note = WatchNote.noTerms(TicketID("T-1"), contract: ContractID("C-1"), month: Self.march)
        #expect(note.words == "ticket T-1: contract C-1 has no terms for 2026-03; not watched")
    }
}
