import Foundation
import Testing

@testable import CovenantCLI

@Suite("help and usage: one command table")
struct UsageTests {
    @Test("an unknown command is a usage error (64)")
    func unknownCommand() {
        var console = Console(out: { _ in }, err: { _ in })
        #expect(CommandLineTool.run(["frobnicate"], console: &console) == 64)
    }

    @Test(
        "help for every command, three ways: its usage, every option and every value word explained",
        arguments: Command.allCases)
    func helpForEveryCommand(command: Command) {
        for words in [["help", command.rawValue], [command.rawValue, "--help"], [command.rawValue, "-h"]] {
            let result = CLIHarness.run(words)
            #expect(result.code == 0, "\(words): \(result.err)")
            #expect(result.err.isEmpty)
            #expect(result.out.hasPrefix("usage: covenant \(command.rawValue) "), "\(words)")
            #expect(result.out.contains(command.summary))
            for option in command.options {
                #expect(result.out.contains("  --\(option.name)"), "\(command): --\(option.name) not explained")
            }
            for (word, _) in command.values {
                #expect(result.out.contains("\n  \(word) "), "\(command): \(word) not explained")
            }
        }
    }

    @Test("statement's help explains FMT, INSTANT, DIR, '-' for standard output, --lenient, --force and --wait")
    func statementHelp() {
        let out = CLIHarness.run(["statement", "--help"]).out
        for text in [
            "  FMT ", "  INSTANT ", "  DIR ", "  -                 standard output", "  --lenient ", "  --force ",
            "  --wait ", "  --as-of INSTANT ", "a date (2026-03-15)", "  73 ",
        ] {
            #expect(out.contains(text), "missing: \(text)")
        }
    }

    @Test(
        "every command's options are the ones it parses: an option in its help is accepted",
        arguments: Command.allCases)
    func documentedOptionsParse(command: Command) throws {
        for option in command.options {
            let words = ["--\(option.name)"] + (option.value == nil ? [] : ["x"])
            #expect(throws: Never.self) { _ = try command.arguments(words) }
        }
    }

    @Test("the general usage lists every command of the table; no arguments prints it too")
    func general() {
        for words in [[], ["help"], ["--help"], ["-h"]] {
            let result = CLIHarness.run(words)
            #expect(result.code == 0)
            for command in Command.allCases { #expect(result.out.contains("  covenant \(command.rawValue) ")) }
        }
    }

    @Test("help for a command that does not exist is a usage error (64) naming the commands")
    func helpUnknown() {
        let result = CLIHarness.run(["help", "foo"])
        #expect(result.code == 64)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("covenant: no command is named 'foo'; commands: statement, ledger, report, explain, watch"))
        let close = CLIHarness.run(["help", "wach"])
        #expect(close.code == 64)
        #expect(close.err.contains("no command is named 'wach'; did you mean 'watch'?"))
    }

    @Test("did you mean: a mistyped command or option gets the closest one", arguments: [
        (["statment"], "unknown command 'statment'; did you mean 'statement'?"),
        (["statement", "--formt", "json"], "unknown option --formt; did you mean '--format'?"),
        (["watch", "--fail-one", "breach"], "unknown option --fail-one; did you mean '--fail-on'?"),
        (["explain", "C-2026-014", "--mont", "2026-02"], "unknown option --mont; did you mean '--month'?"),
        (["statement", "C-2026-14"], "no contract has the id 'C-2026-14'; did you mean 'C-2026-014'?"),
    ])
    func didYouMean(words: [String], message: String) {
        let result = CLIHarness.run(words)
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("covenant: \(message)\n"), "\(result.err)")
    }

    @Test("a usage error prints that command's usage, not the general line")
    func usageOfTheCommand() {
        let result = CLIHarness.run(["statement", "--formt", "json"])
        let lines = result.err.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("usage: covenant statement [--month YYYY-MM]"))
        #expect(lines[3] == "run 'covenant help statement' for every option")
        let unknown = CLIHarness.run(["statment"])
        #expect(unknown.err.contains("usage: covenant <statement|ledger|report|explain|watch|check|appendix|budget|clock|help>"))
    }

    @Test("an unknown short option is a usage error naming the long one, never a contract id", arguments: [
        (["statement", "-m", "2026-03"], "unknown option -m; did you mean '--month'?"),
        (["statement", "-f", "json"], "unknown option -f; did you mean '--force' or '--format'?"),
        (["watch", "-x"], "unknown option -x (options are written with two dashes)"),
    ])
    func shortOptions(words: [String], message: String) {
        let result = CLIHarness.run(words)
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("covenant: \(message)"), "\(result.err)")
        #expect(!result.err.contains("no contract has the id"))
    }

    @Test("an option given twice, or a month out of range, is a usage error naming it; --events may repeat", arguments: [
        (["statement", "--month", "2026-01", "--month", "2026-02"],
         "--month is given 2 times ('2026-01', '2026-02'); give it once"),
        (["ledger", "--from=2026-01", "--to", "2026-03", "--from", "2026-02"],
         "--from is given 2 times ('2026-01', '2026-02'); give it once"),
        (["statement", "--month", "1899-12"], "--month expects a month from 1900-01 to 9999-12, found '1899-12'"),
    ])
    func repeatedOption(words: [String], message: String) {
        let result = CLIHarness.run(words)
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("covenant: \(message)\n"), "\(result.err)")
        let events = CLIHarness.run([
            "watch", "--at", "2026-03-31 12:00", "--events", "Scenarios/2026-02", "--events", "Scenarios/2026-03",
        ])
        #expect(events.code != 64, "\(events.err)")
    }

    @Test("explain defaults to the month statement defaults to (2026-03 for the samples)")
    func explainDefaultMonth() {
        let result = CLIHarness.run(["explain", "C-2026-021"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("EXPLANATION C-2026-021 2026-03: Globex Corporation\n"))
    }

    @Test("outside a project: the error names the folder looked in and --contracts; missing events name --events")
    func notAProject() {
        let empty = CLIHarness.temporaryFolder()
        for command in ["statement", "watch", "explain C-1", "check", "clock --calendar always --between a b"] {
            let result = CLIHarness.run(command.split(separator: " ").map(String.init), in: empty)
            #expect(result.code == 66, "\(command)")
            #expect(
                result.err == "covenant: \(empty) is not a project folder: it has no Contracts/catalog/ (the tier "
                    + "catalog). Run covenant from a folder holding Contracts/ and Scenarios/, or give --contracts DIR "
                    + "(the folder of contract files, with the catalog in DIR/catalog/)\n", "\(command)")
        }
        let given = CLIHarness.run(["statement", "--contracts", "Nope"], in: empty)
        #expect(given.code == 66)
        #expect(given.err.contains("--contracts Nope: the folder does not exist (looked in \(empty)/Nope/catalog)"))
        let contracts = CLIHarness.root + "/Contracts"
        let noEvents = CLIHarness.run(["statement", "--contracts", contracts], in: empty)
        #expect(noEvents.code == 66)
        #expect(noEvents.err.contains("\(empty) has no Scenarios/ folder of event files"))
        #expect(noEvents.err.contains("give --events DIR"))
        let wrongEvents = CLIHarness.run(["statement", "--contracts", contracts, "--events", "Ev"], in: empty)
        #expect(wrongEvents.err == "covenant: --events Ev: no such folder (looked in \(empty)/Ev)\n")
    }
}
