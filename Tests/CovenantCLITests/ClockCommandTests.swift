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

    @Test("--contract: Nordlicht's own Berlin calendar, with its holiday file (Good Friday, Easter Monday)", arguments: [
        (["--calendar", "berlin-extended", "--between", "2026-04-03 00:00", "2026-04-04 00:00"],
         "0 seconds (0h 0m 0s)"),
        // Thursday 16:00–18:00, then Good Friday, the weekend and Easter Monday are closed: Tuesday 11:00.
        (["--calendar", "berlin-extended", "--add", "4h", "--from", "2026-04-02 16:00"],
         "2026-04-07T09:00:00Z (2026-04-07 11:00 Europe/Berlin)"),
        // The catalog's calendars stay available beside the contract's own.
        (["--calendar", "extended", "--between", "2026-04-03 00:00", "2026-04-04 00:00"], "32400 seconds (9h 0m 0s)"),
    ])
    func contractCalendar(arguments: [String], expected: String) {
        let result = CLIHarness.run(["clock", "--contract", "C-2026-041"] + arguments)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out == expected + "\n")
    }

    @Test("--contract mistakes are usage errors that say what to give", arguments: [
        (["--contract", "C-2026-41", "--calendar", "berlin-extended", "--add", "4h", "--from", "2026-04-02 16:00"],
         "no contract has the id 'C-2026-41'; did you mean 'C-2026-041'?"),
        (["--contract", "C-2026-041", "--calendar", "berlin", "--add", "4h", "--from", "2026-04-02 16:00"],
         "contract C-2026-041 has no calendar 'berlin' on 2026-04-02; it has always, berlin-extended, "
            + "berlin-extended-weekend, business, extended, extended-weekend"),
        (["--contract", "C-2026-041", "--calendar", "berlin-extended", "--add", "4h", "--from", "2030-01-02 09:00"],
         "contract C-2026-041 is not in service on 2030-01-02"),
        (["--contract", "C-2026-041", "--catalog-version", "2026.1", "--calendar", "always", "--add", "4h", "--from",
          "2026-04-02 16:00"], "give --contract or --catalog-version, not both"),
    ])
    func contractMistakes(arguments: [String], message: String) {
        let result = CLIHarness.run(["clock"] + arguments)
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("covenant: " + message), "\(result.err)")
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
