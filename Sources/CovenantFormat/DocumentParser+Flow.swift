extension DocumentParser.Machine {
    /// Parses a one-line flow collection at `p` (`[` or `{`); returns its record and the offset after its closing bracket.
    ///
    /// Flow sequences hold scalars; flow mappings hold scalar keys and scalar,
    /// empty or flow-sequence values. Nothing deeper, so no recursion.
    mutating func flow(at p: Int) throws(SyntaxError) -> (Int32, Int) {
        let depth = frames.count + 1
        if depth > DocumentParser.maximumDepth {
            throw .nestingTooDeep(input.location(p), limit: DocumentParser.maximumDepth)
        }
        if input.bytes[p] == Byte.openBracket { return try flowSequence(at: p) }
        return try flowMapping(at: p, depth: depth)
    }

    mutating func flowSequence(at p: Int) throws(SyntaxError) -> (Int32, Int) {
        let sequence = record(.sequence, start: p, end: p)
        var i = try input.flowSpaces(p + 1, open: p, .sequence)
        while input.bytes[i] != Byte.closeBracket {
            let b = input.bytes[i]
            if b == Byte.openBracket || b == Byte.openBrace { throw .flowItemNotScalar(input.location(i)) }
            let scan = try input.flowScan(at: i)
            i = try input.flowSpaces(scan.end, open: p, .sequence)
            if input.bytes[i] == Byte.colon { throw .flowItemNotScalar(input.location(scan.start)) }
            _ = try scalarRecord(scan)
            if input.bytes[i] == Byte.comma {
                i = try input.flowSpaces(i + 1, open: p, .sequence)
            } else if input.bytes[i] != Byte.closeBracket {
                throw .expectedFlowSeparator(input.location(i), .sequence)
            }
        }
        finish(sequence, end: i + 1)
        return (sequence, i + 1)
    }

    mutating func flowMapping(at p: Int, depth: Int) throws(SyntaxError) -> (Int32, Int) {
        // The innermost collection while it is read: it keeps its keys on the shared stack.
        let mapping = record(.mapping, start: p, end: p)
        let keyBase = keys.count
        var table = -1
        var bloom: UInt64 = 0
        var i = try input.flowSpaces(p + 1, open: p, .mapping)
        while input.bytes[i] != Byte.closeBrace {
            let b = input.bytes[i]
            if b == Byte.openBracket || b == Byte.openBrace { throw .collectionAsKey(input.location(i)) }
            let keyScan = try input.flowScan(at: i)
            i = try input.flowSpaces(keyScan.end, open: p, .mapping)
            guard input.bytes[i] == Byte.colon else { throw .expectedFlowColon(input.location(i)) }
            let afterColon = i + 1
            let next = input.peek(afterColon)
            guard next == Byte.space || next == Byte.comma || next == Byte.closeBrace || input.isBreak(next) else {
                throw .expectedFlowColon(input.location(i))
            }
            let (key, hash) = try keyRecord(keyScan)
            if let first = registerKey(
                key, hash: hash, keyBase: keyBase, bloom: &bloom, table: &table)
            {
                throw duplicate(key, first: first)
            }
            i = try input.flowSpaces(afterColon, open: p, .mapping)
            switch input.bytes[i] {
            case Byte.comma, Byte.closeBrace:
                _ = nullRecord(at: afterColon)
            case Byte.openBracket:
                if depth + 1 > DocumentParser.maximumDepth {
                    throw .nestingTooDeep(input.location(i), limit: DocumentParser.maximumDepth)
                }
                let (_, end) = try flowSequence(at: i)
                i = try input.flowSpaces(end, open: p, .mapping)
            case Byte.openBrace:
                throw .flowValueNotScalar(input.location(i))
            default:
                let scan = try input.flowScan(at: i)
                _ = try scalarRecord(scan)
                i = try input.flowSpaces(scan.end, open: p, .mapping)
                if input.bytes[i] == Byte.colon { throw .mappingValueNotAllowed(input.location(i)) }
            }
            if input.bytes[i] == Byte.comma {
                i = try input.flowSpaces(i + 1, open: p, .mapping)
            } else if input.bytes[i] != Byte.closeBrace {
                throw .expectedFlowSeparator(input.location(i), .mapping)
            }
        }
        keys.shrink(to: keyBase)
        if table >= 0 { keyTables.removeLast() }
        finish(mapping, end: i + 1)
        return (mapping, i + 1)
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
