import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Testing

@Suite("Statement golden files")
struct StatementGoldenTests {
    static let cases = [("2026-02", "C-2026-014"), ("2026-01", "C-2026-021")]

    @Test("every format of two contracts' statements matches its golden file", arguments: cases)
    func statement(month: String, contract: String) throws {
        let statement = try #require(try SampleProject.statements(month).first { $0.contract.id.rawValue == contract })
        for format in StatementReport.formats {
            try goldenFiles.check(
                StatementReport.render(statement, format: format), "statement/\(contract)-\(month).\(format.fileExtension)")
        }
    }

    @Test("a statement's JSON written straight as text is its JSON value rendered, for every sample statement")
    func jsonTextIsTheTree() throws {
        for month in ["2026-01", "2026-02", "2026-03"] {
            for statement in try SampleProject.statements(month) {
                #expect(StatementJSON.render(statement) == StatementJSON.value(statement).rendered)
            }
        }
    }

    @Test("every format of the portfolio summary matches its golden file")
    func summary() throws {
        let portfolio = Portfolio(month: LocalMonth(year: 2026, month: 1)!, statements: try SampleProject.statements("2026-01"))
        for format in PortfolioReport.formats {
            try goldenFiles.check(PortfolioReport.render(portfolio, format: format), "statement/summary-2026-01.\(format.fileExtension)")
        }
    }

    @Test("JSON carries CLI.md's figures for SmallMart's February: 3,120 s down, 15% = 2250.00 applied to March")
    func jsonFigures() throws {
        let statement = try #require(try SampleProject.statements("2026-02").first { $0.contract.id.rawValue == "C-2026-014" })
        let json = StatementJSON.render(statement)
        for fragment in [
            "\"uptime_exact\": \"2416080/2419200\"", "\"uptime_percent\": \"99.8710\"", "\"band_below\": \"99.9\"",
            "\"percent\": \"15\"", "\"amount\": \"2250.00\"", "\"applied_to\": \"2026-03\"", "\"catalog_version\": \"2026.1\"",
            "\"locked\": true", "\"uptime_target\": \"99.9\"", "\"charge\": \"15000.00\"",
        ] {
            #expect(json.contains(fragment), "missing \(fragment)")
        }
    }
}
