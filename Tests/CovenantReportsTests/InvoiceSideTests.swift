import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

@Suite("The invoice side of statements, the summary's credit columns, the ledger and report pages")
struct InvoiceSideTests {
    static func march() throws -> Portfolio {
        Portfolio(month: LocalMonth(year: 2026, month: 3)!, statements: try SampleProject.statements("2026-03"))
    }

    @Test("SmallMart's March statement shows $15,000.00 − $2,250.00 = $12,750.00 in every format", arguments: [
        (ReportFormat.text, ["Invoice\n", "  Credit applied        -$2,250.00 from the 2026-02 statement\n",
                             "  Net invoice           $12,750.00\n"]),
        (.md, ["## Invoice\n", "- Credit applied: -$2,250.00 from the 2026-02 statement\n",
               "- Net invoice: **$12,750.00**\n"]),
        (.html, ["<p class=\"label\">Net invoice</p><p class=\"value\">$12,750.00</p>",
                 "<p class=\"note\">$15,000.00 charge less the February 2026 credit of $2,250.00</p>",
                 "<tr><td>Net invoice</td><td class=\"num\">$12,750.00</td></tr>"]),
        (.json, ["\"invoice\": {\n    \"credit_from\": \"2026-02\",\n    \"credit_applied\": \"2250.00\",\n"
                    + "    \"net\": \"12750.00\"\n  },\n"]),
        (.csv, ["charge,invoice_credit_from,invoice_credit_applied,invoice_net,",
                ",15000.00,\"2026-02\",2250.00,12750.00,"]),
    ])
    func smallMartMarch(format: ReportFormat, expected: [String]) throws {
        let statement = try SampleProject.statement("C-2026-014", "2026-03")
        let text = StatementReport.render(statement, format: format)
        for part in expected { #expect(text.contains(part), "\(format): \(part)") }
    }

    @Test("the HTML headline credit is the amount applied; a forfeited credit is shown as forfeited", arguments: [
        ("C-2026-021", "2026-03", "figure credit", "$37,500.00",
         "50% of the charge · applied to the April 2026 invoice"),
        ("C-2026-034", "2026-03", "figure forfeited", "$0.00",
         "10% of the charge · $137.10 forfeited: not in service in April 2026"),
        ("C-2026-014", "2026-03", "figure", "$0.00", "none due"),
    ])
    func headline(contract: String, month: String, cssClass: String, value: String, note: String) throws {
        let page = StatementReport.render(try SampleProject.statement(contract, month), format: .html)
        #expect(page.contains(
            "<div class=\"\(cssClass)\"><p class=\"label\">Credit applied</p><p class=\"value\">\(value)</p>"
                + "<p class=\"note\">\(note)</p></div>"))
        PageChecks.check(page)
    }

    @Test("the March summary: $37,637.10 earned, $37,500.00 applied to April invoices, $137.10 forfeited", arguments: [
        (ReportFormat.text, ["  all                   7  $113,870.97  $37,637.10  $37,500.00    $137.10\n",
                             "earned     applied  forfeited"]),
        (.md, ["| Tier | Contracts | Charges | Earned | Applied | Forfeited |\n",
               "| **all** | 7 | $113,870.97 | $37,637.10 | $37,500.00 | $137.10 |\n",
               "| $137.10 | $0.00 | $137.10 | 100.0% | - |\n"]),
        (.html, ["<th class=\"num\">Earned</th><th class=\"num\">Applied</th><th class=\"num\">Forfeited</th>",
                 "<tfoot><tr><td>All tiers</td><td class=\"num\">7</td><td class=\"num\">$113,870.97</td>"
                    + "<td class=\"num\">$37,637.10</td><td class=\"num\">$37,500.00</td>"
                    + "<td class=\"num\">$137.10</td></tr></tfoot>"]),
        (.json, ["\"schema\": \"covenant.summary/2\"", "\"credits_earned\": \"37637.10\",\n",
                 "\"credits_applied\": \"37500.00\",\n", "\"credits_forfeited\": \"137.10\",\n",
                 "\"credit_applied_to\": \"2026-04\",\n"]),
        (.csv, [",137.10,false,,0.00,137.10,"]),
    ])
    func summaryColumns(format: ReportFormat, expected: [String]) throws {
        let text = PortfolioReport.render(try Self.march(), format: format)
        for part in expected { #expect(text.contains(part), "\(format): \(part)") }
    }

    @Test("the summary totals: earned = applied + forfeited in each tier")
    func summaryTotals() throws {
        let portfolio = try Self.march()
        for (_, totals) in portfolio.totalsByTier(currency: .usd) {
            #expect(totals.earned == totals.applied + totals.forfeited)
        }
        let all = portfolio.totals(currency: .usd)
        #expect([all.earned.plain, all.applied.plain, all.forfeited.plain] == ["37637.10", "37500.00", "137.10"])
    }

    @Test("the report page over time is a self-contained, printable page with a chart per tier")
    func reportPage() throws {
        let (catalog, contracts, events) = try SampleProject.load()
        let builder = StatementBuilder(catalog: catalog, contracts: contracts, events: events)
        let january = LocalMonth(year: 2026, month: 1)!
        let span = builder.span(from: january.adding(months: -1), through: LocalMonth(year: 2026, month: 3)!)
        var caches = StatementBuilder.Month.Caches()
        let statements = try contracts.map { try span.statements(for: $0, caches: &caches) }
        let history = PerformanceHistory(
            first: january, last: LocalMonth(year: 2026, month: 3)!, statements: statements, catalog: catalog)
        let page = PerformanceReport.render(history, format: .html)
        PageChecks.check(page)
        #expect(page.components(separatedBy: "<svg class=\"chart\"").count == 5)
        #expect(page.contains("<title id=\"chart-1\">Enterprise: contracts meeting the uptime target, response and "
            + "resolution attainment</title>"))
    }

    @Test("a journal description is one line with no ';' or '|'", arguments: [
        ("Initech LLC", "Initech LLC"), ("A;B|C", "A,B/C"), ("  a\nb\r\u{2028}c\u{1B}  ", "a b  c"),
        ("Café Zürich", "Café Zürich"),
    ])
    func journalEscape(text: String, escaped: String) {
        #expect(Escape.journal(text) == escaped)
    }
}
