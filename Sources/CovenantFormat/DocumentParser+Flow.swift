extension DocumentParser {
    /// An open flow collection while a line's flow collections are read.
    struct FlowFrame {
        var isMapping: Bool
        /// Its record, completed when it closes.
        var record: Int32
        /// The offset of its opening bracket.
        var open: Int
        /// Where a mapping's keys start in ``Machine/keys``.
        var keyBase: Int
        /// Its index in ``Machine/keyTables`` once the mapping is large; -1 before.
        var keyTable = -1
        /// One bit per key hash (see ``Machine/registerKey``).
        var keyBloom: UInt64 = 0

        var kind: SyntaxError.FlowCollection { isMapping ? .mapping : .sequence }
        var closing: UInt8 { isMapping ? Byte.closeBrace : Byte.closeBracket }
    }
}

extension DocumentParser.Machine {
    /// Parses a one-line flow collection at `p` (`[` or `{`) and the flow
    /// collections nested in it; returns its record and the offset after its
    /// closing bracket.
    ///
    /// Sequences hold scalars and flow collections; mappings hold scalar keys
    /// and scalar, empty or flow-collection values. The innermost open
    /// collection is a local value and the ones around it wait on a stack of
    /// their own (``flowFrames``), not in recursion; each counts one level
    /// toward the depth limit.
    ///
    /// Each kind of collection has a loop of its own, with its closing
    /// bracket a constant; a nested collection leaves the loop, and its
    /// parent's loop resumes after it closes.
    mutating func flow(at p: Int) throws(SyntaxError) -> (Int32, Int) {
        var frame = try openFlow(at: p)
        var i = p + 1
        while true {
            // Read entries of `frame` from `i` (after its bracket or a nested collection's
            // separator) until it closes (`i` at its closing bracket) or a nested one opens.
            var nested = -1
            if frame.isMapping {
                i = try flowMappingEntries(from: i, &frame, nested: &nested)
            } else {
                i = try flowSequenceItems(from: i, frame, nested: &nested)
            }
            if nested >= 0 {
                flowFrames.append(frame)
                frame = try openFlow(at: nested)
                i = nested + 1
                continue
            }
            // `frame` closes at `i`: back to the collection around it, after this value.
            let end = i + 1
            closeFlow(frame, end: end)
            guard let outer = flowFrames.popLast() else { return (frame.record, end) }
            let inner = frame
            frame = outer
            let kind = frame.kind
            i = try input.flowSpaces(end, open: frame.open, kind)
            if input.bytes[i] == Byte.colon {
                // `[[a]: b]` or `{k: [a]: b}`.
                if !frame.isMapping { throw .collectionAsKey(input.location(inner.open)) }
                throw .mappingValueNotAllowed(input.location(i))
            }
            if input.bytes[i] == Byte.comma {
                i += 1
            } else if input.bytes[i] != frame.closing {
                throw .expectedFlowSeparator(input.location(i), kind)
            }
        }
    }

    /// Reads a flow sequence's items from `from`; returns the offset of its
    /// closing bracket, or of a nested collection's opening one (also put in `nested`).
    @inline(__always)
    mutating func flowSequenceItems(
        from: Int, _ frame: DocumentParser.FlowFrame, nested: inout Int
    ) throws(SyntaxError) -> Int {
        let open = frame.open
        var i = try input.flowSpaces(from, open: open, .sequence)
        while input.bytes[i] != Byte.closeBracket {
            let b = input.bytes[i]
            if b == Byte.openBracket || b == Byte.openBrace {
                nested = i
                return i
            }
            let scan = try input.flowScan(at: i)
            i = try input.flowSpaces(scan.end, open: open, .sequence)
            if input.bytes[i] == Byte.colon { throw .pairInFlowSequence(input.location(scan.start)) }
            _ = try scalarRecord(scan)
            if input.bytes[i] == Byte.comma {
                i = try input.flowSpaces(i + 1, open: open, .sequence)
            } else if input.bytes[i] != Byte.closeBracket {
                throw .expectedFlowSeparator(input.location(i), .sequence)
            }
        }
        return i
    }

