extension DocumentParser.Machine {
    /// Parses a one-line flow collection at `p` (`[` or `{`); returns it and the offset after its closing bracket.
    ///
    /// Flow sequences hold scalars; flow mappings hold scalar keys and scalar,
    /// empty or flow-sequence values. Nothing deeper, so no recursion.
    func flow(at p: Int) throws(SyntaxError) -> (Node, Int) {
        let depth = frames.count + 1
        if depth > DocumentParser.maximumDepth {
            throw .nestingTooDeep(location(p), limit: DocumentParser.maximumDepth)
        }
        if bytes[p] == Byte.openBracket { return try flowSequence(at: p, depth: depth) }
        return try flowMapping(at: p, depth: depth)
    }

    /// Throws the right error for a flow collection opened at `p` whose line ends at `i`.
    func unclosed(_ p: Int, at i: Int, _ collection: SyntaxError.Collection) -> SyntaxError {
        var j = i
        while j < count && bytes[j] != Byte.lf { j &+= 1 }
        if j + 1 < count { return .multilineFlowCollection(location(p), collection) }
        return .unterminatedFlowCollection(location(p), collection)
    }

    /// Skips spaces inside a flow collection; a comment or the line's end there leaves it unclosed.
    func flowSpaces(_ from: Int, open p: Int, _ collection: SyntaxError.Collection) throws(SyntaxError) -> Int {
        let i = try skipSpaces(from)
        let b = peek(i)
        if isBreak(b) || b == Byte.hash { throw unclosed(p, at: i, collection) }
        return i
    }

    /// A scalar inside a flow collection at `i`: its node and end.
    func flowScalar(at i: Int) throws(SyntaxError) -> (Node, Int) {
        let b = bytes[i]
        if b == Byte.singleQuote || b == Byte.doubleQuote {
            let (value, end) = try quoted(at: i)
            let style: Node.ScalarStyle = b == Byte.singleQuote ? .singleQuoted : .doubleQuoted
            return (Node(.scalar(value, style), range: SourceRange(start: i, end: end)), end)
        }
        try checkPlainStart(i, flow: true)
        let (end, _) = try plainEnd(from: i, flow: true)
        let value = text(i, end)
        try checkReserved(value, i, end)
        return (Node(.scalar(value, .plain), range: SourceRange(start: i, end: end)), end)
    }

    func flowSequence(at p: Int, depth: Int) throws(SyntaxError) -> (Node, Int) {
        var items: [Node] = []
        var i = try flowSpaces(p + 1, open: p, .sequence)
        while bytes[i] != Byte.closeBracket {
            let b = bytes[i]
            if b == Byte.openBracket || b == Byte.openBrace { throw .flowItemNotScalar(location(i)) }
            let (item, end) = try flowScalar(at: i)
            i = try flowSpaces(end, open: p, .sequence)
            if bytes[i] == Byte.colon { throw .flowItemNotScalar(location(item.range.start)) }
            items.append(item)
            if bytes[i] == Byte.comma {
                i = try flowSpaces(i + 1, open: p, .sequence)
            } else if bytes[i] != Byte.closeBracket {
                throw .expectedFlowSeparator(location(i), .sequence)
            }
        }
        return (Node(.sequence(items), range: SourceRange(start: p, end: i + 1)), i + 1)
    }

    func flowMapping(at p: Int, depth: Int) throws(SyntaxError) -> (Node, Int) {
        var entries: [MappingEntry] = []
        var keys: Set<String>? = nil
        var i = try flowSpaces(p + 1, open: p, .mapping)
        while bytes[i] != Byte.closeBrace {
            let b = bytes[i]
            if b == Byte.openBracket || b == Byte.openBrace { throw .collectionAsKey(location(i)) }
            let (keyNode, keyEnd) = try flowScalar(at: i)
            i = try flowSpaces(keyEnd, open: p, .mapping)
            guard bytes[i] == Byte.colon else { throw .expectedFlowColon(location(i)) }
            let afterColon = i + 1
            let next = peek(afterColon)
            guard next == Byte.space || next == Byte.comma || next == Byte.closeBrace || isBreak(next) else {
                throw .expectedFlowColon(location(i))
            }
            let key = keyNode.scalar!
            if keys == nil {
                if let first = entries.first(where: { $0.key == key }) {
                    throw duplicate(key, keyNode.range, first: first.keyRange)
                }
                if entries.count >= 16 { keys = Set(entries.map(\.key) + [key]) }
            } else if keys!.insert(key).inserted == false {
                throw duplicate(key, keyNode.range, first: entries.first { $0.key == key }!.keyRange)
            }
            i = try flowSpaces(afterColon, open: p, .mapping)
            let value: Node
            switch bytes[i] {
            case Byte.comma, Byte.closeBrace:
                value = Node(.null, range: .at(afterColon))
            case Byte.openBracket:
                if depth + 1 > DocumentParser.maximumDepth {
                    throw .nestingTooDeep(location(i), limit: DocumentParser.maximumDepth)
                }
                let (sequence, end) = try flowSequence(at: i, depth: depth + 1)
                value = sequence
                i = try flowSpaces(end, open: p, .mapping)
            case Byte.openBrace:
                throw .flowValueNotScalar(location(i))
            default:
                let (scalar, end) = try flowScalar(at: i)
                value = scalar
                i = try flowSpaces(end, open: p, .mapping)
                if bytes[i] == Byte.colon { throw .mappingValueNotAllowed(location(i)) }
            }
            entries.append(MappingEntry(key: key, keyRange: keyNode.range, value: value))
            if bytes[i] == Byte.comma {
                i = try flowSpaces(i + 1, open: p, .mapping)
            } else if bytes[i] != Byte.closeBrace {
                throw .expectedFlowSeparator(location(i), .mapping)
            }
        }
        return (Node(.mapping(entries), range: SourceRange(start: p, end: i + 1)), i + 1)
    }
}
