/// Checks a whole file's bytes before parsing: UTF-8 well-formedness, no
/// control characters but tab, line feed and carriage return (the latter
/// only before a line feed), and none of the characters YAML 1.1 readers
/// take as line breaks or refuse (NEL, LS, PS, C1 controls, U+FFFE, U+FFFF).
///
/// The parser can then treat every byte at or above 0x80 as text. It checks
/// the file a block of lines at a time just ahead of where it reads, so the
/// bytes are still in cache when it parses them (see ``DocumentParser``).
enum SourceValidator {
    /// Checks from `start` (a line start) through the end of the line that holds
    /// offset `until - 1`; returns the offset after the last byte checked, a line
    /// start or the end of the file.
    static func validate(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, until limit: Int, file: SourceFile
    ) throws(SyntaxError) -> Int {
        var count = min(limit, bytes.count)
        while count < bytes.count && (count == 0 || bytes[count - 1] != 0x0A) { count &+= 1 }
        var i = start
        while i < count {
            // Fastest path: 32 bytes of printable ASCII or line feeds, with one branch.
            if i &+ 32 <= count {
                let base = UnsafeRawPointer(bytes.baseAddress! + i)
                let good =
                    plainBytes(base.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
                    & plainBytes(base.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                    & plainBytes(base.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
                    & plainBytes(base.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                if good == 0x8080_8080_8080_8080 {
                    i &+= 32
                    continue
                }
            }
            // Fast path: eight printable ASCII bytes or line feeds at a time.
            if i &+ 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if isPrintableASCII(word) {
                    i &+= 8
                    continue
                }
            }
            let b = bytes[i]
            if b >= 0x20 && b < 0x7F || b == 0x0A || b == 0x09 {
                i &+= 1
                continue
            }
            if b == 0x0D {
                guard i + 1 < count, bytes[i + 1] == 0x0A else {
                    throw .bareCarriageReturn(location(file, i))
                }
                i &+= 2
                continue
            }
            if b < 0x80 {
                throw .controlCharacter(location(file, i), scalar: UInt32(b))
            }
            i = try multibyte(bytes, at: i, file: file)
        }
        return i
    }

    /// The high bit of each byte of `w` that is printable ASCII (0x20...0x7E) or a
    /// line feed, without branches. Bytes at or above 0x80 never count (their high
    /// bit is cleared by the final mask), and no addition carries between bytes
    /// because each works on the low seven bits only.
    @inline(__always)
    static func plainBytes(_ w: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let seven = w & low7
        // High bit set iff the low seven bits are at least 0x20, and iff they are 0x7F.
        let atLeastSpace = seven &+ 0x6060_6060_6060_6060
        let delete = (seven &+ 0x0101_0101_0101_0101) & high
        let f = (w ^ 0x0A0A_0A0A_0A0A_0A0A) & low7
        let lineFeeds = ~((f &+ low7) | f) & high
        return (atLeastSpace & ~delete | lineFeeds) & ~w & high
    }

    /// Whether all eight bytes of a word are printable ASCII (0x20...0x7E) or line feeds.
    @inline(__always)
    static func isPrintableASCII(_ w: UInt64) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        if w & high != 0 { return false }
        // With every byte below 0x80, adding 0x60 sets a byte's high bit iff it is
        // at least 0x20, and adding 0x01 iff it is 0x7F; neither carries into the
        // next byte.
        let printable = (w &+ 0x6060_6060_6060_6060) & ~(w &+ 0x0101_0101_0101_0101) & high
        if printable == high { return true }
        // Exact per byte: adding 0x7F to a byte below 0x80 sets its high bit iff
        // the byte is not zero, and never carries into the next byte.
        @inline(__always) func zeroBytes(_ v: UInt64) -> UInt64 { ~(((v & low7) &+ low7) | v) & high }
        let lineFeeds = zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A)
        return printable | lineFeeds == high
    }

    /// Validates one multi-byte sequence starting at `i`; returns the index after it.
    static func multibyte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, file: SourceFile) throws(SyntaxError) -> Int {
        let count = bytes.count
        let b = bytes[i]
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < count && bytes[i + k] >= low && bytes[i + k] <= high
        }
        let length: Int
        let scalar: UInt32
        switch b {
        case 0xC2...0xDF:
            guard continuation(1) else { throw .invalidUTF8(location(file, i), byte: b) }
            length = 2
            scalar = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        case 0xE0...0xEF:
            let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = b == 0xED ? 0x9F : 0xBF
            guard continuation(1, low, high), continuation(2) else {
                throw .invalidUTF8(location(file, i), byte: b)
            }
            length = 3
            scalar = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        case 0xF0...0xF4:
            let low: UInt8 = b == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
            guard continuation(1, low, high), continuation(2), continuation(3) else {
                throw .invalidUTF8(location(file, i), byte: b)
            }
            length = 4
            scalar = 0x10000
        default:
            throw .invalidUTF8(location(file, i), byte: b)
        }
        switch scalar {
        case 0x85, 0x2028, 0x2029:
            throw .lineSeparator(location(file, i), scalar: scalar)
        case 0x80...0x9F, 0xFFFE, 0xFFFF:
            throw .controlCharacter(location(file, i), scalar: scalar)
        default:
            return i + length
        }
    }

    static func location(_ file: SourceFile, _ offset: Int) -> SourceLocation {
        SourceLocation(file: file, range: SourceRange(start: offset, end: offset + 1))
    }
}
