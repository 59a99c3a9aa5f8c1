import Foundation
import Testing

/// Which months a statement run computes: the events read bound them unless
/// `--as-of` says what is known; `--as-of` bounds incidents and maintenance
/// as it bounds tickets.
@Suite("covenant statement: months the events cover, and --as-of")
struct StatementMonthTests {
    /// The statement of one contract, as JSON, from the samples.
    static func statement(_ arguments: [String], contract: String) -> (json: [String: Any]?, code: Int32, err: String)
    {
        let result = CLIHarness.run(["statement", "--format", "json", "--out", "-"] + arguments + [contract])
        let array = try? JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]]
        return (array?.first, result.code, result.err)
    }

    @Test(
        "a month after the last events or before the first is refused (65), saying what they cover; nothing written",
        arguments: [("2026-05", "after the last"), ("2026-04", "after the last"), ("2025-12", "before the first")])
    func refused(month: String, side: String) {
        let message =
            "no statements for \(month): the events read cover 2026-01 to 2026-03; \(month) is \(side) of them"
        let project = CLIHarness.sampleProject()
        let result = CLIHarness.run(["statement", "--month", month], in: project)
        #expect(result.code == 65)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("Scenarios: error: \(message), so they would show no incident and no ticket"))
        #expect(result.err.contains("--as-of INSTANT"))
        #expect(!FileManager.default.fileExists(atPath: project + "/Reports/\(month)"))
        let explain = CLIHarness.run(["explain", "C-2026-014", "--month", month], in: project)
        #expect(explain.code == 65)
        #expect(explain.err.contains(message))
    }

    @Test("the months the events cover are computed, the first and the last", arguments: ["2026-01", "2026-03"])
    func covered(month: String) {
        #expect(Self.statement(["--month", month], contract: "C-2026-021").code == 0)
    }

    @Test("with no events at all every month is refused (65), the default month too")
    func noEvents() throws {
        let project = CLIHarness.sampleProject()
        let manager = FileManager.default
        try manager.removeItem(atPath: project + "/Scenarios")
        try manager.createDirectory(atPath: project + "/Scenarios", withIntermediateDirectories: true)
        for arguments in [["statement"], ["statement", "--month", "2026-02"]] {
            let result = CLIHarness.run(arguments, in: project)
            #expect(result.code == 65)
            let empty = "no events were read (no incidents.yaml, maintenance.yaml or tickets.csv in Scenarios)"
            #expect(result.err.contains(empty))
        }
        let asOf = CLIHarness.run(
            ["statement", "--month", "2026-02", "--as-of", "2026-02-28", "--out", "-"], in: project)
        #expect(asOf.code == 0, "\(asOf.err)")
        #expect(asOf.out.contains("Uptime                100.0000% (met)"))
    }

    @Test("--as-of computes a month after the last events: an incident still open counts to that month's end")
    func asOfLaterMonth() throws {
        let (json, code, err) = Self.statement(["--month", "2026-04", "--as-of", "2026-04-30"], contract: "C-2026-021")
        #expect(code == 0, "\(err)")
        let availability = try #require(json?["availability"] as? [String: Any])
        // INC-0330 is open: it counts all of April (30 days, 2,592,000 s).
        #expect(availability["downtime_seconds"] as? Int == 2_592_000)
    }

    @Test("--as-of before a late incident: the incident starts after it and is not read (uptime 100%)", arguments: [
        ("2026-03-15", 0, 0), ("2026-03-30 12:00", 0, 0),
        // INC-0330 starts 2026-03-30T20:00:00Z; at or after that it counts, open, to the end of March.
        ("2026-03-30T20:00:00Z", 1, 115_200), ("2026-03-31", 1, 115_200),
    ])
    func asOfLateIncident(asOf: String, incidents: Int, downtime: Int) throws {
        let (json, code, err) = Self.statement(["--month", "2026-03", "--as-of", asOf], contract: "C-2026-021")
        #expect(code == 0, "\(err)")
        let availability = try #require(json?["availability"] as? [String: Any])
        #expect((availability["incidents"] as? [Any])?.count == incidents)
        #expect(availability["downtime_seconds"] as? Int == downtime)
    }

    @Test("--as-of bounds maintenance too: a window that starts after it is neither excluded nor counted")
    func asOfMaintenance() throws {
        // MW-2026-03-08 runs 2026-03-08 01:30 to 04:00 Los Angeles time.
        let before = Self.statement(["--month", "2026-03", "--as-of", "2026-03-07"], contract: "C-2026-014")
        let after = Self.statement(["--month", "2026-03", "--as-of", "2026-03-09"], contract: "C-2026-014")
        let early = try #require(before.json?["availability"] as? [String: Any])
        let late = try #require(after.json?["availability"] as? [String: Any])
        #expect((early["maintenance"] as? [Any])?.count == 0)
        #expect(early["excluded_seconds"] as? Int == 0)
        #expect((late["maintenance"] as? [Any])?.count == 1)
        #expect(late["excluded_seconds"] as? Int == 5400)
    }

    @Test("--as-of as a date means the end of that day in the catalog's zone: an event at 23:59:59 is read")
    func asOfDate() {
        let project = SupportProject.make(tickets: """
            T-1,C-ENT,opened,2026-01-12T10:00:00-08:00,high,
            T-1,,replied,2026-01-12T23:59:59-08:00,,
            T-2,C-ENT,opened,2026-01-13T00:00:00-08:00,high,

            """)
        let result = SupportProject.statement(project, contract: "C-ENT", month: "2026-01", asOf: "2026-01-12")
        #expect(result.result.code == 0, "\(result.result.err)")
        let response = SupportProject.ticket(result.json, "T-1")?["response"] as? [String: Any]
        #expect(response?["elapsed_seconds"] as? Int == 50_399)
        #expect(SupportProject.ticket(result.json, "T-2") == nil)
    }
}
