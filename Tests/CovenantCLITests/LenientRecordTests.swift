import Covenant
import CovenantFormat
import CovenantReports
import Foundation
import Testing

@testable import CovenantCLI

/// `--lenient` leaves bad rows out; the statements they belong to, and the
/// summary, say so in every format.
@Suite("covenant statement --lenient: skipped rows are recorded")
struct LenientRecordTests {
    /// Two bad rows of C-ENT's January ticket T-2 (its opened row has a bad
    /// severity, so its reply is skipped too), one of a contract that does not exist.
    static func project() -> String {
        SupportProject.make(
            tickets: """
                T-1,C-ENT,opened,2026-01-12T10:00:00-08:00,high,
                T-1,,replied,2026-01-12T10:10:00-08:00,,
                T-2,C-ENT,opened,2026-01-13T10:00:00-08:00,urgent,
                T-2,,replied,2026-01-13T10:05:00-08:00,,
                T-3,C-NONE,opened,2026-01-14T10:00:00-08:00,high,

                """,
            surveys: "C-PRO,2026-01-20T10:00:00Z,csat,11\n")
    }

    static let note =
        "--lenient skipped 2 rows of the event files that belong to this statement; they are not counted: "
        + "Scenarios/tickets.csv line 4 (unknown severity 'urgent'; expected one of critical, high, medium, low), "
        + "Scenarios/tickets.csv line 5 (the 'opened' row of ticket T-2 at Scenarios/tickets.csv:4 has errors)"

    @Test("each affected statement notes its skipped rows in text, md, html, json and csv; others do not")
    func everyFormat() throws {
        let project = Self.project()
        let result = CLIHarness.run(
            ["statement", "--month", "2026-01", "--lenient", "--format", "text,md,json,csv,html"], in: project)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.contains("Scenarios/tickets.csv:6:1: warning: no contract has the id 'C-NONE'; row skipped"))
        #expect(result.out.contains("  4 rows skipped by --lenient (see the warnings above); 3 belong to these "
            + "statements, whose notes name them\n"))
        let folder = project + "/Reports/2026-01/"
        func read(_ name: String) throws -> String { try String(contentsOfFile: folder + name, encoding: .utf8) }
        #expect(try read("C-ENT.txt").contains("  - " + Self.note + "\n"))
        // Markdown escapes the leading '-', which would otherwise start a list.
        #expect(try read("C-ENT.md").contains("- \\" + Self.note + "\n"))
        #expect(try read("C-ENT.html").contains("<li>" + Self.note.replacingOccurrences(of: "'", with: "&#39;")
            + "</li>"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(read("C-ENT.json").utf8)) as? [String: Any])
        let rows = try #require(json["skipped_rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.first?["file"] as? String == "Scenarios/tickets.csv")
        #expect(rows.first?["line"] as? Int == 4)
        let reason = "the 'opened' row of ticket T-2 at Scenarios/tickets.csv:4 has errors"
        #expect(rows.last?["reasons"] as? [String] == [reason])
        #expect((json["warnings"] as? [String])?.contains(Self.note) == true)
        let csv = try read("C-ENT.csv").split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(csv[0].last == "skipped_rows")
        #expect(csv[1].last == "2")
        // The survey row with a score of 11 is C-PRO's.
        #expect(try read("C-PRO.txt").contains("--lenient skipped 1 row of the event files that belongs to this "
            + "statement; it is not counted: Scenarios/surveys.csv line 2 (csat scores are 1 to 10, found 11)"))
        #expect(try !read("C-STA.txt").contains("--lenient"))
        #expect(try !read("C-STA.json").contains("Scenarios/"))
        let summary = "--lenient skipped 3 rows that belong to these statements (C-ENT: 2, C-PRO: 1); each "
            + "statement's notes say which and why"
        #expect(try read("summary.txt").contains(summary))
        #expect(try read("summary.md").contains(summary))
        #expect(try read("summary.html").contains(summary.replacingOccurrences(of: "'", with: "&#39;")))
        #expect(try read("summary.json").contains("\"skipped_rows\": 2"))
    }

    @Test("without --lenient the same rows stop the run (65); a month the rows do not fall in notes nothing")
    func strictAndOtherMonth() {
        let project = Self.project()
        #expect(CLIHarness.run(["statement", "--month", "2026-01"], in: project).code == 65)
        let other = SupportProject.statement(
            project, contract: "C-ENT", month: "2026-02", asOf: "2026-02-28", extra: ["--lenient"])
        #expect(other.result.code == 0, "\(other.result.err)")
        #expect((other.json?["skipped_rows"] as? [Any])?.isEmpty == true)
    }

    @Test("a record with too few or too many fields still belongs to its contract and month (tickets, surveys)")
    func wrongFieldCount() throws {
        let project = SupportProject.make(
            tickets: """
                T-1,C-ENT,opened,2026-01-12T10:00:00-08:00,high,
                T-1,C-ENT,replied,2026-01-12T10:10:00-08:00
                T-2,C-PRO,opened,2026-01-13T10:00:00-08:00,high,a note, with a comma

                """,
            surveys: "C-STA,2026-01-20T10:00:00Z,csat\n")
        let result = CLIHarness.run(["statement", "--month", "2026-01", "--lenient", "--format", "json"], in: project)
        #expect(result.code == 0, "\(result.err)")
        func rows(_ contract: String) throws -> [[String: Any]] {
            let data = try Data(contentsOf: URL(fileURLWithPath: project + "/Reports/2026-01/\(contract).json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return json["skipped_rows"] as? [[String: Any]] ?? []
        }
        let enterprise = try rows("C-ENT")
        #expect(enterprise.map { $0["line"] as? Int } == [3])
        #expect(enterprise.first?["reasons"] as? [String] == ["record has 4 fields; the header has 6"], "\(enterprise)")
        #expect(try rows("C-PRO").map { $0["line"] as? Int } == [4])
        #expect(try rows("C-STA").map { $0["line"] as? Int } == [2])
    }

    @Test("the record's figures name the skipped rows exactly as the JSON statement does")
    func figures() throws {
        let project = Project(root: Self.project())
        let inputs = try StatementCommand.loadInputs(Arguments(["--lenient"], valued: [], flags: ["lenient"]),
            project: project)
        let builder = StatementBuilder(catalog: inputs.catalog, contracts: inputs.contracts, events: inputs.events)
        let statements = try builder.statements(for: try #require(LocalMonth(year: 2026, month: 1)))
        #expect(statements.map(\.skippedRows.count) == [2, 1, 0])
        for statement in statements {
            let fast = try #require(StatementOutputs.figures(statement).pairs)
            let reference = try #require(StatementFigures(StatementJSON.value(statement)).pairs)
            #expect(fast.map(\.name) == reference.map(\.name))
            #expect(fast.map(\.value) == reference.map(\.value))
        }
    }
}
