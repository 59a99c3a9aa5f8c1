import Foundation
import Testing

/// `covenant watch`: open tickets by time left, breached and warning ones flagged.
@Suite("covenant watch")
struct WatchCommandTests {
    /// The table's rows as (ticket, clock, state) in printed order.
    static func rows(_ output: String) -> [(ticket: String, clock: String, state: String)] {
        output.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let index = words.firstIndex(where: { $0.hasPrefix("T-") }), words.count > index + 3 else { return nil }
            let clock = words[index + 3]
            let state: String
            if line.contains("breached") {
                state = "breached"
            } else if line.contains("warning") {
                state = "warning"
            } else if line.contains("paused") {
                state = "paused"
            } else if line.contains("excluded") {
                state = "excluded"
            } else {
                state = "on track"
            }
            return (words[index], clock, state)
        }
    }

    @Test("By default at the latest event: breached first, then by time left; a paused clock is marked")
    func samplesAtLatest() {
        let result = CLIHarness.run(["watch"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("OPEN TICKETS at 2026-03-31T23:00:00Z (2026-03-31 16:00 America/Los_Angeles)\n"))
        let rows = Self.rows(result.out)
        #expect(rows.map(\.ticket) == ["T-3003", "T-3006", "T-3006", "T-3004"])
        #expect(rows.map(\.clock) == ["resolution", "response", "resolution", "resolution"])
        #expect(rows.map(\.state) == ["breached", "on track", "on track", "paused"])
        #expect(result.out.contains("!!  T-3003  C-2026-021  high      resolution (always)    2026-03-30T23:00:00Z  -1d 0h 0m 0s"))
        #expect(result.out.hasSuffix("3 open tickets: 1 breached, 0 within warn_before\n"))
    }

    @Test("Within warn_before (15 min for enterprise high) a clock warns; at the deadline still a warning; one second later breached", arguments: [
        ("2026-03-30T15:44:59-07:00", "on track"), ("2026-03-30T15:45:00-07:00", "warning"),
        ("2026-03-30T16:00:00-07:00", "warning"), ("2026-03-30T16:00:01-07:00", "breached"),
    ])
    func warnBefore(at: String, state: String) throws {
        let result = CLIHarness.run(["watch", "--at", at])
        #expect(result.code == 0, "\(result.err)")
        let row = try #require(Self.rows(result.out).first { $0.ticket == "T-3003" && $0.clock == "resolution" })
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
        #expect(Self.rows(evening.out).map(\.state) == ["warning"])
        #expect(evening.out.contains("2026-04-09T00:00:00Z"))
        #expect(evening.out.contains(" -30m 0s "))
        #expect(evening.out.contains("warning (deadline passed while closed; breaches when the calendar opens)"))
        let morning = CLIHarness.run(["watch", "--at", "2026-04-09 09:00:01"], in: project)
        #expect(Self.rows(morning.out).map(\.state) == ["breached"])
        #expect(morning.out.contains("-0h 0m 1s  breached"))
    }

    @Test("Resolved tickets are not listed; a reopened one is; one with no target is named apart")
    func openOnly() {
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
        #expect(Self.rows(result.out).map(\.ticket) == ["T-2"])
        #expect(result.out.contains("open with no deadline (no target): T-3"))
        #expect(result.out.hasSuffix("2 open tickets: 0 breached, 0 within warn_before\n"))
    }

    @Test("Excluded tickets are listed but never flagged")
    func excluded() {
        let project = SupportProject.make(tickets: """
            T-1,C-ENT,opened,2026-01-12T10:00:00-08:00,high,
            T-1,,excluded,2026-01-12T10:01:00-08:00,,abuse

            """)
        let result = CLIHarness.run(["watch", "--at", "2026-01-13 10:00"], in: project)
        #expect(Self.rows(result.out).map(\.state) == ["excluded", "excluded"])
        #expect(result.out.hasSuffix("1 open ticket: 0 breached, 0 within warn_before\n"))
    }

    @Test("A bad --at or a positional argument is a usage error")
    func usage() {
        #expect(CLIHarness.run(["watch", "--at", "tomorrow"]).code == 64)
        #expect(CLIHarness.run(["watch", "T-1"]).code == 64)
    }
}
