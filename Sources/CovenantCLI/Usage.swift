import CovenantFormat

/// Usage texts, all written from the command table.
enum Usage {
    /// The general usage: every command's usage lines and where to find more.
    static var full: String {
        var text = "covenant: SLA contracts and service credits, exact and explained.\n\nusage:\n"
        for command in Command.allCases {
            for (index, line) in command.usage.enumerated() {
                text += (index == 0 ? "  covenant " : "           ") + line + "\n"
            }
        }
        text += """

            Run 'covenant help COMMAND' (or 'covenant COMMAND --help') for a command's options.
            From a project folder (Contracts/ and Scenarios/), 'covenant statement' writes the latest
            month's statements to Reports/YYYY-MM/; open summary.txt there first.

            """
        return text
    }

    /// The general usage line, for a usage error that is about no command.
    static var generalLine: String {
        "usage: covenant <" + Command.allCases.map(\.rawValue).joined(separator: "|") + "> [options]\n"
            + "run 'covenant help' for every command, 'covenant help COMMAND' for its options"
    }

    /// One command's usage lines, for a usage error: the table's lines
    /// without the padding that aligns the commands in the general usage.
    static func brief(_ command: Command) -> String {
        let name = command.rawValue
        let lines = command.usage.map { line in String(line.dropFirst(name.count).drop { $0 == " " }) }
        let indent = String(repeating: " ", count: "usage: covenant \(name) ".count)
        var text = "usage: covenant \(name) \(lines[0])\n"
        for line in lines.dropFirst() { text += indent + line + "\n" }
        return text + "run 'covenant help \(name)' for every option"
    }

    /// One command's usage with its summary, every option and every value word explained.
    static func help(_ command: Command) -> String {
        var text = brief(command).split(separator: "\n").dropLast().joined(separator: "\n") + "\n\n"
        text += command.summary + "\n"
        let options = command.options.map { option in
            (option.shown + (option.repeats ? " ..." : ""), option.help)
        }
        let values = command.values
        let exits = exitCodes(command) ?? []
        let width = ((options + values).map(\.0.count).max() ?? 0) + 2
        if !options.isEmpty {
            text += "\noptions:\n" + table(options + [("-h, --help", "this help")], width: width)
        }
        if !values.isEmpty { text += "\nvalues:\n" + table(values, width: width) }
        if !exits.isEmpty { text += "\nexit codes:\n" + table(exits, width: width) }
        return text
    }

    /// The exit codes a command gives, where it has some of its own.
    static func exitCodes(_ command: Command) -> [(String, String)]? {
        switch command {
        case .statement:
            return [
                ("0", "written (or nothing to change)"), ("64", "bad usage"),
                ("65", "invalid input, or a month the events do not cover without --as-of"),
                ("66", "a file or folder missing"), ("73", "a statement would change without --force"),
                ("74", "a read or write failure"), ("75", "another run holds the output folder"),
            ]
        case .watch:
            return [
                ("0", "listed"), ("1", "listed, and a clock meets the --fail-on condition"), ("64", "bad usage"),
                ("65", "invalid input"), ("66", "a file or folder missing"),
            ]
        case .check:
            return [("0", "no errors (warnings allowed)"), ("65", "errors were found"), ("66", "a path missing")]
        default:
            return nil
        }
    }

    /// Two columns: the left padded to the widest entry, continuation lines indented under the right.
    private static func table(_ rows: [(String, String)], width: Int) -> String {
        var text = ""
        for (left, right) in rows {
            let lines = right.split(separator: "\n", omittingEmptySubsequences: false)
            text += "  " + left + String(repeating: " ", count: width - left.count) + lines[0] + "\n"
            for line in lines.dropFirst() { text += String(repeating: " ", count: width + 2) + line + "\n" }
        }
        return text
    }

    /// `; did you mean 'statement'?` for a mistyped word, or nothing when no known word is close.
    static func didYouMean(_ word: String, among known: [String]) -> String {
        SchemaReader.closest(to: word, among: known).map { "; did you mean '\($0)'?" } ?? ""
    }
}
