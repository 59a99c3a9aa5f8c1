import CovenantFormat

/// Why a command stopped; each maps to an exit code.
public enum CLIError: Error, Sendable {
    /// The arguments are wrong; the text says how.
    case usage(String)
    /// A path named (or defaulted) does not exist.
    case missingInput(String)
    /// The inputs have errors; every diagnostic is printed.
    case invalidInput([Diagnostic])
    /// An output cannot be created, or would change a record without `--force`.
    case cannotCreate(String)
    /// Reading or writing failed.
    case io(String)
    /// Another run holds the output folder; the text names it.
    case busy(String)
    /// A folder the command needs is missing; the text names it, where it was
    /// looked for and the option that points elsewhere.
    case notFound(String)
    /// The command did its work, and a condition a script asked to fail on
    /// (`watch --fail-on`) is met; the text says which.
    case conditionMet(String)

    /// The exit code of CLI.md.
    public var exitCode: ExitCode {
        switch self {
        case .usage: return .usage
        case .missingInput: return .noInput
        case .invalidInput: return .dataError
        case .cannotCreate: return .cantCreate
        case .io: return .ioError
        case .busy: return .tempFail
        case .notFound: return .noInput
        case .conditionMet: return .conditionMet
        }
    }
}
