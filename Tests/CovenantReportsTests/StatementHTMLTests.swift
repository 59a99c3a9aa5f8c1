import Covenant
import CovenantFormat
@testable import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

@Suite("HTML statements: self-contained pages with the month at a glance")
struct StatementHTMLTests {
    static let months = ["2026-01", "2026-02", "2026-03"]

    @Test("every sample statement and summary page is well-formed and self-contained", arguments: months)
    func samples(month: String) throws {
        let statements = try SampleProject.statements(month)
        #expect(!statements.isEmpty)
        for statement in statements {
            PageChecks.check(StatementReport.render(statement, format: .html))
        }
        let portfolio = Portfolio(month: try #require(ScalarReader.month(month)), statements: statements)
        PageChecks.check(PortfolioReport.render(portfolio, format: .html))
    }

    @Test("SmallMart's February page carries case A's figures: 99.8710% missed, $2,250.00 applied to March")
    func headline() throws {
        let statement = try #require(try SampleProject.statements("2026-02").first { $0.contract.id.rawValue == "C-2026-014" })
        let page = StatementReport.render(statement, format: .html)
        let text = PageChecks.parse(page).text
        for fragment in [
            "99.8710%", "target 99.9%: missed", "$15,000.00", "$2,250.00", "applied to the March 2026 invoice",
            "2,416,080 / 2,419,200 s", "52 min", "the target allows 40 min 19.2 s",
            "Cap: 50% of the charge, not reached.",
        ] {
            #expect(text.contains(fragment), "missing \(fragment)")
        }
        #expect(page.contains("<div class=\"figure missed\">"))
    }

    @Test(
        "timeline coordinates are hundredths written without trailing zeros, as the decimal formatter writes them",
        arguments: [0, 5, 50, 150, 6_400, 12_305, 12_340, 12_345, 72_000, -150, -12_345])
    func coordinate(hundredths: Int) {
        let expected = DecimalNumber.formatTrimmed(Int128(hundredths), scale: 2)
        #expect(StatementHTMLRenderer.number(hundredths) == expected)
        #expect(["0", "0.05", "0.5", "1.5", "64", "123.05", "123.4", "123.45", "720", "-1.5", "-123.45"].contains(expected))
    }

    @Test("the timeline draws INC-0205 on 10 February from 09:00 to 09:52 and INC-0224 as not counted")
    func timeline() throws {
        let statement = try #require(try SampleProject.statements("2026-02").first { $0.contract.id.rawValue == "C-2026-014" })
        let page = StatementReport.render(statement, format: .html)
        // Row 10 starts at 22 + 9 × 18 = 184; 09:00 is 64 + 644 × 9/24 = 305.5; 52 minutes are 644 × 52/1440 = 23.26.
        #expect(page.contains("<rect class=\"down\" x=\"305.5\" y=\"184\" width=\"23.26\" height=\"14\"><title>INC-0205: API outage after deploy (platform)</title></rect>"))
        // Row 24 starts at 22 + 23 × 18 = 436; 13:00 is 64 + 644 × 13/24 = 412.83.
        #expect(page.contains("<rect class=\"not-counted\" x=\"412.83\" y=\"439\""))
        #expect(page.components(separatedBy: "<rect class=\"day").count - 1 == 28)
    }

    @Test("days out of service, excluded and counted maintenance each have their own mark")
    func marks() throws {
        let march = try SampleProject.statements("2026-03")
        let initech = try #require(march.first { $0.contract.id.rawValue == "C-2026-034" })
        let page = StatementReport.render(initech, format: .html)
        #expect(page.components(separatedBy: "<rect class=\"day off\"").count - 1 == 14)
        #expect(page.contains("<rect class=\"excluded\""))
        let january = try SampleProject.statements("2026-01")
        let globex = try #require(january.first { $0.contract.id.rawValue == "C-2026-021" })
        #expect(StatementReport.render(globex, format: .html).contains("<rect class=\"maintenance-down\""))
    }

    @Test("the page is the same bytes every time")
    func deterministic() throws {
        let statements = try SampleProject.statements("2026-01")
        for statement in statements {
            #expect(StatementReport.render(statement, format: .html) == StatementReport.render(statement, format: .html))
        }
    }

    @Test("a hostile customer and incident title render as text, in the page and in the timeline's titles")
    func hostile() throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(yaml: AppendixSamples.hostileYAML, catalog: catalog)
        var log = EventLog()
        let incidents = """
            timezone: America/Los_Angeles
            incidents:
              - id: INC-X
                title: "<img src=x onerror=alert(1)> & </title></svg><script>"
                start: 2026-01-05 10:00
                end: 2026-01-05 11:00
                scope: all
                cause: platform

            """
        let diagnostics = log.add(
            try DocumentParser.parse(SourceFile(path: "incidents.yaml", text: incidents)), defaultZone: catalog.defaultZone,
            knownContracts: [contract.id])
        #expect(!diagnostics.hasErrors)
        let statement = try #require(
            try StatementBuilder(catalog: catalog, contracts: [contract], events: log).statements(for: LocalMonth(year: 2026, month: 1)!).first)
        let page = StatementReport.render(statement, format: .html)
        PageChecks.check(page, strict: false)
        let text = PageChecks.parse(page).text
        #expect(text.contains("<script>alert(1)</script> & Sons"))
        #expect(text.contains("<img src=x onerror=alert(1)> & </title></svg><script>"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/title&gt;&lt;/svg&gt;&lt;script&gt;"))
    }

    @Test("support rows per severity and for all tickets, and a ticket list, come from the document's support part")
    func support() throws {
        let statement = try #require(try SampleProject.statements("2026-02").first { $0.contract.id.rawValue == "C-2026-014" })
        var document = StatementWriter(statement).document()
        let target = DecimalNumber(95)
        var tenOfEleven = Attainment(target: target)
        tenOfEleven.met = 10
        tenOfEleven.missed = 1
        var pending = Attainment(target: target)
        pending.pending = 2
        document.support.metrics[0].attainment = tenOfEleven
        document.support.metrics[1].attainment = pending
        document.support.severities = [StatementDocument.SeverityRow(severity: .medium, attainments: [tenOfEleven, nil])]
        document.support.tickets[0].id = "T-<1001>"
        document.support.tickets[0].exclusion = .featureRequest
        let page = StatementHTMLRenderer().render(document)
        PageChecks.check(page)
        let text = PageChecks.parse(page).text
        #expect(page.contains("<h2>Response time performance</h2>"))
        #expect(page.contains("<h2>Resolution time performance</h2>"))
        #expect(page.contains("<h2>Excluded tickets (not counted)</h2>"))
        for fragment in [
            "Medium", "10 met, 1 missed", "90.9% (target 95%: not achieved)", "0 met, 0 missed, 2 pending",
            "none counted (target 95%)", "0 met, 0 missed", "T-<1001>", "feature-request",
            "met in 1 h 30 min of 2 h",
        ] {
            #expect(text.contains(fragment), "missing \(fragment)")
        }
    }
}
