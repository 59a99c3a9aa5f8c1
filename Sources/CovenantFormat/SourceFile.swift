import Synchronization

/// The bytes of one input file and its path, with line and column lookup.
///
/// Offsets are byte offsets into `bytes`. Lines and columns are 1-based and
/// computed only when a diagnostic is shown; columns count Unicode scalars.
/// The first lookup indexes the file once (see ``LineIndex``); every lookup
/// after that costs a binary search, so a file with a million diagnostics is
/// located in linear time.
public struct SourceFile: Sendable, Hashable {
    /// The path as the user named it (used verbatim in diagnostics).
    public let path: String
    /// The file's raw bytes.
    public let bytes: [UInt8]
    /// The line index, built on first use and shared by every copy of this value.
    private let lines = LineIndexCache()

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
        let place = position(of: offset)
        return (place.line, place.column)
    }

    /// The 1-based line of a byte offset (clamped to the file): the line
    /// feeds before it, without the column's work.
    public func line(of offset: Int) -> Int {
        let target = min(max(offset, 0), bytes.count)
        let index = lines.index(of: bytes)
        return bytes.withUnsafeBufferPointer { index.lineFeeds(before: target, in: $0) } + 1
    }

    /// The line, column and line start of a byte offset (clamped to the file).
    func position(of offset: Int) -> (line: Int, column: Int, lineStart: Int) {
        let target = min(max(offset, 0), bytes.count)
        let index = lines.index(of: bytes)
        return bytes.withUnsafeBufferPointer { buffer in
            let line = index.lineFeeds(before: target, in: buffer) + 1
            let lineStart = line == 1 ? 0 : index.offset(afterLineFeed: line - 1, in: buffer) ?? 0
            let continuations =
                index.continuations(before: target, in: buffer) - index.continuations(before: lineStart, in: buffer)
            return (line, target - lineStart - continuations + 1, lineStart)
        }
    }

    /// The text of a 1-based line, without its line break ("" past the last line).
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lines.index(of: bytes).lineFeedCount + 1 else { return "" }
        let start = offset(ofLine: line)
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The byte offset of the start of a 1-based line (end of file if past it).
    public func offset(ofLine line: Int) -> Int {
        if line <= 1 { return 0 }
        let index = lines.index(of: bytes)
        return bytes.withUnsafeBufferPointer { index.offset(afterLineFeed: line - 1, in: $0) } ?? bytes.count
    }

    /// Files are equal when their paths and bytes are.
    public static func == (lhs: SourceFile, rhs: SourceFile) -> Bool {
        lhs.path == rhs.path && lhs.bytes == rhs.bytes
    }

    /// Hashes the path and the length only: a file's diagnostics are hashed
    /// by the thousand, and hashing the bytes made that quadratic.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(bytes.count)
    }
}

/// The line index of a ``SourceFile``, built once, on first use, by whichever
/// thread asks first.
private final class LineIndexCache: Sendable {
    private let built = Mutex<LineIndex?>(nil)

    func index(of bytes: [UInt8]) -> LineIndex {
        built.withLock { index in
            if let index { return index }
            let made = LineIndex(bytes)
            index = made
            return made
        }
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
