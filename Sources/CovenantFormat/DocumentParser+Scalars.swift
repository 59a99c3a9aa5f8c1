extension DocumentParser.Machine {
    /// Bytes below 64 that stop a plain scalar in block context: tab, LF, CR, space, `:`.
    static let blockStops: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x3A
    /// Bytes below 64 that stop a plain scalar in flow context: the block stops, `,` and `?`.
    static let flowStopsLow: UInt64 = blockStops | 1 << 0x2C | 1 << 0x3F
    /// Bytes 64...127 that stop a plain scalar in flow context: `[`, `]`, `{`, `}`.
    static let flowStopsHigh: UInt64 = 1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)

    /// Reads what starts at `p`: a key followed by `:`, or a complete value.
    mutating func scanKeyOrValue(at p: Int) throws(SyntaxError) -> DocumentParser.Token {
        let b = bytes[p]
        switch b {
        case Byte.singleQuote, Byte.doubleQuote:
            let (value, end) = try quoted(at: p)
            let after = try skipSpaces(end)
            if peek(after) == Byte.colon && isBlank(peek(after + 1)) {
                try checkKeyLength(p, after)
                return .key(value, SourceRange(start: p, end: end), afterColon: after + 1)
            }
            let style: Node.ScalarStyle = b == Byte.singleQuote ? .singleQuoted : .doubleQuoted
            return .value(Node(.scalar(value, style), range: SourceRange(start: p, end: end)), end: end, plain: false)
        case Byte.openBracket, Byte.openBrace:
            let (value, end) = try flow(at: p)
            let after = try skipSpaces(end)
            if peek(after) == Byte.colon && isBlank(peek(after + 1)) { throw .collectionAsKey(location(p)) }
            return .value(value, end: end, plain: false)
        case Byte.pipe, Byte.greater:
            let (value, next) = try blockScalar(at: p)
            return .block(value, nextLine: next)
        default:
            try checkPlainStart(p, flow: false)
            let (end, stop) = try plainEnd(from: p, flow: false)
            if stop < count && bytes[stop] == Byte.colon {
                if end == p { throw .missingKey(location(stop)) }
                try checkKeyLength(p, stop)
                let key = text(p, end)
                try checkReserved(key, p, end)
                return .key(key, SourceRange(start: p, end: end), afterColon: stop + 1)
            }
            let value = text(p, end)
            try checkReserved(value, p, end)
            return .value(Node(.scalar(value, .plain), range: SourceRange(start: p, end: end)), end: end, plain: true)
        }
    }

    /// PyYAML reads an implicit key only within 1024 characters of its `:`.
    func checkKeyLength(_ start: Int, _ colon: Int) throws(SyntaxError) {
        if colon - start > 1024 { throw .keyTooLong(location(start)) }
    }

    /// `<<` (merge key) and `=` (value key) change meaning in YAML 1.1 readers.
    func checkReserved(_ value: String, _ start: Int, _ end: Int) throws(SyntaxError) {
        let length = end - start
        if length == 1 && bytes[start] == Byte.equals || length == 2 && bytes[start] == Byte.less
            && bytes[start + 1] == Byte.less
        {
            throw .reservedPlainScalar(location(start, end), text: value)
        }
    }

    /// Rejects the indicators that cannot start a plain scalar at `p`.
    func checkPlainStart(_ p: Int, flow: Bool) throws(SyntaxError) {
        let b = bytes[p]
        switch b {
        case Byte.ampersand:
            throw .anchor(location(p, nameEnd(p + 1, flow: flow)), name: text(p + 1, nameEnd(p + 1, flow: flow)))
        case Byte.star:
            throw .alias(location(p, nameEnd(p + 1, flow: flow)), name: text(p + 1, nameEnd(p + 1, flow: flow)))
        case Byte.bang:
            throw .tag(location(p, nameEnd(p + 1, flow: flow)), tag: text(p, nameEnd(p + 1, flow: flow)))
        case Byte.percent, Byte.at, Byte.backtick, Byte.comma, Byte.closeBracket, Byte.closeBrace, Byte.hash,
            Byte.openBracket, Byte.openBrace, Byte.pipe, Byte.greater, Byte.singleQuote, Byte.doubleQuote:
            throw .unexpectedCharacter(location(p), character: Character(Unicode.Scalar(b)))
        case Byte.minus:
            let next = peek(p + 1)
            if isBlank(next) || flow && isFlowIndicator(next) {
                throw flow ? .flowItemNotScalar(location(p)) : .sequenceEntryNotAllowed(location(p))
            }
        case Byte.question:
            if flow || isBlank(peek(p + 1)) { throw flow ? .unexpectedCharacter(location(p), character: "?") : .complexKey(location(p)) }
        case Byte.colon:
            if flow || isBlank(peek(p + 1)) { throw .missingKey(location(p)) }
        default:
            break
        }
    }

    @inline(__always)
    func isFlowIndicator(_ b: UInt8) -> Bool {
        b == Byte.comma || b == Byte.openBracket || b == Byte.closeBracket || b == Byte.openBrace
            || b == Byte.closeBrace
    }

    /// The end of an anchor, alias or tag name starting at `i`.
    func nameEnd(_ i: Int, flow: Bool) -> Int {
        var e = i
        while e < count && !isBlank(bytes[e]) && !(flow && isFlowIndicator(bytes[e])) { e &+= 1 }
        return e
    }

    /// Scans a plain scalar starting at `p` (already checked to be a valid start).
    /// Returns its end with trailing spaces trimmed, and where scanning stopped:
    /// at a `:` that ends a key, the `#` of a comment, a flow indicator, or the
    /// line's end.
    @inline(__always)
    func plainEnd(from p: Int, flow: Bool) throws(SyntaxError) -> (end: Int, stop: Int) {
        let low = flow ? Self.flowStopsLow : Self.blockStops
        let high = flow ? Self.flowStopsHigh : 0
        var i = p + 1
        var end: Int
        var stop: Int
        scanning: while true {
            // Skip ordinary bytes.
            while i < count {
                let b = bytes[i]
                if b < 64 {
                    if low & (1 << UInt64(b)) != 0 { break }
                } else if b < 128 && high & (1 << UInt64(b &- 64)) != 0 {
                    break
                }
                i &+= 1
            }
            end = i
            stop = i
            if i >= count { break scanning }
            let b = bytes[i]
            switch b {
            case Byte.colon:
                let next = peek(i + 1)
                if isBlank(next) || flow && isFlowIndicator(next) { break scanning }
                i &+= 1
            case Byte.space:
                var j = i + 1
                while j < count && bytes[j] == Byte.space { j &+= 1 }
                let next = peek(j)
                if next == Byte.tab { throw .tabAsWhitespace(location(j)) }
                if next == Byte.hash || isBreak(next) || next == Byte.colon && isBlank(peek(j + 1))
                    || flow && (isFlowIndicator(next) || next == Byte.colon && isFlowIndicator(peek(j + 1)))
                {
                    stop = j
                    break scanning
                }
                if flow && next == Byte.question { throw .unexpectedCharacter(location(j), character: "?") }
                i = j
            case Byte.tab:
                throw .tabAsWhitespace(location(i))
            case Byte.question:
                throw .unexpectedCharacter(location(i), character: "?")
            default:
                break scanning
            }
        }
        if end - p > DocumentParser.maximumScalarLength {
            throw .scalarTooLong(location(p), limit: DocumentParser.maximumScalarLength)
        }
        return (end, stop)
    }

    // MARK: - Quoted scalars

    /// Scans a quoted scalar at `p`; returns its decoded text and the offset after the closing quote.
    func quoted(at p: Int) throws(SyntaxError) -> (String, Int) {
        if bytes[p] == Byte.singleQuote { return try singleQuoted(at: p) }
        return try doubleQuoted(at: p)
    }

    func singleQuoted(at p: Int) throws(SyntaxError) -> (String, Int) {
        var i = p + 1
        var doubled = false
        while true {
            while i < count && bytes[i] != Byte.singleQuote && bytes[i] != Byte.lf && bytes[i] != Byte.cr { i &+= 1 }
            guard i < count, bytes[i] == Byte.singleQuote else { throw .unterminatedQuote(location(p), .single) }
            if peek(i + 1) == Byte.singleQuote {
                doubled = true
                i &+= 2
                continue
            }
            break
        }
        try checkScalarLength(p, i)
        if !doubled { return (text(p + 1, i), i + 1) }
        var out: [UInt8] = []
        out.reserveCapacity(i - p)
        var j = p + 1
        while j < i {
            out.append(bytes[j])
            j &+= bytes[j] == Byte.singleQuote ? 2 : 1
        }
        return (String(decoding: out, as: UTF8.self), i + 1)
    }

    func doubleQuoted(at p: Int) throws(SyntaxError) -> (String, Int) {
        var i = p + 1
        var escaped = false
        while i < count {
            let b = bytes[i]
            if b == Byte.doubleQuote || b == Byte.lf || b == Byte.cr { break }
            if b == Byte.backslash {
                escaped = true
                i &+= 1
                if i < count && bytes[i] != Byte.lf && bytes[i] != Byte.cr { i &+= 1 }
                continue
            }
            i &+= 1
        }
        guard i < count, bytes[i] == Byte.doubleQuote else { throw .unterminatedQuote(location(p), .double) }
        try checkScalarLength(p, i)
        if !escaped { return (text(p + 1, i), i + 1) }
        var out: [UInt8] = []
        out.reserveCapacity(i - p)
        var j = p + 1
        while j < i {
            let b = bytes[j]
            if b != Byte.backslash {
                out.append(b)
                j &+= 1
                continue
            }
            let e = bytes[j + 1]
            switch e {
            case Byte.backslash: out.append(Byte.backslash)
            case Byte.doubleQuote: out.append(Byte.doubleQuote)
            case 0x6E: out.append(Byte.lf)  // n
            case 0x74: out.append(Byte.tab)  // t
            case 0x72: out.append(Byte.cr)  // r
            case Byte.zero: out.append(0)
            case 0x75:  // u
                guard j + 6 <= i, let scalar = hexScalar(j + 2) else {
                    throw .invalidEscape(location(j, min(j + 6, i)), escape: text(j, min(j + 6, i)))
                }
                var utf8 = Unicode.UTF8.encode(scalar)!.makeIterator()
                while let unit = utf8.next() { out.append(unit) }
                j &+= 6
                continue
            default:
                let end = j + 1 + utf8Length(e)
                throw .invalidEscape(location(j, end), escape: text(j, end))
            }
            j &+= 2
        }
        return (String(decoding: out, as: UTF8.self), i + 1)
    }

    /// The scalar written as four hex digits at `i`, or `nil` (bad digits, a surrogate).
    func hexScalar(_ i: Int) -> Unicode.Scalar? {
        var value: UInt32 = 0
        for k in 0..<4 {
            let b = bytes[i + k]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return Unicode.Scalar(value)
    }

    /// The length of the UTF-8 sequence a lead byte starts.
    func utf8Length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    func checkScalarLength(_ start: Int, _ end: Int) throws(SyntaxError) {
        if end - start - 1 > DocumentParser.maximumScalarLength {
            throw .scalarTooLong(location(start), limit: DocumentParser.maximumScalarLength)
        }
    }
}
