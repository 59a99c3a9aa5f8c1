/// The bytes of one input file and its path, with line and column lookup.
///
/// Offsets are byte offsets into `bytes`. Lines and columns are 1-based and
/// computed only when a diagnostic is shown; columns count Unicode scalars.
public struct SourceFile: Sendable, Hashable {
    /// The path as the user named it (used verbatim in diagnostics).
    public let path: String
    /// The file's raw bytes.
    public let bytes: [UInt8]

    /// Creates a source file from raw bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text (tests, generated inputs).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let target = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < target {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        for cursor in lineStart..<target where bytes[cursor] & 0xC0 != 0x80 {
            column += 1
        }
        return (line, column)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count && current < line {
            if bytes[index] == 0x0A {
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == line else { return "" }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A half-open range of byte offsets in a ``SourceFile``.
public struct SourceRange: Sendable, Hashable {
    /// The first byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Creates a range `[start, end)`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// An empty range at one offset.
    public static func at(_ offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }
}

/// A place in a file: the file and a byte range in it.
public struct SourceLocation: Sendable, Hashable {
    /// The file.
    public var file: SourceFile
    /// The bytes the location covers.
    public var range: SourceRange

    /// Creates a location.
    public init(file: SourceFile, range: SourceRange) {
        self.file = file
        self.range = range
    }

    /// The 1-based line and column of the start.
    public var lineAndColumn: (line: Int, column: Int) { file.lineAndColumn(of: range.start) }
}
