import CovenantFormat
import Foundation

/// The `covenant` command: parses arguments, runs a command, prints
/// diagnostics and returns the exit code. All logic is callable in-process.
public enum CommandLineTool {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    /// Runs the command line with standard output and error.
    public static func run(_ arguments: [String]) -> Int32 {
        var console = Console.standard
        return run(arguments, console: &console)
    }

    /// Runs the command line, writing to `console`; returns the exit code.
    public static func run(_ arguments: [String], console: inout Console) -> Int32 {
        do {
            try dispatch(arguments, console: &console)
            return ExitCode.success.rawValue
        } catch {
            switch error {
            case .usage(let message):
                console.error("covenant: \(message)\n\(Usage.brief)")
            case .missingInput(let path):
                console.error("covenant: no such file or folder: \(path)")
            case .invalidInput(let diagnostics):
                console.printDiagnostics(diagnostics)
            case .cannotCreate(let message), .io(let message):
                console.error("covenant: \(message)")
            }
            return error.exitCode.rawValue
        }
    }

    static func dispatch(_ arguments: [String], console: inout Console) throws(CLIError) {
        guard let command = arguments.first else {
            console.output(Usage.full)
            return
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "--help", "-h", "help":
            console.output(Usage.help(for: rest.first))
        case "--version":
            console.output("covenant \(version)\n")
        case "budget":
            try BudgetCommand.run(rest, console: &console)
        case "check":
            try CheckCommand.run(rest, console: &console)
        case "statement":
            try StatementCommand.run(rest, console: &console)
        case "explain":
            try ExplainCommand.run(rest, console: &console)
        case "clock":
            try ClockCommand.run(rest, console: &console)
        case "appendix":
            try AppendixCommand.run(rest, console: &console)
        case "watch":
            try WatchCommand.run(rest, console: &console)
        default:
            throw .usage("unknown command '\(command)'")
        }
    }
}