    /// Reads a flow mapping's entries from `from`; returns the offset of its
    /// closing brace, or of a nested collection's opening bracket (a value, also
    /// put in `nested`).
    @inline(__always)
    mutating func flowMappingEntries(
        from: Int, _ frame: inout DocumentParser.FlowFrame, nested: inout Int
    ) throws(SyntaxError) -> Int {
        let open = frame.open
        let keyBase = frame.keyBase
        var table = frame.keyTable
        var bloom = frame.keyBloom
        defer {
            frame.keyTable = table
            frame.keyBloom = bloom
        }
        var i = try input.flowSpaces(from, open: open, .mapping)
        while input.bytes[i] != Byte.closeBrace {
            let b = input.bytes[i]
            if b == Byte.openBracket || b == Byte.openBrace { throw .collectionAsKey(input.location(i)) }
            let keyScan = try input.flowScan(at: i)
            i = try input.flowSpaces(keyScan.end, open: open, .mapping)
            guard input.bytes[i] == Byte.colon else { throw .expectedFlowColon(input.location(i)) }
            let afterColon = i + 1
            let next = input.peek(afterColon)
            guard next == Byte.space || next == Byte.comma || next == Byte.closeBrace || input.isBreak(next) else {
                throw .expectedFlowColon(input.location(i))
            }
            let (key, hash) = try keyRecord(keyScan)
            if let first = registerKey(key, hash: hash, keyBase: keyBase, bloom: &bloom, table: &table) {
                throw duplicate(key, first: first)
            }
            i = try input.flowSpaces(afterColon, open: open, .mapping)
            switch input.bytes[i] {
            case Byte.comma, Byte.closeBrace:
                _ = nullRecord(at: afterColon)
            case Byte.openBracket, Byte.openBrace:
                nested = i
                return i
            default:
                let scan = try input.flowScan(at: i)
                _ = try scalarRecord(scan)
                i = try input.flowSpaces(scan.end, open: open, .mapping)
                if input.bytes[i] == Byte.colon { throw .mappingValueNotAllowed(input.location(i)) }
            }
            if input.bytes[i] == Byte.comma {
                i = try input.flowSpaces(i + 1, open: open, .mapping)
            } else if input.bytes[i] != Byte.closeBrace {
                throw .expectedFlowSeparator(input.location(i), .mapping)
            }
        }
        return i
    }

    /// Opens the flow collection whose bracket is at `p`, inside those on ``flowFrames``.
    @inline(__always)
    mutating func openFlow(at p: Int) throws(SyntaxError) -> DocumentParser.FlowFrame {
        if frames.count + flowFrames.count >= DocumentParser.maximumDepth {
            throw .nestingTooDeep(input.location(p), limit: DocumentParser.maximumDepth)
        }
        let isMapping = input.bytes[p] == Byte.openBrace
        return DocumentParser.FlowFrame(
            isMapping: isMapping, record: record(isMapping ? .mapping : .sequence, start: p, end: p), open: p,
            keyBase: keys.count)
    }

    /// Closes a flow collection whose closing bracket ends at `end`.
    @inline(__always)
    mutating func closeFlow(_ frame: DocumentParser.FlowFrame, end: Int) {
        if frame.isMapping {
            keys.shrink(to: frame.keyBase)
            if frame.keyTable >= 0 { keyTables.removeLast() }
        }
        finish(frame.record, end: end)
    }
}

extension DocumentParser.Input {
    /// Throws the right error for a flow collection opened at `p` whose line ends at `i`.
    func unclosed(_ p: Int, at i: Int, _ collection: SyntaxError.FlowCollection) -> SyntaxError {
        var j = i
        while j < count && bytes[j] != Byte.lf { j &+= 1 }
        if j + 1 < count { return .multilineFlowCollection(location(p), collection) }
        return .unterminatedFlowCollection(location(p), collection)
    }

    /// Skips spaces inside a flow collection; a comment or the line's end there leaves it unclosed.
    @inline(__always)
    func flowSpaces(_ from: Int, open p: Int, _ collection: SyntaxError.FlowCollection) throws(SyntaxError) -> Int {
        let i = endOfSpaces(from)
        let b = peek(i)
        if b > Byte.hash { return i }
        if b == Byte.tab { throw .tabAsWhitespace(location(i)) }
        if isBreak(b) || b == Byte.hash { throw unclosed(p, at: i, collection) }
        return i
    }

    /// Scans a scalar inside a flow collection at `i`.
    func flowScan(at i: Int) throws(SyntaxError) -> DocumentParser.Scan {
        let b = bytes[i]
        if b == Byte.singleQuote {
            let (end, escaped) = try singleQuotedEnd(at: i)
            return DocumentParser.Scan(style: .singleQuoted, start: i, end: end, escaped: escaped)
        }
        if b == Byte.doubleQuote {
            let (end, escaped) = try doubleQuotedEnd(at: i)
            return DocumentParser.Scan(style: .doubleQuoted, start: i, end: end, escaped: escaped)
        }
        try checkPlainStart(i, flow: true)
        let (end, _) = try plainEnd(from: i, flow: true)
        try checkReserved(i, end)
        return DocumentParser.Scan(style: .plain, start: i, end: end)
    }
}
