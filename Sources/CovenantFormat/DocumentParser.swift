/// The hand-written parser for the contract file language, a strict subset
/// of YAML 1.2 block style (see FORMAT.md).
///
/// The parser scans UTF-8 bytes line by line with integer offsets and an
/// explicit stack of open block collections, so hostile nesting cannot
/// overflow the call stack. Scalars stay text: the schema layer decides what
/// `~`, `null` or `true` mean. Every node keeps its source range:
///
/// - plain and quoted scalars: the text as written, quotes included;
/// - block scalars: from the `|` or `>` indicator to the end of the last
///   text line (so a diagnostic at a block scalar points at its indicator);
/// - flow collections: from the opening to the closing bracket;
/// - block collections: from the first byte of the first key or `-` to the
///   last byte of the last value;
/// - empty values: an empty range just after the key's `:` (or the item's `-`).
public enum DocumentParser {
    /// The largest file accepted, in bytes (64 MiB).
    public static let maximumFileSize = 64 * 1024 * 1024
    /// The deepest nesting of collections accepted.
    public static let maximumDepth = 64
    /// The longest scalar accepted, in bytes of source text (1 MiB).
    public static let maximumScalarLength = 1024 * 1024

    /// Parses one file of the contract language into a document tree.
    public static func parse(_ file: SourceFile) throws(SyntaxError) -> Document {
        if file.bytes.count > maximumFileSize {
            throw .fileTooLarge(SourceLocation(file: file, range: .at(0)), size: file.bytes.count)
        }
        let root = try file.bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) -> Node in
            try SourceValidator.validate(buffer, file: file)
            var machine = Machine(file: file, bytes: buffer)
            return try machine.run()
        }
        return Document(file: file, root: root)
    }
}

/// Byte values the parser looks at.
enum Byte {
    static let tab: UInt8 = 0x09
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let bang: UInt8 = 0x21
    static let doubleQuote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let singleQuote: UInt8 = 0x27
    static let star: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let colon: UInt8 = 0x3A
    static let less: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let greater: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let backtick: UInt8 = 0x60
    static let openBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let closeBrace: UInt8 = 0x7D
}

extension DocumentParser {
    /// An open block collection on the parser's stack.
    struct Frame {
        enum Kind { case mapping, sequence }

        var kind: Kind
        /// The column (0-based) of its keys or `-` indicators.
        var indent: Int
        /// A sequence at the same column as its parent mapping's keys (`key:\n- a`).
        var indentless: Bool
        var start: Int
        var end: Int
        var entries: [MappingEntry] = []
        var items: [Node] = []
        /// Keys seen, once the mapping is large enough for linear search to hurt.
        var keySet: Set<String>? = nil
        /// The key whose value has not been seen yet (mappings).
        var pendingKey: String = ""
        var pendingKeyRange = SourceRange.at(0)
        /// Offset just after the `:` or `-` whose value is still to come; -1 when none.
        var pendingAt: Int = -1
    }

    /// What the scanner found at the start of a node: a key, or a complete value.
    enum Token {
        case key(String, SourceRange, afterColon: Int)
        /// A single-line value ending at `end`; `plain` when it was a plain scalar.
        case value(Node, end: Int, plain: Bool)
        /// A block scalar; parsing resumes at `nextLine`.
        case block(Node, nextLine: Int)
    }

    /// The parser's state while it walks one file.
    struct Machine {
        let file: SourceFile
        let bytes: UnsafeBufferPointer<UInt8>
        let count: Int
        var frames: [Frame] = []
        var root: Node? = nil
        /// The start of the line being parsed.
        var lineStart = 0
        /// Whether the last content line ended with a plain scalar (for continuation errors).
        var lastLineEndedWithPlain = false
        var sawDocumentStart = false
        var contentStart = 0
        /// The column of the first content line (where a top-level collection sits).
        var rootIndent = 0

        init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>) {
            self.file = file
            self.bytes = bytes
            self.count = bytes.count
            frames.reserveCapacity(16)
        }

        /// The byte at `i`, or a line feed past the end (so the end of the file ends a line).
        @inline(__always)
        func peek(_ i: Int) -> UInt8 { i < count ? bytes[i] : Byte.lf }

        @inline(__always)
        func isBreak(_ b: UInt8) -> Bool { b == Byte.lf || b == Byte.cr }

