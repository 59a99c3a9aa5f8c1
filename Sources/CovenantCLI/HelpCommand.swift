/// `covenant help [COMMAND]`: the general usage, or one command's.
enum HelpCommand {
    static func run(_ words: [String], console: inout Console) throws(CLIError) {
        let arguments = try Command.help.arguments(words)
        guard arguments.positionals.count <= 1 else { throw .usage("help takes one command name") }
        guard let name = arguments.positionals.first else {
            console.output(Usage.full)
            return
        }
        guard let command = Command(named: name) else {
            let known = Command.allCases.map(\.rawValue)
            throw .usage(
                "no command is named '\(name)'" + Usage.didYouMean(name, among: known) + "; commands: "
                    + known.joined(separator: ", "))
        }
        console.output(Usage.help(command))
    }
}
