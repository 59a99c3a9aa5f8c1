import Foundation
import Testing

@Suite("covenant appendix")
struct AppendixCommandTests {
    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: CLIHarness.root + "/" + relative, encoding: .utf8)
    }

    @Test(
        "the committed sample appendices are exactly what the command prints",
        arguments: ["C-2026-014", "C-2026-021", "C-2026-041"])
    func samplesUpToDate(id: String) throws {
        let result = CLIHarness.run(["appendix", id])
        #expect(result.code == 0)
        #expect(!result.err.contains("error"))
        #expect(result.out == (try Self.text("Reports/appendices/\(id).md")))
        #expect(result.out == (try Self.text("Tests/CovenantReportsTests/Golden/appendix/\(id).md")))
    }

    @Test("a contract named by its file gives the same appendix as by its id")
    func byFile() {
        let byFile = CLIHarness.run(["appendix", "Contracts/globex.yaml"])
        let byID = CLIHarness.run(["appendix", "C-2026-021"])
        #expect(byFile.code == 0 && byID.code == 0)
        #expect(byFile.out == byID.out)
    }

    @Test("--format text and html print those formats", arguments: [("text", "7. SERVICE LEVELS\n"), ("html", "<!DOCTYPE html>\n")])
    func formats(format: String, start: String) throws {
        let result = CLIHarness.run(["appendix", "C-2026-014", "--format", format])
        #expect(result.code == 0)
        #expect(result.out.hasPrefix(start))
        let golden = format == "text" ? "txt" : format
        #expect(result.out == (try Self.text("Tests/CovenantReportsTests/Golden/appendix/C-2026-014.\(golden)")))
    }

    @Test("--section 12 renumbers every clause and cross-reference to 12.n")
    func section() {
        let result = CLIHarness.run(["appendix", "C-2026-021", "--section", "12"])
        #expect(result.code == 0)
        let headings = result.out.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.count == 20)
        for (index, heading) in headings.enumerated() { #expect(heading.hasPrefix("## 12.\(index + 1) "), "\(heading)") }
        #expect(result.out.hasPrefix("# 12. Service levels\n"))
        #expect(result.out.contains("(clause 12.5)") && result.out.contains("on the terms of clause 12.20"))
        #expect(!result.out.contains("clause 7.") && !result.out.contains("# 7."))
    }

    @Test("--out FILE writes the file whole, leaving no temporary file; --out - prints")
    func out() throws {
        let folder = CLIHarness.temporaryFolder()
        let path = folder + "/nested/appendix.html"
        let written = CLIHarness.run(["appendix", "C-2026-014", "--format", "html", "--out", path])
        #expect(written.code == 0)
        #expect(written.out.contains(path))
        let printed = CLIHarness.run(["appendix", "C-2026-014", "--format", "html", "--out", "-"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/nested") == ["appendix.html"])
    }

    @Test(
        "bad usage exits 64",
        arguments: [
            ["appendix"], ["appendix", "C-2026-014", "C-2026-021"], ["appendix", "C-2026-014", "--format", "pdf"],
            ["appendix", "C-2026-014", "--format", "json"], ["appendix", "C-2026-014", "--section", "0"],
            ["appendix", "C-2026-014", "--section", "x"], ["appendix", "C-2026-014", "--section", "1000"],
            ["appendix", "C-2026-014", "--frobnicate"], ["appendix", "C-9999-999"],
        ])
    func usage(arguments: [String]) {
        let result = CLIHarness.run(arguments)
        #expect(result.code == 64)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("covenant: "))
    }

    @Test("a missing contract file exits 66")
    func missing() {
        let result = CLIHarness.run(["appendix", "Contracts/nope.yaml"])
        #expect(result.code == 66)
        #expect(result.err.contains("Contracts/nope.yaml"))
    }

    @Test("an invalid contract file exits 65 with its diagnostics and prints nothing")
    func invalid() throws {
        let folder = CLIHarness.temporaryFolder()
        let bad = folder + "/bad.yaml"
        try "contract: C-1\ncustomer: X\ntier: platinum\nsigned: 2026-01-01\nterm: {start: 2026-01-01, months: 12}\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["appendix", bad])
        #expect(result.code == 65)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("bad.yaml:"))
        let syntax = folder + "/syntax.yaml"
        try "contract: [C-1\n".write(toFile: syntax, atomically: true, encoding: .utf8)
        #expect(CLIHarness.run(["appendix", syntax]).code == 65)
    }

    @Test("an output that cannot be created exits 73 and writes nothing")
    func cannotCreate() throws {
        let folder = CLIHarness.temporaryFolder()
        try "x".write(toFile: folder + "/file", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["appendix", "C-2026-014", "--out", folder + "/file/appendix.md"])
        #expect(result.code == 73)
        let intoFolder = CLIHarness.run(["appendix", "C-2026-014", "--out", folder])
        #expect(intoFolder.code == 73)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["file"])
    }

    @Test("the contract's own warnings go to standard error; the appendix still prints")
    func warnings() throws {
        let project = CLIHarness.sampleProject()
        let path = project + "/Contracts/globex.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let unpaid = text.components(separatedBy: "premium:\n")[0] + "renewal:" + text.components(separatedBy: "renewal:")[1]
        try unpaid.write(toFile: path, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["appendix", "C-2026-021"], in: project)
        #expect(result.code == 0)
        #expect(result.err.contains("globex.yaml") && result.err.contains("warning: overrides make"))
        #expect(!result.err.contains("catalog/"))
        #expect(result.out.contains("No premium items are priced for these custom terms."))
    }
}