        /// Space, tab or the end of a line.
        @inline(__always)
        func isBlank(_ b: UInt8) -> Bool { b == Byte.space || b == Byte.lf || b == Byte.cr || b == Byte.tab }

        func location(_ offset: Int, _ end: Int? = nil) -> SourceLocation {
            SourceLocation(file: file, range: SourceRange(start: offset, end: end ?? min(offset + 1, count)))
        }

        /// Skips spaces; a tab there is an error.
        @inline(__always)
        func skipSpaces(_ from: Int) throws(SyntaxError) -> Int {
            var i = from
            while i < count && bytes[i] == Byte.space { i &+= 1 }
            if i < count && bytes[i] == Byte.tab { throw .tabAsWhitespace(location(i)) }
            return i
        }

        /// From the end of a value (at spaces, a comment or the line end), the start of the next line.
        /// Anything else there is an error.
        func finishLine(_ from: Int, valueEnd: Int) throws(SyntaxError) -> Int {
            var i = try skipSpaces(from)
            let b = peek(i)
            if b == Byte.hash && i > valueEnd {
                while i < count && bytes[i] != Byte.lf { i &+= 1 }
                return i + 1
            }
            if b == Byte.lf { return i + 1 }
            if b == Byte.cr { return i + 2 }
            throw .unexpectedText(location(i))
        }

        // MARK: - The line loop

        mutating func run() throws(SyntaxError) -> Node {
            var p = 0
            if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { p = 3 }
            contentStart = p
            while p < count {
                lineStart = p
                var q = p
                while q < count && bytes[q] == Byte.space { q &+= 1 }
                if q >= count { break }
                let b = bytes[q]
                if b == Byte.lf { p = q + 1; continue }
                if b == Byte.cr { p = q + 2; continue }
                if b == Byte.tab { throw .tabInIndentation(location(q)) }
                if b == Byte.hash {
                    while q < count && bytes[q] != Byte.lf { q &+= 1 }
                    p = q + 1
                    continue
                }
                if q == lineStart, let next = try marker(at: q) {
                    p = next
                    continue
                }
                p = try contentLine(at: q)
            }
            while !frames.isEmpty { closeTop() }
            return root ?? Node(.null, range: .at(contentStart))
        }

        /// Handles `---`, `...` and `%` at the start of a line; returns the next line's
        /// start for an accepted `---`, `nil` when the line holds no marker.
        func markerKind(at q: Int) -> UInt8? {
            let b = bytes[q]
            guard b == Byte.minus || b == Byte.dot else { return nil }
            guard peek(q + 1) == b, peek(q + 2) == b, isBlank(peek(q + 3)) else { return nil }
            return b
        }

        mutating func marker(at q: Int) throws(SyntaxError) -> Int? {
            if bytes[q] == Byte.percent {
                var e = q
                while e < count && !isBreak(bytes[e]) { e &+= 1 }
                throw .directive(location(q, e), text: text(q, e))
            }
            guard let kind = markerKind(at: q) else { return nil }
            if kind == Byte.dot { throw .documentEnd(location(q, q + 3)) }
            if sawDocumentStart || root != nil || !frames.isEmpty { throw .secondDocument(location(q, q + 3)) }
            sawDocumentStart = true
            let after = try skipSpaces(q + 3)
            let b = peek(after)
            if b == Byte.hash && after > q + 3 || isBreak(b) {
                contentStart = q + 3
                return try finishLine(after, valueEnd: q + 3)
            }
            throw .contentAfterDocumentStart(location(after))
        }

