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
    /// line, and a caret under the column. A line longer than
    /// ``excerptLimit`` bytes is shown as the part around the column, cut
    /// with `…`, so rendering costs the same on any line. The path, the
    /// message and the echoed line show hidden characters as their code
    /// (``VisibleText``): a file cannot drive the terminal or forge a line.
    public var rendered: String {
        var out: [UInt8] = []
        render(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``rendered`` to `out` as UTF-8, without a final line feed: a
    /// million diagnostics print without a string each.
    public func render(into out: inout [UInt8]) {
        let message = VisibleText.line(message)
        guard let location else {
            if let path {
                out += VisibleText.line(path).utf8
                out += ": ".utf8
            }
            out += severity.rawValue.utf8
            out += ": ".utf8
            out += message.utf8
            return
        }
        let (line, column, lineStart) = location.file.position(of: location.range.start)
        out += VisibleText.line(location.file.path).utf8
        out.append(0x3A)
        DigitWriter.append(Int64(line), to: &out)
        out.append(0x3A)
        DigitWriter.append(Int64(column), to: &out)
        out += ": ".utf8
        out += severity.rawValue.utf8
        out += ": ".utf8
        out += message.utf8
        out += "\n  ".utf8
        Self.appendExcerpt(location.file, lineStart: lineStart, offset: location.range.start, to: &out)
    }

    /// The longest source line echoed whole, in bytes.
    public static let excerptLimit = 240

    /// Appends the echoed text of the line starting at `lineStart`, a line
    /// feed, and the padded caret under `offset`.
    static func appendExcerpt(_ file: SourceFile, lineStart: Int, offset: Int, to out: inout [UInt8]) {
        let bytes = file.bytes
        let target = min(max(offset, lineStart), bytes.count)
        // The line's end, looked for at most `excerptLimit` bytes past the target.
        var lineEnd = target
        let scanLimit = min(bytes.count, target + excerptLimit)
        while lineEnd < scanLimit && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        let endFound = lineEnd == bytes.count || bytes[lineEnd] == 0x0A
        if endFound && lineEnd > lineStart && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        var start = lineStart
        var end = lineEnd
        if !endFound || end - start > excerptLimit {
            start = max(lineStart, target - excerptLimit / 2)
            end = min(lineEnd, target + excerptLimit / 2)
        }
        // Cut on scalar boundaries.
        while start > lineStart && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < lineEnd && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
        let cutHead = start > lineStart
        let cutTail = end < lineEnd || !endFound
        let caretEnd = min(target, end)
        if cutHead { out += ellipsis }
        // The common line: printable ASCII, echoed as it is, the caret after spaces.
        if bytes[start..<end].allSatisfy({ $0 &- 0x20 < 0x5F }) {
            out += bytes[start..<end]
            if cutTail { out += ellipsis }
            out += "\n  ".utf8
            out += repeatElement(0x20, count: caretEnd - start + (cutHead ? 1 : 0))
            out.append(0x5E)
            return
        }
        // Hidden characters in the echoed line (controls, bidirectional
        // controls) are shown as their code, and the caret moves past it.
        var pad: [UInt8] = cutHead ? [0x20] : []
        var j = start
        while j < end {
            let b = bytes[j]
            // A scalar is its lead byte and the continuation bytes after it (at most three):
            // a malformed sequence never swallows the byte after it, which may be a control.
            var next = j + 1
            if b >= 0xC0 {
                while next < end && next - j < 4 && bytes[next] & 0xC0 == 0x80 { next += 1 }
            }
            let scalar =
                b < 0x80 ? Unicode.Scalar(b) : String(decoding: bytes[j..<next], as: UTF8.self).unicodeScalars.first
            let isBeforeCaret = j < caretEnd
            if let scalar, scalar != "\t", VisibleText.isHidden(scalar) {
                let code = VisibleText.code(scalar).utf8
                out += code
                if isBeforeCaret { pad += repeatElement(0x20, count: code.count) }
            } else {
                out += bytes[j..<next]
                if isBeforeCaret { pad.append(b == 0x09 ? 0x09 : 0x20) }
            }
            j = next
        }
        if cutTail { out += ellipsis }
        out += "\n  ".utf8
        out += pad
        out.append(0x5E)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.isError } }
}
