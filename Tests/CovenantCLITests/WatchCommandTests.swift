import Foundation
import Testing

@testable import CovenantCLI

/// `covenant watch`: open tickets by time left, breached and warning ones
/// flagged, who is due to act on a breach, pauses the customer was not told of.
@Suite("covenant watch")
struct WatchCommandTests {
    /// `watch ARGUMENTS --format json`, decoded.
    static func json(_ arguments: [String], in folder: String = CLIHarness.root) throws -> [String: Any] {
        let result = CLIHarness.run(["watch", "--format", "json"] + arguments, in: folder)
        #expect(result.code == 0, "\(result.err)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    }

    /// The running clocks as (ticket, clock, state), in listed order.
    static func rows(_ arguments: [String], in folder: String = CLIHarness.root) throws
        -> [(ticket: String, clock: String, state: String)]
    {
        let clocks = try #require(try json(arguments, in: folder)["clocks"] as? [[String: Any]])
        return clocks.map {
            ($0["ticket"] as? String ?? "", $0["clock"] as? String ?? "", $0["state"] as? String ?? "")
        }
    }

    @Test("By default at the latest event: breached first, then by time left; customers, both zones, overdue 1d 0h")
    func samplesAtLatest() throws {
        let result = CLIHarness.run(["watch"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("OPEN TICKETS at 2026-03-31T23:00:00Z (2026-03-31 16:00 America/Los_Angeles)\n"))
        let rows = try Self.rows([])
        #expect(rows.map(\.ticket) == ["T-3003", "T-3006", "T-3006", "T-3004"])
        #expect(rows.map(\.clock) == ["resolution", "response", "resolution", "resolution"])
        #expect(rows.map(\.state) == ["breached", "on track", "on track", "paused"])
        #expect(
            result.out.contains(
                "  !!  T-3003  Globex Corporation  C-2026-021  high      resolution (always)    "
                    + "2026-03-30 19:00 America/New_York     2026-03-30T23:00:00Z  overdue 1d 0h     24 h over  "
                    + "breached\n"))
        #expect(result.out.contains("  T-3004  Acme Tools Co.      C-2026-032  medium"))
        #expect(!result.out.contains("-1d"))
        #expect(result.out.hasSuffix("3 open tickets: 1 breached, 0 within warn_before, 0 paused without notice\n"))
    }

    @Test(
        "Within warn_before (15 min for enterprise high) a clock warns; at the deadline still a warning; then breached",
        arguments: [
            ("2026-03-30T15:44:59-07:00", "on track"), ("2026-03-30T15:45:00-07:00", "warning"),
            ("2026-03-30T16:00:00-07:00", "warning"), ("2026-03-30T16:00:01-07:00", "breached"),
        ])
    func warnBefore(at: String, state: String) throws {
        let row = try #require(try Self.rows(["--at", at]).first { $0.ticket == "T-3003" && $0.clock == "resolution" })
        #expect(row.state == state)
    }

    @Test("A deadline passed while the calendar is closed warns until it reopens, then the clock is breached")
    func closedCalendar() throws {
        // Starter high, 16 business hours from Tue 09:00: due Wed 17:00, the close of business.
        let project = SupportProject.make(tickets: """
            T-1,C-STA,opened,2026-04-07T09:00:00-07:00,high,
            T-1,,replied,2026-04-07T09:05:00-07:00,,

            """)
        let evening = CLIHarness.run(["watch", "--at", "2026-04-08 17:30"], in: project)
        #expect(evening.code == 0, "\(evening.err)")
        #expect(try Self.rows(["--at", "2026-04-08 17:30"], in: project).map(\.state) == ["warning"])
        #expect(evening.out.contains("2026-04-09T00:00:00Z"))
        #expect(evening.out.contains(" overdue 30m 0s "))
        #expect(evening.out.contains("warning (deadline passed while closed; breaches when the calendar opens)"))
        let morning = CLIHarness.run(["watch", "--at", "2026-04-09 09:00:01"], in: project)
        #expect(try Self.rows(["--at", "2026-04-09 09:00:01"], in: project).map(\.state) == ["breached"])
        #expect(morning.out.contains("overdue 16h 0m      1 s over  breached"))
        // It breached when the calendar opened, Thu 09:00, not at the Wed 17:00 deadline.
        #expect(morning.out.contains("T-1 resolution, Small Shop: breached 2026-04-09 09:00 America/Los_Angeles"))
    }

    @Test("Resolved tickets are not listed; a reopened one is; one with no target is named apart")
    func openOnly() throws {
        let project = SupportProject.make(tickets: """
            T-1,C-PRO,opened,2026-01-12T10:00:00-08:00,medium,
            T-1,,replied,2026-01-12T10:30:00-08:00,,
            T-1,,resolved,2026-01-12T12:00:00-08:00,,
            T-2,C-PRO,opened,2026-01-12T10:00:00-08:00,medium,
            T-2,,resolved,2026-01-12T11:00:00-08:00,,
            T-2,,reopened,2026-01-13T09:00:00-08:00,,
            T-3,C-STA,opened,2026-01-12T10:00:00-08:00,low,
            T-3,,replied,2026-01-12T10:30:00-08:00,,

            """)
        let result = CLIHarness.run(["watch", "--at", "2026-01-13 10:00"], in: project)
        #expect(result.code == 0, "\(result.err)")
        #expect(try Self.rows(["--at", "2026-01-13 10:00"], in: project).map(\.ticket) == ["T-2"])
        #expect(result.out.contains("open with no deadline (no target): T-3"))
        #expect(result.out.hasSuffix("2 open tickets: 0 breached, 0 within warn_before, 0 paused without notice\n"))
    }

    @Test("Excluded tickets are listed but never flagged, and never fail a script")
    func excluded() throws {
        let project = SupportProject.make(tickets: """
            T-1,C-ENT,opened,2026-01-12T10:00:00-08:00,high,
            T-1,,excluded,2026-01-12T10:01:00-08:00,,abuse

            """)
        #expect(try Self.rows(["--at", "2026-01-13 10:00"], in: project).map(\.state) == ["excluded", "excluded"])
        let result = CLIHarness.run(["watch", "--at", "2026-01-13 10:00", "--fail-on", "warning"], in: project)
        #expect(result.code == 0)
        #expect(result.out.hasSuffix("1 open ticket: 0 breached, 0 within warn_before, 0 paused without notice\n"))
    }

    @Test("--fail-on: exit 1 when met (the list still printed), 0 when not; JSON too", arguments: [
        ("2026-03-30T15:00:00-07:00", "breach", 0), ("2026-03-30T15:00:00-07:00", "warning", 0),
        ("2026-03-30T15:50:00-07:00", "breach", 0), ("2026-03-30T15:50:00-07:00", "warning", 1),
        ("2026-03-30T16:00:01-07:00", "breach", 1), ("2026-03-30T16:00:01-07:00", "warning", 1),
    ])
    func failOn(at: String, condition: String, code: Int32) throws {
        let result = CLIHarness.run(["watch", "--at", at, "--format", "json", "--fail-on", condition])
        #expect(result.code == code, "\(result.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "covenant.watch/1")
        if code == 1 {
            #expect(result.err.hasPrefix("covenant: watch: "))
            #expect(result.err.contains("(--fail-on \(condition))"))
        } else {
            #expect(result.err.isEmpty)
        }
    }

    @Test("A breached clock shows who is due to act and when the next level is due (from the breach, wall time)",
        arguments: [
            ("2026-03-30T16:00:01-07:00", "assignee", "2026-03-30T23:00:00Z", "manager", "2026-03-31T01:00:00Z"),
            ("2026-03-30T18:30:00-07:00", "manager", "2026-03-31T01:00:00Z", "on-call", "2026-03-31T03:00:00Z"),
            ("2026-03-30T20:00:00-07:00", "on-call", "2026-03-31T03:00:00Z", "vp", "2026-03-31T07:00:00Z"),
            ("2026-03-31T16:00:00-07:00", "vp", "2026-03-31T07:00:00Z", nil, nil),
        ] as [(String, String, String, String?, String?)])
    func escalation(at: String, level: String, since: String, next: String?, nextAt: String?) throws {
        let clocks = try #require(try Self.json(["--at", at])["clocks"] as? [[String: Any]])
        let breached = try #require(
            clocks.first { $0["ticket"] as? String == "T-3003" && $0["clock"] as? String == "resolution" })
        let escalation = try #require(breached["escalation"] as? [String: Any])
        #expect(escalation["breached_at"] as? String == "2026-03-30T23:00:00Z")
        #expect(escalation["level"] as? String == level)
        #expect(escalation["since"] as? String == since)
        #expect(escalation["next_level"] as? String == next)
        #expect(escalation["next_at"] as? String == nextAt)
        let text = CLIHarness.run(["watch", "--at", at]).out
        #expect(text.contains("Escalation of breached clocks (from the breach)\n"))
        #expect(text.contains("    \(level) due since "))
        // Clocks not breached have no escalation.
        #expect(clocks.filter { $0["state"] as? String != "breached" }.allSatisfy { $0["escalation"] is NSNull })
    }