        /// Parses a line whose first non-space byte is at `q`; returns the next line's start.
        mutating func contentLine(at q: Int) throws(SyntaxError) -> Int {
            let indent = q - lineStart
            let continuesPlain = lastLineEndedWithPlain
            lastLineEndedWithPlain = false
            let isDash = bytes[q] == Byte.minus && isBlank(peek(q + 1))

            // Only scalar fields of frames are read here: a copy of a frame would
            // share its arrays and make the next append copy them (quadratic).

            // A value still to come: this line may hold it.
            if let t = frames.indices.last, frames[t].pendingAt >= 0 {
                let parentIndent = frames[t].indent
                if indent > parentIndent
                    || (indent == parentIndent && isDash && frames[t].kind == .mapping)
                {
                    return try node(at: q, column: indent, indentless: indent == parentIndent)
                }
                resolvePendingAsNull(t)
            }

            // Close blocks this line is outside of, remembering the outermost one closed
            // (the nearest column to suggest when this line fits nowhere).
            var closedIndent = -1
            while let t = frames.indices.last,
                frames[t].indent > indent || (frames[t].indentless && frames[t].indent == indent && !isDash)
            {
                closedIndent = frames[t].indent
                closeTop()
            }

            guard let t = frames.indices.last else {
                if root == nil {
                    rootIndent = indent
                    return try node(at: q, column: indent, indentless: false)
                }
                if closedIndent >= 0 {
                    throw .badIndentation(location(q), expectedColumns: [rootIndent + 1])
                }
                if continuesPlain { throw .multilinePlainScalar(location(q)) }
                throw .extraContent(location(q))
            }
            let topIndent = frames[t].indent

            if topIndent < indent {
                if isDash {
                    let column = closedIndent >= 0 ? closedIndent : topIndent
                    throw .misplacedSequenceItem(location(q), expectedColumn: column + 1)
                }
                if continuesPlain && closedIndent < 0 && !looksLikeKey(q) {
                    throw .multilinePlainScalar(location(q))
                }
                let columns = closedIndent >= 0 ? [topIndent + 1, closedIndent + 1] : [topIndent + 1]
                throw .badIndentation(location(q), expectedColumns: columns)
            }

            if frames[t].kind == .sequence {
                guard isDash else { throw .expectedSequenceItem(location(q)) }
                return try node(at: q, column: indent, indentless: false, newItem: true)
            }
            if isDash { throw .sequenceItemInMapping(location(q)) }
            return try mappingEntry(at: q)
        }

        /// Whether a line starting at `q` reads as `key:` (used only to word an error).
        func looksLikeKey(_ q: Int) -> Bool {
            var i = q
            while i < count && !isBreak(bytes[i]) {
                if bytes[i] == Byte.colon && isBlank(peek(i + 1)) { return true }
                if bytes[i] == Byte.hash && i > q && bytes[i - 1] == Byte.space { return false }
                i &+= 1
            }
            return false
        }

        /// Parses the node starting at `q` (column `column`) and the rest of its line:
        /// compact `- - x` and `- key: v` forms open collections here.
        /// With `newItem`, `q` is the `-` of a new item of the sequence on top of the stack.
        mutating func node(at q: Int, column: Int, indentless: Bool, newItem: Bool = false) throws(SyntaxError) -> Int {
            var p = q
            var column = column
            var indentless = indentless
            var existingItem = newItem
            while true {
                if existingItem || (bytes[p] == Byte.minus && isBlank(peek(p + 1))) {
                    if !existingItem {
                        try push(.sequence, indent: column, start: p, indentless: indentless)
                    }
                    existingItem = false
                    let after = try skipSpaces(p + 1)
                    let b = peek(after)
                    if isBreak(b) || b == Byte.hash {
                        frames[frames.count - 1].pendingAt = p + 1
                        return try finishLine(after, valueEnd: p + 1)
                    }
                    p = after
                    column = after - lineStart
                    indentless = false
                    continue
                }
                if bytes[p] == Byte.question && isBlank(peek(p + 1)) { throw .complexKey(location(p)) }
                switch try scanKeyOrValue(at: p) {
                case .key(let key, let keyRange, let afterColon):
                    try push(.mapping, indent: column, start: p, indentless: indentless)
                    return try mappingValue(key: key, keyRange: keyRange, afterColon: afterColon)
                case .value(let value, let end, let plain):
                    let next = try finishLine(end, valueEnd: end)
                    attach(value)
                    lastLineEndedWithPlain = plain
                    return next
                case .block(let value, let nextLine):
                    attach(value)
                    return nextLine
                }
            }
        }

        /// Parses `key: value` at `q` in the mapping on top of the stack.
        mutating func mappingEntry(at q: Int) throws(SyntaxError) -> Int {
            if bytes[q] == Byte.question && isBlank(peek(q + 1)) { throw .complexKey(location(q)) }
            switch try scanKeyOrValue(at: q) {
            case .key(let key, let keyRange, let afterColon):
                return try mappingValue(key: key, keyRange: keyRange, afterColon: afterColon)
            case .value, .block:
                throw .missingColon(location(q))
            }
        }

