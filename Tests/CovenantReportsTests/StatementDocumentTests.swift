import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Testing

@Suite("The statement document: facts written once for every format")
struct StatementDocumentTests {
    static func smallMartFebruary() throws -> StatementDocument {
        let statement = try #require(
            try SampleProject.statements("2026-02").first { $0.contract.id.rawValue == "C-2026-014" })
        return StatementWriter(statement).document()
    }

    @Test("SmallMart's February: 2,416,080 of 2,419,200 s, 99.8710% against 99.9%, 2,419.2 s allowed, locked 2026.1")
    func figures() throws {
        let document = try Self.smallMartFebruary()
        #expect(document.heading.contract == "C-2026-014")
        #expect(document.heading.catalogVersion == "2026.1" && document.heading.locked)
        #expect(document.zone.identifier == "America/Los_Angeles")
        let availability = document.availability
        #expect((availability.available, availability.eligible, availability.downtime) == (2_416_080, 2_419_200, 3_120))
        #expect(availability.uptime == "99.8710" && !availability.met)
        #expect(availability.allowedDowntime.description == "2419.2")
        #expect(document.credit.amount.plain == "2250.00" && document.creditCap == DecimalNumber(50))
    }

    @Test("Incidents keep why they count: INC-0205 counts 3,120 s, INC-0224 is a degradation that counts nothing")
    func incidents() throws {
        let document = try Self.smallMartFebruary()
        #expect(document.incidents.map(\.id) == ["INC-0205", "INC-0224"])
        #expect(document.incidents.map(\.counting) == [.counts, .notDowntime])
        #expect(document.incidents.map(\.counted) == [3_120, 0])
        #expect(document.incidents.map(\.clipped) == [3_120, 2_400])
    }

    @Test("The timeline marks INC-0205 on 10 February 09:00–09:52 as down and INC-0224 on the 24th as not counted")
    func timeline() throws {
        let timeline = try Self.smallMartFebruary().timeline
        #expect(timeline.days.count == 28 && timeline.days.allSatisfy(\.inService))
        #expect(timeline.days[0].weekday == 7)
        #expect(timeline.marks.map(\.kind) == [.down, .notCounted])
        #expect(
            timeline.marks[0].day == 10 && timeline.marks[0].from == 9 * 3600
                && timeline.marks[0].to == 9 * 3600 + 52 * 60)
        #expect(timeline.marks[0].label == "INC-0205: API outage after deploy (platform)")
        #expect(timeline.marks[1].day == 24)
    }

    @Test("Support has a metric each for response and resolution, one severity row, and the ticket's two clocks")
    func support() throws {
        let support = try Self.smallMartFebruary().support
        #expect(support.metrics.map(\.name) == ["response", "resolution"])
        #expect(support.metrics.map(\.attainment.met) == [1, 1])
        #expect(support.metrics.map(\.averageSeconds) == [5_400, 21_600])
        #expect(support.severities.map(\.severity) == [.high])
        #expect(support.tickets.map(\.id) == ["T-2001"] && support.tickets[0].clocks.count == 2)
        #expect(support.missedTickets.isEmpty && support.excludedTickets.isEmpty)
    }

    @Test("The explanation has eight numbered steps, each line indented three spaces and details five")
    func explanation() throws {
        let document = try Self.smallMartFebruary()
        #expect(
            document.steps.map(\.title) == [
                "Terms in force on 2026-02-01, the month's first day of service", "The month", "Incidents",
                "Maintenance",
                "Availability", "Charge and invoice", "Credit", "Support, as of 2026-03-31T23:00:00Z",
            ])
        let text = ExplanationRenderer().render(document)
        #expect(text.hasPrefix("EXPLANATION C-2026-014 2026-02: SmallMart Inc.\n\n1. Terms in force on 2026-02-01"))
        #expect(text.contains("\n3. Incidents\n   INC-0205 (platform, scope contracts C-2026-014): "))
        #expect(
            text.contains("\n     inside the month's service: 3,120 s; counts: 3,120 s outside excluded maintenance\n"))
        #expect(text.contains("\n   band below 99.9% → 15%: uptime is below: applies\n"))
        #expect(text.hasSuffix("target 95%: achieved\n"))
    }

    @Test("A control character from a file reaches no text output: the text format's one escaping point shows its code")
    func plainTextEscaping() throws {
        var document = try Self.smallMartFebruary()
        document.heading.customer = "Small\u{1B}[31mMart"
        document.incidents[0].title = "API\u{7} outage"
        let text = StatementTextRenderer().render(document)
        #expect(text.contains("Small\\u{1B}[31mMart (C-2026-014)"))
        #expect(text.contains("    API\\u{7} outage\n"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("Only the parts asked for are built: text and Markdown need neither timeline nor steps")
    func parts() throws {
        let statement = try SampleProject.statement("C-2026-014", "2026-02")
        let bare = StatementWriter(statement).document([])
        #expect(bare.timeline.days.isEmpty && bare.timeline.marks.isEmpty && bare.steps.isEmpty)
        #expect(bare.availability == StatementWriter(statement).document().availability)
        #expect(StatementWriter(statement).document(.steps).steps.count == 8)
        #expect(StatementWriter(statement).document(.timeline).timeline.days.count == 28)
    }
}