    @Test("A ticket waiting on the customer 3 days since they were last told is flagged; a reply resets it",
        arguments: [
            // T-3004 asked the customer at 2026-03-31 11:00 PDT (18:00Z).
            ("2026-04-03T10:59:59-07:00", false), ("2026-04-03T11:00:00-07:00", true),
        ])
    func longPause(at: String, flagged: Bool) throws {
        let json = try Self.json(["--at", at])
        let notices = try #require(json["pause_notices"] as? [[String: Any]])
        #expect(notices.map { $0["ticket"] as? String } == (flagged ? ["T-3004"] : []))
        let result = CLIHarness.run(["watch", "--at", at])
        #expect(result.out.contains("T-3004 Acme Tools Co. (C-2026-032): awaiting the customer since") == flagged)
        if flagged {
            #expect(notices[0]["last_told"] as? String == "2026-03-31T18:00:00Z")
            #expect(notices[0]["pause_notice_seconds"] as? Int == 259_200)
            #expect(result.out.contains("3d 0h ago (pause_notice 72 h): tell the customer"))
            #expect(CLIHarness.run(["watch", "--at", at, "--fail-on", "warning"]).code == 1)
        }
        let project = SupportProject.make(tickets: """
            T-1,C-PRO,opened,2026-01-05T10:00:00-08:00,medium,
            T-1,,awaiting_customer,2026-01-05T10:30:00-08:00,,
            T-1,,replied,2026-01-07T10:30:00-08:00,,Still waiting for your logs

            """)
        let reset = try Self.json(["--at", "2026-01-09 10:30"], in: project)
        #expect((reset["pause_notices"] as? [Any])?.isEmpty == true)
        let due = try Self.json(["--at", "2026-01-10 10:30"], in: project)
        #expect((due["pause_notices"] as? [[String: Any]])?.first?["last_told"] as? String == "2026-01-07T18:30:00Z")
    }

