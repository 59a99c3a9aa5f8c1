import Covenant
import CovenantFormat
import Foundation
import Testing

@testable import CovenantCLI

@Suite("covenant report")
struct ReportCommandTests {
    @Test("the committed Reports/report-2026Q1.* are exactly what a run writes")
    func committedSample() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        let run = project.run(["report", "--from", "2026-01", "--to", "2026-03", "--format", "text,md,html,csv,json"])
        #expect(run.code == 0)
        #expect(run.out == "wrote the report 2026-01 to 2026-03 to Reports/report-2026Q1.* "
            + "(text, md, html, csv, json)\n")
        for ext in ["txt", "md", "html", "csv", "json"] {
            let name = "Reports/report-2026Q1.\(ext)"
            let committed = try #require(FileManager.default.contents(atPath: CLIHarness.root + "/" + name))
            #expect(FileManager.default.contents(atPath: project.folder + "/" + name) == committed, "\(name)")
        }
    }

    @Test("files are named by the range: a quarter, a year, a month, or both ends", arguments: [
        ("2026-04", "2026-06", "2026Q2"), ("2026-01", "2026-12", "2026"), ("2026-03", "2026-03", "2026-03"),
        ("2026-02", "2026-04", "2026-02-to-2026-04"), ("2025-12", "2026-02", "2025-12-to-2026-02"),
    ])
    func fileNames(from: String, to: String, name: String) throws {
        let range = try MonthSpanOptions(
            try Arguments(["--from", from, "--to", to], valued: ["from", "to"]), defaultFirst: nil, defaultLast: nil,
            missing: "")
        #expect(ReportCommand.fileName(range) == name)
    }

    @Test("the HTML page has a chart per tier (its checks as a page are in CovenantReportsTests)")
    func page() throws {
        let result = CLIHarness.run(
            ["report", "--from", "2026-01", "--to", "2026-03", "--format", "html", "--out", "-"],
            in: CLIHarness.sampleProject())
        #expect(result.code == 0)
        #expect(result.out.components(separatedBy: "<svg class=\"chart\"").count - 1 == 4)
        #expect(result.out.contains("<h3>Professional (USD)</h3>"))
    }

    @Test("red flags are listed: the starter tier's response attainment in January and February")
    func flags() {
        let result = CLIHarness.run(
            ["report", "--from", "2026-01", "--to", "2026-03", "--out", "-"], in: CLIHarness.sampleProject())
        #expect(result.code == 0)
        #expect(result.out.contains("  - 2026-01 Starter tier (USD): response attainment 75.0% under the 90% target\n"))
        #expect(
            result.out.contains(
                "  - 2026-02 C-2026-033 Bolt Hardware: response attainment 0.0% under the 90% target\n"))
    }

    @Test("the CSV has a row per tier-month and per contract-month, with the survey targets")
    func csv() throws {
        let result = CLIHarness.run(
            ["report", "--from", "2026-02", "--to", "2026-03", "--format", "csv", "--out", "-"],
            in: CLIHarness.sampleProject())
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n")
        // 4 tiers by currency (Professional in USD and in EUR) × 2 months, and 8 contracts × 2 months.
        #expect(lines.count == 1 + 8 + 16)
        #expect(lines.contains {
            $0.hasPrefix(#""contract","professional","USD","C-2026-015","Hooli XYZ","2026-02",1,1,"#)
                && $0.contains(",5.0,1,8,false,-100.0,1,40,false,")
        })
    }

    @Test("--from and --to are required; bad formats are usage errors (64)", arguments: [
        (["--to", "2026-03"], "--from YYYY-MM is needed"), (["--from", "2026-01"], "--to YYYY-MM is needed"),
        (["--from", "2026-01", "--to", "2026-03", "--format", "journal"], "unknown report format 'journal'"),
    ])
    func usage(arguments: [String], message: String) {
        let result = CLIHarness.run(["report"] + arguments, in: CLIHarness.sampleProject())
        #expect(result.code == 64)
        #expect(result.err.contains(message))
    }

    @Test("! marks the figure shown: a tier pooled at 99.9355% meets 99.9% though one of its 2 contracts missed")
    func pooledMark() {
        let result = CLIHarness.run(
            ["report", "--from", "2026-01", "--to", "2026-03", "--out", "-"], in: CLIHarness.sampleProject())
        #expect(result.code == 0)
        #expect(result.out.contains("  2026-02  1 of 2   99.9355%   99.9%  $2,250.00"))
        #expect(result.out.contains("8 contracts in 3 tiers (4 tables, one per tier and currency) from 2026-01"))
        // A contract that missed is marked: SmallMart, 99.8710% against 99.9%.
        #expect(result.out.contains("99.8710%!"))
    }
}
