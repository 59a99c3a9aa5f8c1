extension DocumentParser {
    /// The file being parsed and the pure functions that scan it: they read
    /// bytes and return offsets (or throw), and never change parser state.
    ///
    /// Kept apart from ``Machine`` so that calling them passes this small value
    /// rather than copying the machine's whole state for every call.
    struct Input {
        let file: SourceFile
        let bytes: UnsafeBufferPointer<UInt8>
        let count: Int
        /// A random value mixed into every key hash, so that no file can be crafted
        /// to make many keys collide (which would make duplicate checks slow).
        let hashSeed: UInt64

        init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>) {
            self.file = file
            self.bytes = bytes
            self.count = bytes.count
            self.hashSeed = UInt64.random(in: .min ... .max)
        }
    }
}

extension DocumentParser.Input {
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

    /// The offset of the first byte at or after `from` that is not a space,
    /// eight bytes at a time (indentation and aligned comments are long runs).
    @inline(__always)
    func endOfSpaces(_ from: Int) -> Int {
        var i = from
        if i < count && bytes[i] != Byte.space { return i }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while i &+ 8 <= count {
            let other = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x2020_2020_2020_2020
            if other != 0 { return i &+ (other.trailingZeroBitCount &>> 3) }
            i &+= 8
        }
        while i < count && bytes[i] == Byte.space { i &+= 1 }
        return i
    }

    /// Skips spaces; a tab there is an error.
    @inline(__always)
    func skipSpaces(_ from: Int) throws(SyntaxError) -> Int {
        let i = endOfSpaces(from)
        if i < count && bytes[i] == Byte.tab { throw .tabAsWhitespace(location(i)) }
        return i
    }

    /// From the end of a value (at spaces, a comment or the line end), the start of the next line.
    /// Anything else there is an error.
    @inline(__always)
    func finishLine(_ from: Int, valueEnd: Int) throws(SyntaxError) -> Int {
        let b = peek(from)
        if b == Byte.lf { return from + 1 }
        return try finishLineSlowly(from, valueEnd: valueEnd)
    }

    func finishLineSlowly(_ from: Int, valueEnd: Int) throws(SyntaxError) -> Int {
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

    /// The marker byte (`-` or `.`) when `---` or `...` stands at `q`, else `nil`.
    func markerKind(at q: Int) -> UInt8? {
        let b = bytes[q]
        guard b == Byte.minus || b == Byte.dot else { return nil }
        guard peek(q + 1) == b, peek(q + 2) == b, isBlank(peek(q + 3)) else { return nil }
        return b
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

    /// Throws when the plain key `start..<end` is one YAML reads as null, a
    /// boolean or a number. Most keys start with a letter that settles it: of
    /// the lower-case ones only `null`, `true` and `false` (four or five
    /// letters from `n`, `t` or `f`) are not text.
    @inline(__always)
    func checkKeyIsText(_ start: Int, _ end: Int) throws(SyntaxError) {
        let b = bytes[start]
        if b >= 0x61 && b <= 0x7A {
            let length = end &- start
            if length != 4 && length != 5 || b != 0x6E && b != 0x74 && b != 0x66 { return }
        } else if b >= 0x41 && b <= 0x5A && b != 0x4E && b != 0x54 && b != 0x46 {
            return
        }
        try checkKeyIsTextSlowly(start, end)
    }

    /// ``checkKeyIsText(_:_:)`` for the keys their first letter does not settle.
    @inline(never)
    func checkKeyIsTextSlowly(_ start: Int, _ end: Int) throws(SyntaxError) {
        if let reading = CoreSchema.reading(bytes, start, end) {
            throw .keyNotText(location(start, end), key: makeString(start, end), reading)
        }
    }

    /// Throws when a `: ` follows a flow collection that ends at `end`.
    func checkNotKey(_ end: Int, _ start: Int) throws(SyntaxError) {
        let after = try skipSpaces(end)
        if peek(after) == Byte.colon && isBlank(peek(after + 1)) { throw .collectionAsKey(location(start)) }
    }

    func duplicate(_ key: String, _ keyRange: SourceRange, first: SourceRange) -> SyntaxError {
        .duplicateKey(
            SourceLocation(file: file, range: keyRange), key: key,
            firstLine: file.line(of: first.start))
    }
}
