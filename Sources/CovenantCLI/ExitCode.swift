/// The process exit codes of CLI.md (sysexits).
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// `watch --fail-on`: the list was printed and a clock meets the condition.
    case conditionMet = 1
    /// Bad usage: unknown command or flag, missing argument.
    case usage = 64
    /// Invalid input data.
    case dataError = 65
    /// An input file or folder is missing.
    case noInput = 66
    /// An internal error.
    case software = 70
    /// Output cannot be created, or a statement would change without `--force`.
    case cantCreate = 73
    /// A read or write failure.
    case ioError = 74
    /// Another run holds the output folder (`EX_TEMPFAIL`).
    case tempFail = 75
}