        /// After `key:`, parses the value on the same line or leaves it pending.
        mutating func mappingValue(key: String, keyRange: SourceRange, afterColon: Int) throws(SyntaxError) -> Int {
            let t = frames.count - 1
            try checkDuplicate(key, keyRange, in: t)
            frames[t].pendingKey = key
            frames[t].pendingKeyRange = keyRange
            frames[t].pendingAt = afterColon
            let v = try skipSpaces(afterColon)
            let b = peek(v)
            if isBreak(b) || b == Byte.hash {
                return try finishLine(v, valueEnd: afterColon)
            }
            if b == Byte.minus && isBlank(peek(v + 1)) { throw .sequenceEntryNotAllowed(location(v)) }
            if b == Byte.question && isBlank(peek(v + 1)) { throw .complexKey(location(v)) }
            switch try scanKeyOrValue(at: v) {
            case .key(_, _, let after):
                throw .mappingValueNotAllowed(location(after - 1))
            case .value(let value, let end, let plain):
                let next = try finishLine(end, valueEnd: end)
                attach(value)
                lastLineEndedWithPlain = plain
                return next
            case .block(let value, let nextLine):
                attach(value)
                return nextLine
            }
        }

        // MARK: - The stack

        mutating func push(_ kind: Frame.Kind, indent: Int, start: Int, indentless: Bool) throws(SyntaxError) {
            if frames.count >= DocumentParser.maximumDepth {
                throw .nestingTooDeep(location(start), limit: DocumentParser.maximumDepth)
            }
            frames.append(Frame(kind: kind, indent: indent, indentless: indentless, start: start, end: start))
        }

        /// Gives the value still to come of frame `t` as an empty value.
        mutating func resolvePendingAsNull(_ t: Int) {
            let at = frames[t].pendingAt
            add(Node(.null, range: .at(at)), to: t)
        }

        /// Adds a finished node to the collection on top of the stack (or makes it the root).
        @inline(__always)
        mutating func attach(_ node: Node) {
            if frames.isEmpty {
                root = node
            } else {
                add(node, to: frames.count - 1)
            }
        }

        @inline(__always)
        mutating func add(_ node: Node, to t: Int) {
            if frames[t].kind == .mapping {
                frames[t].entries.append(
                    MappingEntry(key: frames[t].pendingKey, keyRange: frames[t].pendingKeyRange, value: node))
                frames[t].pendingKey = ""
            } else {
                frames[t].items.append(node)
            }
            frames[t].pendingAt = -1
            frames[t].end = node.range.end
        }

        /// Closes the collection on top of the stack and attaches it to its parent.
        mutating func closeTop() {
            let t = frames.count - 1
            if frames[t].pendingAt >= 0 { resolvePendingAsNull(t) }
            let frame = frames.removeLast()
            let range = SourceRange(start: frame.start, end: frame.end)
            let node =
                frame.kind == .mapping
                ? Node(.mapping(frame.entries), range: range) : Node(.sequence(frame.items), range: range)
            attach(node)
        }

        /// Throws when frame `t` already has `key`; records the key otherwise.
        mutating func checkDuplicate(_ key: String, _ keyRange: SourceRange, in t: Int) throws(SyntaxError) {
            if frames[t].keySet == nil {
                for entry in frames[t].entries where entry.key == key {
                    throw duplicate(key, keyRange, first: entry.keyRange)
                }
                if frames[t].entries.count >= 16 {
                    var set = Set<String>(minimumCapacity: 64)
                    for entry in frames[t].entries { set.insert(entry.key) }
                    set.insert(key)
                    frames[t].keySet = set
                }
            } else {
                // Move the set out while inserting so it is never shared (no copy).
                var set = frames[t].keySet ?? []
                frames[t].keySet = nil
                let inserted = set.insert(key).inserted
                frames[t].keySet = set
                if !inserted {
                    let first = frames[t].entries.first { $0.key == key }!.keyRange
                    throw duplicate(key, keyRange, first: first)
                }
            }
        }

        func duplicate(_ key: String, _ keyRange: SourceRange, first: SourceRange) -> SyntaxError {
            .duplicateKey(
                SourceLocation(file: file, range: keyRange), key: key,
                firstLine: file.lineAndColumn(of: first.start).line)
        }

        /// The text of bytes `start..<end`.
        @inline(__always)
        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }
}
