import Foundation
import Testing

@Suite("covenant check", .serialized)
struct CheckCommandTests {
    @Test("the samples check clean and show the warnings SEED.md predicts: HIGH answered faster than CRITICAL")
    func samples() {
        let result = CLIHarness.run(["check"])
        #expect(result.code == 0)
        for tier in ["starter", "professional", "enterprise"] {
            #expect(result.err.contains("warning: critical response") && result.err.contains("is looser than high response"))
            #expect(result.err.contains("in tier '\(tier)'"))
        }
        #expect(result.err.contains(
            "Contracts/catalog/2026.1.yaml:73:19: warning: critical response (4h) is looser than high response (2h) in tier 'professional'\n          response: 4h\n                    ^"))
        #expect(result.err.contains("0 errors"))
    }

    @Test("events checked on their own are checked against the project's contracts", arguments: [
        ["Scenarios/2026-01"], ["Scenarios/2026-03/incidents.yaml"], ["Scenarios/2026-01/maintenance.yaml"],
        ["Scenarios/2026-02/tickets.csv"], ["Scenarios"],
    ])
    func eventsAlone(paths: [String]) {
        let result = CLIHarness.run(["check"] + paths)
        #expect(result.code == 0, "\(result.err)")
        #expect(!result.err.contains("no contract has the id"))
        #expect(result.err.contains(": 0 errors"))
    }

    @Test("an event naming a contract that no project file has is still an error")
    func eventsAloneUnknownContract() throws {
        let project = CLIHarness.sampleProject()
        let path = project + "/Scenarios/2026-03/incidents.yaml"
        try """
        incidents:
          - id: X-1
            start: 2026-03-02T10:00:00Z
            end: 2026-03-02T11:00:00Z
            cause: platform
            scope: {contracts: [C-404]}

        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check", "Scenarios/2026-03/incidents.yaml"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("C-404"))
    }

    @Test("a missing path exits 66")
    func missing() {
        #expect(CLIHarness.run(["check", "Nowhere/at-all.yaml"]).code == 66)
    }

    @Test("a file with several problems reports all of them and exits 65")
    func several() throws {
        let project = CLIHarness.sampleProject()
        let path = project + "/Contracts/broken.yaml"
        try """
        contract: C-2026-014
        customer: Broken Ltd
        tier: gold
        signed: 2026-01-10
        term:
          start: 2026-02-01
          months: 12
        monthly_fe: 10
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check", "Contracts"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Contracts/broken.yaml:8:1: error: unknown key 'monthly_fe' in a contract; did you mean 'monthly_fee'?"))
        #expect(result.err.contains("Contracts/broken.yaml:3:7: error: tier 'gold' of contract C-2026-014 is not in catalog 2026.1"))
    }

    @Test("a duplicate contract id is an error at its second occurrence")
    func duplicateID() throws {
        let project = CLIHarness.sampleProject()
        try FileManager.default.copyItem(atPath: project + "/Contracts/smallmart.yaml", toPath: project + "/Contracts/zz-copy.yaml")
        let result = CLIHarness.run(["check"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Contracts/zz-copy.yaml:3:11: error: contract id C-2026-014 is already used by Contracts/smallmart.yaml"))
    }

    @Test("local times that do not exist or are ambiguous need an offset", arguments: [
        ("2026-03-08 02:30", "does not exist in America/Los_Angeles"),
        ("2026-11-01 01:30", "is ambiguous in America/Los_Angeles (the clocks fall back); write it with an offset, -07:00 or -08:00"),
    ])
    func dstLocalTimes(time: String, message: String) throws {
        let project = CLIHarness.sampleProject()
        let path = project + "/Scenarios/2026-03/incidents.yaml"
        try "timezone: America/Los_Angeles\nincidents:\n  - id: X\n    start: \(time)\n    end: 2026-12-01 00:00\n    cause: platform\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check", "Scenarios/2026-03/incidents.yaml"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Scenarios/2026-03/incidents.yaml:4:12: error: the local time \(time) \(message)"))
    }

    @Test("a duplicate incident id across files is an error at its second occurrence")
    func duplicateIncident() throws {
        let project = CLIHarness.sampleProject()
        try "incidents:\n  - {id: INC-0115, start: 2026-02-02T00:00:00Z, end: 2026-02-02T01:00:00Z, cause: platform}\n"
            .write(toFile: project + "/Scenarios/2026-02/incidents.yaml", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Scenarios/2026-02/incidents.yaml:2:10: error: incident id INC-0115 is already used at Scenarios/2026-01/incidents.yaml:"))
    }

    @Test("a file it cannot recognise is an error")
    func unrecognised() throws {
        let project = CLIHarness.sampleProject()
        try "hello: world\n".write(toFile: project + "/Contracts/notes.yaml", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check", "Contracts/notes.yaml"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Contracts/notes.yaml:1:1: error: cannot recognise this file"))
    }

    @Test("a syntax error is reported whatever the file is")
    func syntax() throws {
        let project = CLIHarness.sampleProject()
        try "contract: C-1\n\tcustomer: x\n".write(toFile: project + "/Contracts/tab.yaml", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check", "Contracts/tab.yaml"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Contracts/tab.yaml:2:1: error:"))
    }
}
