/// How the YAML 1.2 core schema resolves a plain scalar that is not text:
/// null (`null`, `Null`, `NULL`, `~`, empty), a boolean (`true`, `True`,
/// `TRUE`, `false`, `False`, `FALSE`) or a number (`[-+]?[0-9]+`, `0o[0-7]+`,
/// `0x[0-9a-fA-F]+`, `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`,
/// `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`).
///
/// The parser keeps every scalar as text; this is how it knows which plain
/// keys a YAML library would not read as text, and how the schema knows which
/// plain values stand for null.
enum CoreSchema {
    /// What `bytes[start..<end]`, written plain, resolves to; `nil` for text.
    static func reading(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> SyntaxError.PlainReading? {
        let length = end - start
        if length == 0 { return .null }
        let first = bytes[start]
        // Most text starts with a letter that begins no special word.
        switch first {
        case 0x30...0x39, Byte.plus, Byte.minus, Byte.dot:
            return isNumber(bytes, start, end) ? .number : nil
        case 0x7E:  // ~
            return length == 1 ? .null : nil
        case 0x6E, 0x4E, 0x74, 0x54, 0x66, 0x46:  // n N t T f F
            return word(bytes, start, length)
        default:
            return nil
        }
    }

    /// `null`, `true` or `false` in one of their three spellings (`null`, `Null`, `NULL`), compared as
    /// integers: keys such as `note` or `title` are told apart without a loop.
    @inline(__always)
    private static func word(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int
    ) -> SyntaxError.PlainReading? {
        guard length == 4 || length == 5 else { return nil }
        let base = UnsafeRawPointer(bytes.baseAddress! + start)
        // The words' four first bytes as a little-endian load gives them ("null" is 0x6C6C_756E).
        let head = UInt32(littleEndian: base.loadUnaligned(as: UInt32.self))
        if length == 4 {
            switch head {
            case 0x6C6C_756E, 0x6C6C_754E, 0x4C4C_554E: return .null
            case 0x6575_7274, 0x6575_7254, 0x4555_5254: return .boolean
            default: return nil
            }
        }
        let last = bytes[start + 4]
        switch (head, last) {
        case (0x736C_6166, 0x65), (0x736C_6146, 0x65), (0x534C_4146, 0x45): return .boolean
        default: return nil
        }
    }

    /// What a plain scalar's text resolves to; `nil` for text.
    static func reading(of text: String) -> SyntaxError.PlainReading? {
        var text = text
        return text.withUTF8 { reading($0, 0, $0.count) }
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        // Octal and hexadecimal integers have no sign.
        if end - start > 2 && bytes[i] == 0x30 && (bytes[i + 1] == 0x6F || bytes[i + 1] == 0x78) {
            let hex = bytes[i + 1] == 0x78
            for j in (i + 2)..<end {
                let b = bytes[j]
                let ok = hex ? isDigit(b) || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 : b >= 0x30 && b <= 0x37
                if !ok { return false }
            }
            return true
        }
        if bytes[i] == Byte.plus || bytes[i] == Byte.minus { i += 1 }
        if i == end { return false }
        if bytes[i] == Byte.dot && end - i == 4 {
            let word = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end])
            if ["inf", "Inf", "INF"].contains(where: { $0.utf8.elementsEqual(word) }) { return true }
            if i == start && ["nan", "NaN", "NAN"].contains(where: { $0.utf8.elementsEqual(word) }) { return true }
        }
        // [0-9]+(\.[0-9]*)? or \.[0-9]+
        var integerDigits = 0
        while i < end && isDigit(bytes[i]) {
            i += 1
            integerDigits += 1
        }
        var fractionDigits = 0
        if i < end && bytes[i] == Byte.dot {
            i += 1
            while i < end && isDigit(bytes[i]) {
                i += 1
                fractionDigits += 1
            }
        }
        if integerDigits == 0 && fractionDigits == 0 { return false }
        if i == end { return true }
        // ([eE][-+]?[0-9]+)?
        guard bytes[i] | 0x20 == 0x65 else { return false }
        i += 1
        if i < end && (bytes[i] == Byte.plus || bytes[i] == Byte.minus) { i += 1 }
        if i == end { return false }
        while i < end {
            if !isDigit(bytes[i]) { return false }
            i += 1
        }
        return true
    }
}
