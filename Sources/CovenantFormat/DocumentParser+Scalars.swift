extension DocumentParser.Input {
    /// Bytes below 64 that may end a plain scalar in block context: tab, LF, CR, `#`, `:`.
    static let blockCandidates: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x23 | 1 << 0x3A
    /// Bytes below 64 that may end a plain scalar in flow context: the block ones, `,` and `?`.
    static let flowCandidatesLow: UInt64 = blockCandidates | 1 << 0x2C | 1 << 0x3F
    /// Bytes 64...127 that end a plain scalar in flow context: `[`, `]`, `{`, `}`.
    static let flowStopsHigh: UInt64 = 1 << (0x5B - 64) | 1 << (0x5D - 64) | 1 << (0x7B - 64) | 1 << (0x7D - 64)

    /// The high bit of each byte of `w` that may end a block-context plain scalar:
    /// a control byte (tab, line break), `#` or `:`. Exact per byte: adding to a
    /// byte below 0x80 never carries into the next one.
    @inline(__always)
    static func blockCandidateBytes(_ w: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let controls = ~(((w & low7) &+ 0x6060_6060_6060_6060) | w) & high
        let c = w ^ 0x3A3A_3A3A_3A3A_3A3A
        let colons = ~(((c & low7) &+ low7) | c) & high
        let h = w ^ 0x2323_2323_2323_2323
        let hashes = ~(((h & low7) &+ low7) | h) & high
        return controls | colons | hashes
    }

    /// Reads what starts at `p`: a key followed by `:`, or a value. Scanning finds
    /// offsets only: the parser records them (`scalarRecord(_:)`, `keyRecord(_:)`)
    /// and the text is made when the tree is read.
    func scan(at p: Int) throws(SyntaxError) -> DocumentParser.Scan {
        let b = bytes[p]
        switch b {
        case Byte.singleQuote, Byte.doubleQuote:
            let (end, escaped) = b == Byte.singleQuote ? try singleQuotedEnd(at: p) : try doubleQuotedEnd(at: p)
            var scan = DocumentParser.Scan(
                style: b == Byte.singleQuote ? .singleQuoted : .doubleQuoted, start: p, end: end, escaped: escaped)
            let after = try skipSpaces(end)
            if peek(after) == Byte.colon && isBlank(peek(after + 1)) {
                try checkKeyLength(p, after)
                scan.afterColon = after + 1
            }
            return scan
        case Byte.openBracket, Byte.openBrace:
            return DocumentParser.Scan(style: .flow, start: p, end: p + 1)
        case Byte.pipe, Byte.greater:
            return DocumentParser.Scan(style: .block, start: p, end: p + 1)
        default:
            try checkPlainStart(p, flow: false)
            let (end, stop) = try blockPlainEnd(from: p)
            var scan = DocumentParser.Scan(style: .plain, start: p, end: end)
            if stop < count && bytes[stop] == Byte.colon {
                if end == p { throw .missingKey(location(stop)) }
                try checkKeyLength(p, stop)
                scan.afterColon = stop + 1
            }
            try checkReserved(p, end)
            return scan
        }
    }

    /// PyYAML reads an implicit key only within 1024 characters of its `:`.
    func checkKeyLength(_ start: Int, _ colon: Int) throws(SyntaxError) {
        if colon - start > 1024 { throw .keyTooLong(location(start)) }
    }

    /// `<<` (merge key) and `=` (value key) change meaning in YAML 1.1 readers.
    @inline(__always)
    func checkReserved(_ start: Int, _ end: Int) throws(SyntaxError) {
        let length = end - start
        if length == 1 && bytes[start] == Byte.equals || length == 2 && bytes[start] == Byte.less
            && bytes[start + 1] == Byte.less
        {
            throw .reservedPlainScalar(location(start, end), text: makeString(start, end))
        }
    }

    /// Rejects the indicators that cannot start a plain scalar at `p`.
    @inline(__always)
    func checkPlainStart(_ p: Int, flow: Bool) throws(SyntaxError) {
        let b = bytes[p]
        // Letters, digits and non-ASCII never start an indicator.
        let letter = b | 0x20
        if letter >= 0x61 && letter <= 0x7A || b >= 0x30 && b <= 0x39 || b >= 0x80 { return }
        try checkIndicatorStart(p, flow: flow)
    }

    func checkIndicatorStart(_ p: Int, flow: Bool) throws(SyntaxError) {
        let b = bytes[p]
        switch b {
        case Byte.ampersand:
            let end = nameEnd(p + 1, flow: flow)
            throw .anchor(location(p, end), name: makeString(p + 1, end))
        case Byte.star:
            let end = nameEnd(p + 1, flow: flow)
            throw .alias(location(p, end), name: makeString(p + 1, end))
        case Byte.bang:
            let end = nameEnd(p + 1, flow: flow)
            throw .tag(location(p, end), tag: makeString(p, end))
        case Byte.percent, Byte.at, Byte.backtick, Byte.comma, Byte.closeBracket, Byte.closeBrace, Byte.hash,
            Byte.openBracket, Byte.openBrace, Byte.pipe, Byte.greater, Byte.singleQuote, Byte.doubleQuote:
            throw .unexpectedCharacter(location(p), character: Character(Unicode.Scalar(b)))
        case Byte.minus:
            let next = peek(p + 1)
            if isBlank(next) || flow && isFlowIndicator(next) {
                throw flow ? .dashInFlow(location(p)) : .sequenceEntryNotAllowed(location(p))
            }
        case Byte.question:
            if isBlank(peek(p + 1)) { throw .complexKey(location(p)) }
            if flow { throw .questionMarkInFlow(location(p)) }
        case Byte.colon:
            let next = peek(p + 1)
            if isBlank(next) || flow && isFlowIndicator(next) { throw .missingKey(location(p)) }
            if flow { throw .colonStartInFlow(location(p)) }
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

    /// ``plainEnd(from:flow:)`` in block context, compiled for it alone (the general
    /// one is too large to inline into ``scan(at:)``, and would test `flow` per byte).
    @inline(never)
    func blockPlainEnd(from p: Int) throws(SyntaxError) -> (end: Int, stop: Int) {
        try plainEnd(from: p, flow: false)
    }

    /// Scans a plain scalar starting at `p` (already checked to be a valid start).
    /// Returns its end with trailing spaces trimmed, and where scanning stopped:
    /// at a `:` that ends a key, the `#` of a comment, a flow indicator, or the
    /// line's end. Spaces never stop the scan; they are trimmed once at the end.
    @inline(__always)
    func plainEnd(from p: Int, flow: Bool) throws(SyntaxError) -> (end: Int, stop: Int) {
        let low = flow ? Self.flowCandidatesLow : Self.blockCandidates
        let high = flow ? Self.flowStopsHigh : 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var i = p + 1
        scanning: while true {
            // Skip to the next byte that may end the scalar, eight at a time in block context.
            if !flow {
                while i &+ 8 <= count {
                    let candidates = Self.blockCandidateBytes(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if candidates != 0 {
                        i &+= candidates.trailingZeroBitCount &>> 3
                        break
                    }
                    i &+= 8
                }
            }
            while i < count {
                let b = bytes[i]
                if b < 64 {
                    if low & (1 << UInt64(b)) != 0 { break }
                } else if b < 128 && high & (1 << UInt64(b &- 64)) != 0 {
                    break
                }
                i &+= 1
            }
            if i >= count { break scanning }
            switch bytes[i] {
            case Byte.colon:
                let next = peek(i + 1)
                if isBlank(next) || flow && isFlowIndicator(next) { break scanning }
            case Byte.hash:
                if bytes[i - 1] == Byte.space { break scanning }
            case Byte.tab:
                throw .tabAsWhitespace(location(i))
            case Byte.question:
                throw .questionMarkInFlow(location(i))
            default:
                // A line break, or a flow indicator in flow context.
                break scanning
            }
            i &+= 1
        }
        var end = i
        // Usually no space precedes the stop (p < i, so `i - 1` is in the scalar).
        if bytes[end &- 1] == Byte.space {
            while end &- 8 >= p
                && base.loadUnaligned(fromByteOffset: end &- 8, as: UInt64.self) == 0x2020_2020_2020_2020
            {
                end &-= 8
            }
            while end > p && bytes[end - 1] == Byte.space { end &-= 1 }
        }
        if end - p > DocumentParser.maximumScalarLength {
            throw .scalarTooLong(location(p), limit: DocumentParser.maximumScalarLength)
        }
        return (end, i)
    }

    // MARK: - Quoted scalars

    /// The first offset at or after `from` holding `quote`, a line break or (with
    /// `escapes`) a backslash, or `count`; eight bytes at a time.
    @inline(__always)
    func quotedStop(_ from: Int, _ quote: UInt8, escapes: Bool) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { ~(((v & low7) &+ low7) | v) & high }
        let quotes = UInt64(quote) &* 0x0101_0101_0101_0101
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var i = from
        while i &+ 8 <= count {
            let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            var stops =
                zeroBytes(w ^ quotes) | zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(w ^ 0x0D0D_0D0D_0D0D_0D0D)
            if escapes { stops |= zeroBytes(w ^ 0x5C5C_5C5C_5C5C_5C5C) }
            if stops != 0 { return i &+ (stops.trailingZeroBitCount &>> 3) }
            i &+= 8
        }
        while i < count {
            let b = bytes[i]
            if b == quote || b == Byte.lf || b == Byte.cr || escapes && b == Byte.backslash { break }
            i &+= 1
        }
        return i
    }

    /// Finds the end of a single-quoted scalar at `p` (after its closing quote) and whether it holds `''`.
    func singleQuotedEnd(at p: Int) throws(SyntaxError) -> (Int, Bool) {
        var i = p + 1
        var doubled = false
        while true {
            i = quotedStop(i, Byte.singleQuote, escapes: false)
            guard i < count, bytes[i] == Byte.singleQuote else { throw unclosedQuote(p, from: i, .single) }
            if peek(i + 1) == Byte.singleQuote {
                doubled = true
                i &+= 2
                continue
            }
            break
        }
        try checkScalarLength(p, i)
        return (i + 1, doubled)
    }

    /// Finds the end of a double-quoted scalar at `p` (after its closing quote) and whether it holds escapes.
    func doubleQuotedEnd(at p: Int) throws(SyntaxError) -> (Int, Bool) {
        var i = p + 1
        var escaped = false
        while true {
            i = quotedStop(i, Byte.doubleQuote, escapes: true)
            if i < count && bytes[i] == Byte.backslash {
                escaped = true
                i &+= 1
                if i < count && bytes[i] != Byte.lf && bytes[i] != Byte.cr { i &+= 1 }
                continue
            }
            break
        }
        guard i < count, bytes[i] == Byte.doubleQuote else { throw unclosedQuote(p, from: i, .double) }
        try checkScalarLength(p, i)
        return (i + 1, escaped)
    }

    /// The error for a quoted scalar opened at `p` and not closed on its line
    /// (which ends at `i`): where YAML would close it, if anywhere.
    func unclosedQuote(_ p: Int, from i: Int, _ quote: SyntaxError.Quote) -> SyntaxError {
        let mark = quote == .single ? Byte.singleQuote : Byte.doubleQuote
        var j = i
        while j < count {
            let b = bytes[j]
            if quote == .double && b == Byte.backslash {
                j &+= 2
                continue
            }
            if b == mark {
                // In single quotes, `''` is a quote inside the text.
                if quote == .single && peek(j + 1) == Byte.singleQuote {
                    j &+= 2
                    continue
                }
                let line = file.line(of: j)
                return .quoteClosedOnLaterLine(location(p), quote, closingLine: line)
            }
            j &+= 1
        }
        return .unterminatedQuote(location(p), quote)
    }

    /// Throws at the first `\` of a scanned double-quoted scalar that does not
    /// start an escape.
    func checkEscapes(_ scan: DocumentParser.Scan) throws(SyntaxError) {
        let end = scan.textEnd
        guard let j = QuotedText.firstInvalidEscape(bytes, scan.textStart, end) else { return }
        let escapeEnd = bytes[j + 1] == 0x75 ? min(j + 6, end) : j + 1 + utf8Length(bytes[j + 1])
        throw .invalidEscape(location(j, escapeEnd), escape: makeString(j, escapeEnd))
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
