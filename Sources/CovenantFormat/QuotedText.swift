/// The text of a quoted scalar with its escapes resolved: `''` stands for one
/// quote in single quotes; `\\`, `\"`, `\n`, `\t`, `\r`, `\0` and `\uXXXX` are
/// the escapes of double quotes (FORMAT.md).
///
/// The parser checks escapes and keeps the scalar's source range; the text is
/// made from the source when a reader asks for it.
enum QuotedText {
    /// The byte a one-character escape after `\` stands for; `nil` for `u` and
    /// for characters that are not escapes.
    @inline(__always)
    static func escapedByte(_ letter: UInt8) -> UInt8? {
        switch letter {
        case Byte.backslash: Byte.backslash
        case Byte.doubleQuote: Byte.doubleQuote
        case 0x6E: Byte.lf  // n
        case 0x74: Byte.tab  // t
        case 0x72: Byte.cr  // r
        case Byte.zero: 0
        default: nil
        }
    }

    /// The scalar written as four hex digits at `i`, or `nil` (bad digits, a surrogate).
    static func hexScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Unicode.Scalar? {
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

    /// The offset of the first `\` in `bytes[start..<end]` (double-quoted text)
    /// that does not start an escape, or `nil`.
    static func firstInvalidEscape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var j = start
        while j < end {
            if bytes[j] != Byte.backslash {
                j &+= 1
                continue
            }
            let letter = bytes[j + 1]
            if letter == 0x75 {  // u
                guard j + 6 <= end, hexScalar(bytes, j + 2) != nil else { return j }
                j &+= 6
            } else {
                guard escapedByte(letter) != nil else { return j }
                j &+= 2
            }
        }
        return nil
    }

    /// Appends the text of `bytes[start..<end]`, the inside of a quoted scalar
    /// whose escapes are checked, to `out`, copying the runs between escapes whole.
    static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, doubleQuoted: Bool, into out: inout [UInt8]
    ) {
        let escape = doubleQuoted ? Byte.backslash : Byte.singleQuote
        var run = start
        var j = start
        while j < end {
            if bytes[j] != escape {
                j &+= 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<j]))
            if !doubleQuoted {
                // `''` is one quote: keep the second as the start of the next run.
                run = j + 1
                j &+= 2
                continue
            }
            if let byte = escapedByte(bytes[j + 1]) {
                out.append(byte)
                j &+= 2
            } else if let scalar = hexScalar(bytes, j + 2) {
                out.append(contentsOf: Unicode.UTF8.encode(scalar)!)
                j &+= 6
            } else {
                preconditionFailure("escapes are checked before they are decoded")
            }
            run = j
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end]))
    }
}