    @Test("CSV: one row per running clock with the customer, both deadlines and the escalation level")
    func csv() throws {
        let result = CLIHarness.run(["watch", "--format", "csv"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n")
        #expect(lines[0].hasPrefix("ticket,contract,customer,severity,clock,calendar,state,deadline,deadline_local,"))
        #expect(
            lines[1] == #""T-3003","C-2026-021","Globex Corporation","high","resolution","always","breached","#
                + #""2026-03-30T23:00:00Z","2026-03-30 19:00","America/New_York",-86400,-86400,"vp","#
                + #""2026-03-31T07:00:00Z",,,false"#)
        #expect(lines.count == 5)
    }

    @Test("--at now watches at the machine's clock")
    func now() throws {
        let before = Int64(Date().timeIntervalSince1970)
        let json = try Self.json(["--at", "now"])
        let after = Int64(Date().timeIntervalSince1970)
        let at = try #require(json["at"] as? String)
        let formatter = ISO8601DateFormatter()
        let instant = Int64(try #require(formatter.date(from: at)).timeIntervalSince1970)
        #expect(before - 1 <= instant && instant <= after)
    }

    @Test("A bad --at, --format or --fail-on, or a positional argument, is a usage error")
    func usage() {
        #expect(CLIHarness.run(["watch", "--at", "tomorrow"]).code == 64)
        #expect(CLIHarness.run(["watch", "T-1"]).code == 64)
        #expect(CLIHarness.run(["watch", "--format", "html"]).code == 64)
        let failOn = CLIHarness.run(["watch", "--fail-on", "breaches"])
        #expect(failOn.code == 64)
        let message = "covenant: --fail-on expects breach or warning, found 'breaches'\n"
        #expect(failOn.err.hasPrefix(message + "usage: covenant watch"))
    }

    static let live: [(Int64, Int64, Int64)] = [
        (1_000_000, 1_003_600, 1_003_600), (1_000_000, 1_086_400, 1_086_400), (1_000_000, 1_086_401, 1_000_000),
        (1_000_060, 1_000_000, 1_000_060),
    ]

    @Test("Without --at: now when the latest event is less than a day old, else that event", arguments: live)
    func defaultInstant(latest: Int64, now: Int64, expected: Int64) {
        #expect(WatchCommand.defaultInstant(latest: latest, now: now) == expected)
    }
}
