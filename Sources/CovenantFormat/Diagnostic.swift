/// A located message about an input file: an error, a warning or a note.
///
/// The library returns diagnostics; only the command line prints them.
public struct Diagnostic: Sendable, Hashable, Error {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    /// Error, warning or note.
    public var severity: Severity
    /// The message, one sentence without a final period.
    public var message: String
    /// Where it points; `nil` for a whole-file or whole-run problem.
    public var location: SourceLocation?
    /// The path named when there is no location (a missing file, say).
    public var path: String?

    /// Creates a located diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
        self.path = location?.file.path
    }

    /// Creates a diagnostic about a file as a whole.
    public init(_ severity: Severity, _ message: String, path: String?) {
        self.severity = severity
        self.message = message
        self.location = nil
        self.path = path
    }

    /// An error at a range of a file.
    public static func error(_ message: String, in file: SourceFile, _ range: SourceRange) -> Diagnostic {
        Diagnostic(.error, message, at: SourceLocation(file: file, range: range))
    }

    /// A warning at a range of a file.
    public static func warning(_ message: String, in file: SourceFile, _ range: SourceRange) -> Diagnostic {
        Diagnostic(.warning, message, at: SourceLocation(file: file, range: range))
    }

    /// Whether this is an error.
    public var isError: Bool { severity == .error }

    /// The compiler-style form: `path:line:col: error: message`, the source
    /// line, and a caret under the column.
    public var rendered: String {
        guard let location else {
            if let path { return "\(path): \(severity.rawValue): \(message)" }
            return "\(severity.rawValue): \(message)"
        }
        let (line, column) = location.lineAndColumn
        // Control characters in the echoed line are shown as U+FFFD, so a
        // file cannot send escape sequences to the reader's terminal.
        let text = String(String.UnicodeScalarView(location.file.lineText(line).unicodeScalars.map { scalar in
            scalar == "\t" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)) ? scalar : "\u{FFFD}"
        }))
        var caretPad = ""
        var count = 1
        for scalar in text.unicodeScalars {
            if count >= column { break }
            caretPad.append(scalar == "\t" ? "\t" : " ")
            count += 1
        }
        return "\(location.file.path):\(line):\(column): \(severity.rawValue): \(message)\n  \(text)\n  \(caretPad)^"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.isError } }
}
