import Testing

@Suite("covenant clock: RULES.md cases F–K through the command line")
struct ClockCommandTests {
    @Test("working time and deadlines on the shipped catalog's calendars", arguments: [
        (["--calendar", "extended", "--between", "2026-01-06 15:45", "2026-01-06 23:30"], "8100 seconds (2h 15m 0s)"),
        (["--calendar", "extended", "--add", "4h", "--from", "2026-01-06 15:45"],
         "2026-01-07T18:45:00Z (2026-01-07 10:45 America/Los_Angeles)"),
        (["--calendar", "always", "--between", "2026-01-08 14:00", "2026-01-08 14:45"], "2700 seconds (0h 45m 0s)"),
        (["--calendar", "business", "--add", "2 business days", "--from", "2026-01-16 16:00"],
         "2026-01-22T00:00:00Z (2026-01-21 16:00 America/Los_Angeles)"),
        (["--calendar", "extended", "--add", "4h", "--from", "2026-03-06 17:00"],
         "2026-03-09T19:00:00Z (2026-03-09 12:00 America/Los_Angeles)"),
        (["--calendar", "always", "--add", "48h", "--from", "2026-12-24T10:00:00-08:00"],
         "2026-12-26T18:00:00Z (2026-12-26 10:00 America/Los_Angeles)"),
        (["--calendar", "business", "--between", "2027-12-31 00:00", "2028-01-01 00:00"], "0 seconds (0h 0m 0s)"),
    ])
    func clock(arguments: [String], expected: String) {
        let result = CLIHarness.run(["clock"] + arguments)
        #expect(result.code == 0)
        #expect(result.out == expected + "\n")
    }

    @Test("bad usage exits 64 with a message", arguments: [
        ["--calendar", "nope", "--add", "4h", "--from", "2026-01-06 15:45"],
        ["--calendar", "extended", "--add", "4 hours", "--from", "2026-01-06 15:45"],
        ["--calendar", "extended", "--between", "2026-03-08 02:30", "2026-03-09 00:00"],
        ["--calendar", "extended"],
    ])
    func usage(arguments: [String]) {
        let result = CLIHarness.run(["clock"] + arguments)
        #expect(result.code == 64)
        #expect(!result.err.isEmpty)
    }
}
