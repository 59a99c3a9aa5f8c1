import CovenantCLI
import Foundation
import Testing

/// Keeps what `covenant` runs write, across runs (on top of ``CLIHarness``).
final class CapturedConsole {
    private(set) var out = ""
    private(set) var err = ""

    /// Runs `covenant` with `arguments` from the repository root; returns the exit code.
    func run(_ arguments: [String]) -> Int32 {
        let result = CLIHarness.run(arguments)
        out += result.out
        err += result.err
        return result.code
    }
}

@Suite("covenant budget")
struct BudgetCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// A fresh folder for one test.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("covenant-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, in folder: URL, as name: String = "scenario.yaml") throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test(
        "the committed reports are what the command writes",
        arguments: [
            ("base", "text", "txt"), ("base", "md", "md"), ("base", "csv", "csv"), ("base", "json", "json"),
            ("base", "svg", "svg"), ("base", "html", "html"), ("fast-growth", "text", "txt"),
            ("fast-growth", "json", "json"), ("fast-growth", "svg", "svg"), ("fast-growth", "html", "html"),
        ])
    func committedReports(scenario: String, format: String, fileExtension: String) throws {
        let captured = CapturedConsole()
        let code = captured.run(["budget", Self.path("Scenarios/staffing/\(scenario).yaml"), "--format", format])
        #expect(code == 0)
        #expect(captured.err == "")
        let committed = try String(
            contentsOfFile: Self.path("Reports/budget/\(scenario).\(fileExtension)"), encoding: .utf8)
        #expect(captured.out == committed)
    }

    @Test("text is the default format, written to standard output; '--out -' means standard output too")
    func defaults() {
        let plain = CapturedConsole()
        let dash = CapturedConsole()
        let text = CapturedConsole()
        let file = Self.path("Scenarios/staffing/base.yaml")
        #expect(plain.run(["budget", file]) == 0)
        #expect(dash.run(["budget", file, "--out", "-"]) == 0)
        #expect(text.run(["budget", "--format=text", file]) == 0)
        #expect(plain.out.hasPrefix("Budget plan: Base case 2026-2028\n"))
        #expect(plain.out == dash.out && plain.out == text.out)
    }

    @Test("--out FILE writes the whole file, leaves no temporary file and prints nothing")
    func outFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("plan.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        let captured = CapturedConsole()
        #expect(
            captured.run(["budget", Self.path("Scenarios/staffing/base.yaml"), "--format", "json", "--out", target])
                == 0)
        #expect(captured.out == "" && captured.err == "")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"schema\": \"covenant.budget/1\","))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.json"])
    }

    @Test("a missing scenario file exits 66")
    func missingFile() {
        let captured = CapturedConsole()
        #expect(captured.run(["budget", "/nonexistent/scenario.yaml"]) == 66)
        #expect(captured.err == "covenant: no such file or folder: /nonexistent/scenario.yaml\n")
        #expect(captured.out == "")
    }

    @Test(
        "bad usage exits 64",
        arguments: [
            ["budget"], ["budget", "a.yaml", "b.yaml"], ["budget", "a.yaml", "--format", "pdf"],
            ["budget", "a.yaml", "--format"], ["budget", "a.yaml", "--colour"], ["budget", "a.yaml", "--out", ""],
        ])
    func usage(arguments: [String]) {
        let captured = CapturedConsole()
        #expect(captured.run(arguments) == 64)
        #expect(captured.err.hasPrefix("covenant: "))
        #expect(captured.out == "")
    }

    @Test("invalid data exits 65 and prints every error in compiler form")
    func invalidData() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = try String(contentsOfFile: Self.path("Scenarios/staffing/base.yaml"), encoding: .utf8)
        let broken = base.replacingOccurrences(of: "productive_hours: 120", with: "productive_hours: 0")
            .replacingOccurrences(of: "enterprise: 0}", with: "enterprise: -1}")
        let file = try Self.write(broken, in: folder)
        let captured = CapturedConsole()
        #expect(captured.run(["budget", file]) == 65)
        #expect(captured.out == "")
        #expect(
            captured.err == """
                \(file):6:54: error: a customer count cannot be negative, found '-1'
                    2026-01: {starter: 3, professional: 1, enterprise: -1}   # two points counts grow
                                                                       ^
                \(file):15:21: error: productive_hours must be more than zero, found '0'
                    productive_hours: 0      # a month, per full-time person
                                      ^

                """)
    }

    @Test("a syntax error exits 65 with the parser's located error")
    func syntaxError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Self.write("plan: [unclosed\n", in: folder)
        let captured = CapturedConsole()
        #expect(captured.run(["budget", file]) == 65)
        #expect(captured.err.hasPrefix("\(file):1:7: error: "))
    }

    @Test("warnings are printed and the plan is still written")
    func warnings() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = try String(contentsOfFile: Self.path("Scenarios/staffing/base.yaml"), encoding: .utf8)
        let file = try Self.write(base.replacingOccurrences(of: "  2026-01: {", with: "  2026-03: {"), in: folder)
        let captured = CapturedConsole()
        #expect(captured.run(["budget", file, "--format", "csv"]) == 0)
        #expect(
            captured.err.hasPrefix("\(file):6:3: warning: customers before 2026-03 are taken to be those of 2026-03"))
        #expect(captured.out.hasPrefix("month,"))
    }

    @Test("an output that cannot be created exits 73", arguments: ["missing-folder/plan.txt", ""])
    func cannotCreate(relative: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = relative.isEmpty ? folder.path : folder.appendingPathComponent(relative).path
        let captured = CapturedConsole()
        #expect(captured.run(["budget", Self.path("Scenarios/staffing/base.yaml"), "--out", target]) == 73)
        #expect(captured.err.hasPrefix("covenant: cannot create \(target)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a folder named as the scenario is a read failure (74)")
    func folderAsInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let captured = CapturedConsole()
        #expect(captured.run(["budget", folder.path]) == 74)
    }
}
