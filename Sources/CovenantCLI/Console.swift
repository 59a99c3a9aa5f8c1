import CovenantFormat
import Foundation

/// Where a command writes: results to `out`, diagnostics to `err`.
public struct Console: Sendable {
    /// Receives result text.
    public var out: @Sendable (String) -> Void
    /// Receives diagnostics and messages.
    public var err: @Sendable (String) -> Void

    /// Creates a console from two sinks.
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's standard output and error.
    public static var standard: Console {
        Console(
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) })
    }

    /// Writes result text as is.
    public func output(_ text: String) { out(text) }

    /// Writes a message line to the error stream. Hidden characters other
    /// than line feeds and tabs (from a path or an argument quoted in the
    /// message) are shown as their code, as in diagnostics.
    public func error(_ line: String) {
        let shown = VisibleText.lines(line)
        err(shown.hasSuffix("\n") ? shown : shown + "\n")
    }

    /// Prints diagnostics in compiler form, errors and warnings in file order,
    /// in writes of about 64 KB (a million diagnostics are not a million
    /// writes). A rendered diagnostic already shows hidden characters as codes.
    public func printDiagnostics(_ diagnostics: [Diagnostic]) {
        var pending: [UInt8] = []
        pending.reserveCapacity(70_000)
        for diagnostic in diagnostics {
            diagnostic.render(into: &pending)
            pending.append(0x0A)
            if pending.count >= 65_536 {
                err(String(decoding: pending, as: UTF8.self))
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { err(String(decoding: pending, as: UTF8.self)) }
    }
}
