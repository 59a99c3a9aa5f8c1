import CovenantFormat
import Foundation

/// The `covenant` command: parses arguments, runs a command, prints
/// diagnostics and returns the exit code. All logic is callable in-process.
public enum CommandLineTool {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    /// Runs the command line from the current folder with standard output
    /// and error, as the `covenant` executable, which exits right after:
    /// large values are left for the exit to free.
    public static func run(_ arguments: [String]) -> Int32 {
        ProcessLifetime.keepUntilExit()
        var console = Console.standard
        return run(arguments, console: &console)
    }

    /// Runs the command line from the current folder, writing to `console`; returns the exit code.
    public static func run(_ arguments: [String], console: inout Console) -> Int32 {
        run(arguments, in: FileManager.default.currentDirectoryPath, console: &console)
    }

    /// Runs the command line as if from `folder` (an absolute path), writing
    /// to `console`; returns the exit code. The process's current folder is
    /// neither read nor changed, so runs may go on side by side.
    public static func run(_ arguments: [String], in folder: String, console: inout Console) -> Int32 {
        do {
            try dispatch(arguments, project: Project(root: folder), console: &console)
            return ExitCode.success.rawValue
        } catch {
            switch error {
            case .usage(let message):
                // A usage error shows the usage of the command it is about.
                let command = arguments.first.flatMap(Command.init(named:))
                console.error("covenant: \(message)\n" + (command.map(Usage.brief) ?? Usage.generalLine))
            case .missingInput(let path):
                console.error("covenant: no such file or folder: \(path)")
            case .invalidInput(let diagnostics):
                console.printDiagnostics(diagnostics)
            case .cannotCreate(let message), .io(let message), .busy(let message), .notFound(let message),
                .conditionMet(let message):
                console.error("covenant: \(message)")
            }
            return error.exitCode.rawValue
        }
    }

    static func dispatch(_ arguments: [String], project: Project, console: inout Console) throws(CLIError) {
        guard let word = arguments.first else {
            console.output(Usage.full)
            return
        }
        let rest = Array(arguments.dropFirst())
        switch word {
        case "--help", "-h":
            console.output(Usage.full)
            return
        case "--version":
            console.output("covenant \(version)\n")
            return
        default:
            break
        }
        guard let command = Command(named: word) else {
            let known = Command.allCases.map(\.rawValue)
            throw .usage("unknown command '\(word)'" + Usage.didYouMean(word, among: known))
        }
        if Arguments.asksForHelp(rest) {
            console.output(Usage.help(command))
            return
        }
        switch command {
        case .help: try HelpCommand.run(rest, console: &console)
        case .statement: try StatementCommand.run(rest, project: project, console: &console)
        case .ledger: try LedgerCommand.run(rest, project: project, console: &console)
        case .report: try ReportCommand.run(rest, project: project, console: &console)
        case .explain: try ExplainCommand.run(rest, project: project, console: &console)
        case .watch: try WatchCommand.run(rest, project: project, console: &console)
        case .check: try CheckCommand.run(rest, project: project, console: &console)
        case .appendix: try AppendixCommand.run(rest, project: project, console: &console)
        case .budget: try BudgetCommand.run(rest, project: project, console: &console)
        case .clock: try ClockCommand.run(rest, project: project, console: &console)
        }
    }
}
