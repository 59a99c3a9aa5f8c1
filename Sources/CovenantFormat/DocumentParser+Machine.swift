extension DocumentParser {
    /// An open block collection on the parser's stack.
    struct Frame {
        enum Kind { case mapping, sequence }

        var kind: Kind
        /// The column (0-based) of its keys or `-` indicators.
        var indent: Int
        /// A sequence at the same column as its parent mapping's keys (`key:\n- a`).
        var indentless: Bool
        /// Where its content ends so far.
        var end: Int
        /// Its own record (which holds where it starts), completed when it closes.
        var record: Int32
        /// Where this mapping's keys start in ``Machine/keys``.
        var keyBase: Int
        /// Its index in ``Machine/keyTables`` once the mapping is large enough for a
        /// linear search to hurt; -1 before.
        var keyTable = -1
        /// One bit per key hash (see ``Machine/registerKey``).
        var keyBloom: UInt64 = 0
        /// Offset just after the `:` or `-` whose value is still to come; -1 when none.
        var pendingAt: Int = -1
    }

    /// A key of an open mapping: the hash of its text and its record.
    struct Key {
        var hash: UInt64
        var record: Int32
    }

    /// What starts at an offset, as offsets only: scanning creates no strings.
    struct Scan {
        enum Style { case plain, singleQuoted, doubleQuoted, flow, block }

        var style: Style
        /// The first byte: the text, its opening quote, bracket or indicator.
        var start: Int
        /// After the last byte: the closing quote, or the plain text without trailing spaces.
        /// For flow collections and block scalars, `start + 1` (their parsers find the end).
        var end: Int
        /// Whether quoted text holds escapes (`''`, `\`) that decoding must resolve.
        var escaped: Bool = false
        /// For a key, the offset after its `:`; -1 for a value.
        var afterColon: Int = -1

        var isKey: Bool { afterColon >= 0 }
        /// The text between the quotes, or the plain text.
        var textStart: Int { style == .plain ? start : start + 1 }
        var textEnd: Int { style == .plain ? end : end - 1 }
        var range: SourceRange { SourceRange(start: start, end: end) }
    }

    /// The parser's state while it walks one file.
    struct Machine {
        /// The bytes being parsed, with the pure scanning functions.
        let input: Input
        var frames = ParserStack<Frame>(capacity: 16)
        /// The flow collections around the innermost one open on the line being parsed, innermost last.
        var flowFrames = ParserStack<DocumentParser.FlowFrame>(capacity: 8)
        /// Every node made so far, in document order (see ``DocumentTree``).
        var records: [DocumentTree.Record] = []
        /// Bounds of block scalar texts in ``decoded``, in pairs.
        var spans: [Int32] = []
        /// The texts of block scalars, folded and chomped.
        var decoded: [UInt8] = []
        /// The root record, -1 before it is made.
        var root: Int32 = -1
        /// The bytes before this offset (a line start) passed ``SourceValidator``.
        var validated = 0
        /// The start of the line being parsed.
        var lineStart = 0
        /// Whether the last content line ended with a plain scalar (for continuation errors).
        var lastLineEndedWithPlain = false
        var sawDocumentStart = false
        var contentStart = 0
        /// The column of the first content line (where a top-level collection sits).
        var rootIndent = 0
        /// The keys of every open mapping, innermost last (each frame knows where its own start).
        var keys = ParserStack<DocumentParser.Key>(capacity: 64)
        /// The key tables of open large mappings, innermost last.
        var keyTables: [KeyTable] = []

        init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>) {
            input = Input(file: file, bytes: bytes)
            // Typical files hold a node per 10 to 20 bytes; reserving avoids most regrowth.
            records.reserveCapacity(bytes.count / 8 + 16)
            decoded.reserveCapacity(bytes.count / 8 + 16)
        }

        /// Frees the parser's stacks; called once, when the parse ends or fails.
        func deallocate() {
            frames.deallocate()
            flowFrames.deallocate()
            keys.deallocate()
        }

        // MARK: - The line loop

        mutating func run() throws(SyntaxError) -> Int32 {
            let count = input.count
            var p = 0
            if count >= 3 && input.bytes[0] == 0xEF && input.bytes[1] == 0xBB && input.bytes[2] == 0xBF { p = 3 }
            contentStart = p
            while p < count {
                if p >= validated { try validateAhead(of: p) }
                lineStart = p
                var q = input.endOfSpaces(p)
                if q >= count { break }
                let b = input.bytes[q]
                if b == Byte.lf { p = q + 1; continue }
                if b == Byte.cr { p = q + 2; continue }
                if b == Byte.tab { throw .tabInIndentation(input.location(q)) }
                if b == Byte.hash {
                    while q < count && input.bytes[q] != Byte.lf { q &+= 1 }
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
            try validateRest()
            return root >= 0 ? root : nullRecord(at: contentStart)
        }

        /// How far ahead of the line being parsed the source is checked: small
        /// enough that the checked bytes are still in cache when parsed.
        static let validationBlock = 64 * 1024

        /// Checks the source from where checking stopped through the block of lines
        /// after offset `p`. Every line the parser reads as a line has been checked;
        /// only a block scalar's look-ahead reads further, and it only compares
        /// and copies bytes.
        mutating func validateAhead(of p: Int) throws(SyntaxError) {
            validated = try SourceValidator.validate(
                input.bytes, from: validated, until: p + Self.validationBlock, file: input.file)
        }

        /// Checks the rest of the source. A parse ends with it, and a syntax error
        /// defers to it: a file with bytes that are not allowed reports the first
        /// of them, wherever its other errors are, as if the whole file had been
        /// checked before parsing.
        mutating func validateRest() throws(SyntaxError) {
            if validated < input.count {
                validated = try SourceValidator.validate(
                    input.bytes, from: validated, until: input.count, file: input.file)
            }
        }

        /// Handles `---`, `...` and `%` at the start of a line; returns the next line's
        /// start for an accepted `---`, `nil` when the line holds no marker.
        mutating func marker(at q: Int) throws(SyntaxError) -> Int? {
            if input.bytes[q] == Byte.percent {
                var e = q
                while e < input.count && !input.isBreak(input.bytes[e]) { e &+= 1 }
                throw .directive(input.location(q, e), text: input.makeString(q, e))
            }
            guard let kind = input.markerKind(at: q) else { return nil }
            if kind == Byte.dot { throw .documentEnd(input.location(q, q + 3)) }
            if sawDocumentStart || root >= 0 || !frames.isEmpty { throw .secondDocument(input.location(q, q + 3)) }
            sawDocumentStart = true
            let after = try input.skipSpaces(q + 3)
            let b = input.peek(after)
            if b == Byte.hash && after > q + 3 || input.isBreak(b) {
                contentStart = q + 3
                return try input.finishLine(after, valueEnd: q + 3)
            }
            throw .contentAfterDocumentStart(input.location(after))
        }

        /// Parses a line whose first non-space byte is at `q`; returns the next line's start.
        mutating func contentLine(at q: Int) throws(SyntaxError) -> Int {
            let indent = q - lineStart
            let continuesPlain = lastLineEndedWithPlain
            lastLineEndedWithPlain = false
            let isDash = input.bytes[q] == Byte.minus && input.isBlank(input.peek(q + 1))

            // A value still to come: this line may hold it.
            if let t = frames.lastIndex, frames[t].pendingAt >= 0 {
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
            while let t = frames.lastIndex,
                frames[t].indent > indent || (frames[t].indentless && frames[t].indent == indent && !isDash)
            {
                closedIndent = frames[t].indent
                closeTop()
            }

            guard let t = frames.lastIndex else {
                if root < 0 {
                    rootIndent = indent
                    return try node(at: q, column: indent, indentless: false)
                }
                if closedIndent >= 0 {
                    throw .badIndentation(input.location(q), expectedColumns: [rootIndent + 1])
                }
                if records[Int(root)].tag == .plain, indent == rootIndent, input.looksLikeKey(q) {
                    // `name Acme` then `key: value`: the first line is a key that lost its colon.
                    throw .missingColon(input.location(Int(records[Int(root)].start)))
                }
                if continuesPlain { throw .multilinePlainScalar(input.location(q)) }
                throw .extraContent(input.location(q))
            }
            let topIndent = frames[t].indent

            if topIndent < indent {
                if isDash {
                    let column = closedIndent >= 0 ? closedIndent : topIndent
                    throw .misplacedSequenceItem(input.location(q), expectedColumn: column + 1)
                }
                if continuesPlain && closedIndent < 0 && !input.looksLikeKey(q) {
                    throw .multilinePlainScalar(input.location(q))
                }
                let columns = closedIndent >= 0 ? [topIndent + 1, closedIndent + 1] : [topIndent + 1]
                throw .badIndentation(input.location(q), expectedColumns: columns)
            }

            if frames[t].kind == .sequence {
                guard isDash else { throw .expectedSequenceItem(input.location(q)) }
                return try node(at: q, column: indent, indentless: false, newItem: true)
            }
            if isDash { throw .sequenceItemInMapping(input.location(q)) }
            return try mappingEntry(at: q)
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
                if existingItem || (input.bytes[p] == Byte.minus && input.isBlank(input.peek(p + 1))) {
                    if !existingItem {
                        try push(.sequence, indent: column, start: p, indentless: indentless)
                    }
                    existingItem = false
                    let after = try input.skipSpaces(p + 1)
                    let b = input.peek(after)
                    if input.isBreak(b) || b == Byte.hash {
                        frames[frames.count - 1].pendingAt = p + 1
                        return try input.finishLine(after, valueEnd: p + 1)
                    }
                    p = after
                    column = after - lineStart
                    indentless = false
                    continue
                }
                if input.bytes[p] == Byte.question && input.isBlank(input.peek(p + 1)) {
                    throw .complexKey(input.location(p))
                }
                let scan = try input.scan(at: p)
                if scan.isKey {
                    try push(.mapping, indent: column, start: p, indentless: indentless)
                    return try mappingValue(key: scan)
                }
                return try value(scan)
            }
        }

        /// Parses `key: value` at `q` in the mapping on top of the stack.
        mutating func mappingEntry(at q: Int) throws(SyntaxError) -> Int {
            if input.bytes[q] == Byte.question && input.isBlank(input.peek(q + 1)) {
                throw .complexKey(input.location(q))
            }
            let scan = try input.scan(at: q)
            if scan.isKey { return try mappingValue(key: scan) }
            if scan.style == .flow {
                // `[a]: b` reads better as "a flow collection cannot be a key".
                let (_, end) = try flow(at: q)
                try input.checkNotKey(end, q)
            }
            throw .missingColon(input.location(q))
        }

        /// After `key:`, records the entry and parses the value on the same line or leaves it pending.
        mutating func mappingValue(key scan: Scan) throws(SyntaxError) -> Int {
            let t = frames.count - 1
            let (key, hash) = try keyRecord(scan)
            try checkDuplicate(key, hash: hash, in: t)
            let afterColon = scan.afterColon
            let v = try input.skipSpaces(afterColon)
            let b = input.peek(v)
            if !input.isBreak(b) && b != Byte.hash {
                if b == Byte.minus && input.isBlank(input.peek(v + 1)) {
                    throw .sequenceEntryNotAllowed(input.location(v))
                }
                if b == Byte.question && input.isBlank(input.peek(v + 1)) { throw .complexKey(input.location(v)) }
                let value = try input.scan(at: v)
                if value.isKey { throw .mappingValueNotAllowed(input.location(value.afterColon - 1)) }
                if value.style != .flow && value.style != .block {
                    // The common case, a scalar on the key's line: recorded at once, nothing pending.
                    _ = try scalarRecord(value)
                    let next = try input.finishLine(value.end, valueEnd: value.end)
                    frames[t].end = value.end
                    lastLineEndedWithPlain = value.style == .plain
                    return next
                }
                frames[t].pendingAt = afterColon
                return try self.value(value)
            }
            // The value is on the lines below, or empty.
            frames[t].pendingAt = afterColon
            frames[t].end = afterColon
            return try input.finishLine(v, valueEnd: afterColon)
        }

        /// Makes the node of a scanned value, finishes its line and attaches it; returns the next line's start.
        mutating func value(_ scan: Scan) throws(SyntaxError) -> Int {
            switch scan.style {
            case .block:
                let first = decoded.count
                let (style, range, next) = try input.blockScalar(
                    at: scan.start, parent: frames.isEmpty ? -1 : frames[frames.count - 1].indent, into: &decoded)
                let node = blockScalarRecord(
                    style == .folded ? .folded : .literal, start: range.start, end: range.end,
                    first: first, last: decoded.count)
                attach(node, end: range.end)
                return next
            case .flow:
                let (node, end) = try flow(at: scan.start)
                try input.checkNotKey(end, scan.start)
                let next = try input.finishLine(end, valueEnd: end)
                attach(node, end: end)
                return next
            case .plain, .singleQuoted, .doubleQuoted:
                let node = try scalarRecord(scan)
                let next = try input.finishLine(scan.end, valueEnd: scan.end)
                attach(node, end: scan.end)
                lastLineEndedWithPlain = scan.style == .plain
                return next
            }
        }

        // MARK: - The stack

        mutating func push(_ kind: Frame.Kind, indent: Int, start: Int, indentless: Bool) throws(SyntaxError) {
            let depth = frames.count
            if depth >= DocumentParser.maximumDepth {
                throw .nestingTooDeep(input.location(start), limit: DocumentParser.maximumDepth)
            }
            let tag: DocumentTree.Tag = kind == .mapping ? .mapping : .sequence
            frames.append(
                Frame(
                    kind: kind, indent: indent, indentless: indentless, end: start,
                    record: record(tag, start: start, end: start), keyBase: keys.count))
        }

        /// Gives the value still to come of frame `t` as an empty value.
        mutating func resolvePendingAsNull(_ t: Int) {
            let at = frames[t].pendingAt
            _ = nullRecord(at: at)
            // A mapping's end is already after the key's colon.
            if frames[t].kind == .sequence { frames[t].end = at }
            frames[t].pendingAt = -1
        }

        /// Adds a finished node ending at `end` to the collection on top of the stack
        /// (or makes it the root).
        @inline(__always)
        mutating func attach(_ node: Int32, end: Int) {
            if frames.isEmpty {
                root = node
                return
            }
            let t = frames.count - 1
            frames[t].pendingAt = -1
            frames[t].end = end
        }

        /// Closes the collection on top of the stack and attaches it to its parent.
        mutating func closeTop() {
            let t = frames.count - 1
            if frames[t].pendingAt >= 0 { resolvePendingAsNull(t) }
            let frame = frames.removeLast()
            if frame.kind == .mapping {
                keys.shrink(to: frame.keyBase)
                if frame.keyTable >= 0 { keyTables.removeLast() }
            }
            finish(frame.record, end: frame.end)
            attach(frame.record, end: frame.end)
        }

        /// Throws when the mapping of frame `t` already has the key of record `key`;
        /// records the key otherwise.
        mutating func checkDuplicate(_ key: Int32, hash: UInt64, in t: Int) throws(SyntaxError) {
            var table = frames[t].keyTable
            var bloom = frames[t].keyBloom
            let first = registerKey(
                key, hash: hash, keyBase: frames[t].keyBase, bloom: &bloom, table: &table)
            frames[t].keyTable = table
            frames[t].keyBloom = bloom
            if let first { throw duplicate(key, first: first) }
        }

    }
}
