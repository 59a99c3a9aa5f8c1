import Foundation
import Testing

@Suite("covenant statement: records are safe", .serialized)
struct StatementCommandTests {
    @Test("a fresh run writes every statement and the summary, and says where")
    func writes() throws {
        let project = CLIHarness.sampleProject()
        let result = CLIHarness.run(["statement", "--month", "2026-01", "--format", "json,text"], in: project)
        #expect(result.code == 0)
        #expect(result.out.contains("to Reports/2026-01/"))
        let files = try FileManager.default.contentsOfDirectory(atPath: project + "/Reports/2026-01").sorted()
        #expect(files.contains("C-2026-033.json") && files.contains("C-2026-033.txt") && files.contains("summary.json"))
        #expect(!files.contains { $0.hasPrefix(".") })
    }

    @Test("a rerun with identical inputs leaves identical bytes")
    func rerunIdentical() throws {
        let project = CLIHarness.sampleProject()
        #expect(CLIHarness.run(["statement", "--month", "2026-02", "--format", "json"], in: project).code == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: project + "/Reports/2026-02/C-2026-014.json"))
        let again = CLIHarness.run(["statement", "--month", "2026-02", "--format", "json"], in: project)
        #expect(again.code == 0)
        #expect(again.out.contains("0 files changed"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: project + "/Reports/2026-02/C-2026-014.json")) == before)
    }

    @Test("a rerun that would change a statement refuses with exit 73, names the figures, and writes nothing; --force replaces")
    func refusesChange() throws {
        let project = CLIHarness.sampleProject()
        #expect(CLIHarness.run(["statement", "--month", "2026-02", "--format", "json"], in: project).code == 0)
        let path = project + "/Reports/2026-02/C-2026-014.json"
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let incidents = project + "/Scenarios/2026-02/incidents.yaml"
        let text = try String(contentsOfFile: incidents, encoding: .utf8)
            .replacingOccurrences(of: "end: 2026-02-10T17:52:00Z", with: "end: 2026-02-10T18:52:00Z")
        try text.write(toFile: incidents, atomically: true, encoding: .utf8)
        let refused = CLIHarness.run(["statement", "--month", "2026-02", "--format", "json"], in: project)
        #expect(refused.code == 73)
        #expect(refused.err.contains("C-2026-014"))
        #expect(refused.err.contains("availability.downtime_seconds 3120 → 6720"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
        let forced = CLIHarness.run(["statement", "--month", "2026-02", "--format", "json", "--force"], in: project)
        #expect(forced.code == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"downtime_seconds\": 6720"))
    }

    @Test("an events file with one error: exit 65, the located error, and nothing created")
    func badEvents() throws {
        let project = CLIHarness.sampleProject()
        let incidents = project + "/Scenarios/2026-02/incidents.yaml"
        let text = try String(contentsOfFile: incidents, encoding: .utf8)
            .replacingOccurrences(of: "end: 2026-02-10T17:52:00Z", with: "end: 2026-02-30T17:52:00Z")
        try text.write(toFile: incidents, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["statement", "--month", "2026-02"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Scenarios/2026-02/incidents.yaml:8:10: error: expected an instant"))
        #expect(!FileManager.default.fileExists(atPath: project + "/Reports"))
    }

    @Test("the default month is the latest month with events")
    func defaultMonth() {
        let project = CLIHarness.sampleProject()
        let result = CLIHarness.run(["statement"], in: project)
        #expect(result.code == 0)
        #expect(FileManager.default.fileExists(atPath: project + "/Reports/2026-03/summary.txt"))
    }

    @Test("contract ids select statements; an unknown id is a usage error")
    func selection() {
        let project = CLIHarness.sampleProject()
        let one = CLIHarness.run(["statement", "--month", "2026-01", "--out", "-", "--format", "csv", "C-2026-032"], in: project)
        #expect(one.code == 0)
        #expect(one.out.split(separator: "\n").count == 2)
        #expect(CLIHarness.run(["statement", "--month", "2026-01", "C-9999"], in: project).code == 64)
    }

    @Test("a missing events folder exits 66")
    func missingFolder() {
        let project = CLIHarness.sampleProject()
        #expect(CLIHarness.run(["statement", "--month", "2026-01", "--events", "Nowhere"], in: project).code == 66)
    }
}
