/// Text from files made safe to show: the characters that could drive a
/// terminal, reorder what a reader sees, or start a new line where one is not
/// expected are written as their code point, `\u{1B}`, so the text shows
/// exactly what the file holds and nothing else.
///
/// Hidden characters are the C0 and C1 controls and DEL, the bidirectional
/// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the
/// line and paragraph separators U+2028 and U+2029. Every report format and
/// every diagnostic shows them through this one rule (`Escape` in the reports).
public enum VisibleText {
    /// A single-line field (a name, a title, a table cell, a message): every
    /// hidden character, line breaks and tabs included, is written as its code.
    public static func line(_ text: String) -> String {
        if isShownAsIs(text) { return text }
        return rewrite(text) { isHidden($0) }
    }

    /// Text of several lines: as ``line(_:)``, but line feeds and tabs stay.
    public static func lines(_ text: String) -> String {
        if isShownAsIs(text, keepingLineFeeds: true) { return text }
        return rewrite(text) { $0 != "\n" && $0 != "\t" && isHidden($0) }
    }

    /// `\u{1B}`: the visible form of a scalar, its code in hexadecimal.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Whether a scalar is shown as its code: a control, a bidirectional
    /// control, or a line or paragraph separator.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return true }
        guard value >= 0x61C else { return false }
        return value == 0x61C || value == 0x200E || value == 0x200F || (0x2028...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    /// Whether every scalar of `text` is shown as it is, judged on bytes:
    /// printable ASCII (and line feeds when kept), or UTF-8 that cannot encode
    /// a hidden character (no lead byte 0xC2, 0xD8 or 0xE2).
    public static func isShownAsIs(_ text: String, keepingLineFeeds: Bool = false) -> Bool {
        if let shown = text.utf8.withContiguousStorageIfAvailable({ isShownAsIs($0, keepingLineFeeds) }) {
            return shown
        }
        return Array(text.utf8).withUnsafeBufferPointer { isShownAsIs($0, keepingLineFeeds) }
    }

    private static func isShownAsIs(_ bytes: UnsafeBufferPointer<UInt8>, _ keepingLineFeeds: Bool) -> Bool {
        for byte in bytes {
            if byte &- 0x20 < 0x5F { continue }
            if byte == 0x0A || byte == 0x09 {
                if keepingLineFeeds { continue }
                return false
            }
            if byte < 0x80 || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 { return false }
        }
        return true
    }

    private static func rewrite(_ text: String, hiding hidden: (Unicode.Scalar) -> Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if hidden(scalar) {
                result += code(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
