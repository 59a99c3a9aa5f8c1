import CovenantFormat

/// The one place where text from files is made safe for an output format:
/// one function per format (HTML and SVG, Markdown, plain text, CSV, JSON).
///
/// Renderers pass every string from a file through these functions, so a
/// customer named `<script>alert(1)</script> & Sons` shows as exactly that
/// text in every format. Characters that could drive a terminal or reorder
/// text (controls, bidirectional controls, line breaks in a one-line field)
/// are shown as their code, `\u{1B}`, by ``VisibleText``, the rule
/// diagnostics use too; a CSV text cell that a spreadsheet would read as a
/// formula gets a leading `'`.
public enum Escape {
    /// Text for HTML element content and quoted attribute values: `&`, `<`,
    /// `>`, `"` and `'` become character references; line feeds and tabs
    /// stay, a carriage return becomes a line feed, other controls and the
    /// bidirectional controls are shown as their code (`\u{202E}`), and the
    /// non-characters U+FFFE and U+FFFF are dropped (they are not allowed in
    /// HTML or XML).
    public static func html(_ text: String) -> String {
        if isPlain(text, allowing: htmlPlain) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            case "\r": result += "\n"
            default:
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                if VisibleText.isHidden(scalar) {
                    result += VisibleText.code(scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Text for a Markdown paragraph, list item or heading: every ASCII
    /// character with a Markdown meaning gets a backslash (so HTML tags and
    /// entities stay text and nothing becomes a link or emphasis), and hidden
    /// characters, line breaks and tabs included, are shown as their code
    /// (`\u{A}`, its backslash escaped).
    public static func markdown(_ text: String) -> String {
        if let first = text.utf8.first, first >= 0x80 || !markdownLineStart[Int(first)],
            isPlain(text, allowing: markdownPlain)
        {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var atLineStart = true
        let orderedMarker = leadingOrderedListMarker(text)
        let scalars = Array(text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            switch scalar {
            case "_" where offset > 0 && offset + 1 < scalars.count && isWordCharacter(scalars[offset - 1])
                && isWordCharacter(scalars[offset + 1]):
                // Inside a word (`Los_Angeles`) an underscore cannot start emphasis.
                result.unicodeScalars.append(scalar)
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#":
                result += "\\"
                result.unicodeScalars.append(scalar)
            default:
                if VisibleText.isHidden(scalar) {
                    result += "\\" + VisibleText.code(scalar)
                    atLineStart = false
                    continue
                }
                if (atLineStart && (scalar == "-" || scalar == "+" || scalar == "=")) || offset == orderedMarker {
                    result += "\\"
                }
                result.unicodeScalars.append(scalar)
            }
            atLineStart = false
        }
        return result
    }

    /// The ASCII bytes HTML text keeps as they are.
    private static let htmlPlain = asciiSet(excluding: "&<>\"'\r", keeping: "\n\t")
    /// The ASCII bytes Markdown text keeps as they are (after its first byte).
    private static let markdownPlain = asciiSet(excluding: "\\`*_[]<>&|~#", keeping: "")
    /// First bytes that may start a Markdown block (a list item, a numbered one, a heading).
    private static let markdownLineStart = (0..<128).map { "-+=0123456789".utf8.contains(UInt8($0)) }

    /// A table of the printable ASCII bytes but `excluding`, with `keeping` added.
    private static func asciiSet(excluding: String, keeping: String) -> [Bool] {
        var table = (0..<128).map { $0 >= 0x20 && $0 < 0x7F }
        for byte in excluding.utf8 { table[Int(byte)] = false }
        for byte in keeping.utf8 { table[Int(byte)] = true }
        return table
    }

    /// Whether a text is written as it is: every ASCII byte allowed by the
    /// table, and no UTF-8 lead byte that can start a hidden character or a
    /// non-character (0xC2: C1 controls; 0xD8: U+061C; 0xE2: U+200E–U+2069;
    /// 0xEF: U+FFFE, U+FFFF). One pass over the bytes; most text from files is plain.
    private static func isPlain(_ text: String, allowing table: [Bool]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            table.withUnsafeBufferPointer { table in
                for byte in bytes {
                    if byte < 0x80 {
                        if !table[Int(byte)] { return false }
                    } else if byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF {
                        return false
                    }
                }
                return true
            }
        }
    }

    /// Text for a Markdown table cell: as ``markdown(_:)``, which already
    /// escapes `|` so that a cell cannot split.
    public static func markdownCell(_ text: String) -> String {
        let escaped = markdown(text)
        return escaped.isEmpty ? " " : escaped
    }

    /// Text for a terminal or a `.txt` file, one line: hidden characters,
    /// line breaks and tabs included, are shown as their code (`\u{1B}`), so
    /// a file can neither send escape sequences to the reader's terminal nor
    /// start a line of its own (a forged row in `summary.txt`).
    public static func plain(_ text: String) -> String { VisibleText.line(text) }

    /// A CSV field (RFC 4180) of a text column: hidden characters other than
    /// tabs are shown as their code (a line break too: the field stays one
    /// line); a field a spreadsheet would read as a formula, starting with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return, gets a leading `'`
    /// (OWASP); then it is quoted when it holds a comma, a quote or a space
    /// at either end, quotes inside doubled.
    public static func csv(_ field: String) -> String {
        var text = VisibleText.isShownAsIs(field, keepingLineFeeds: false) ? field : csvVisible(field)
        if let first = text.utf8.first,
            first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
        {
            text = "'" + text
        }
        return csvQuoted(text)
    }

    /// A CSV field of a number column (an amount, a count, a percentage):
    /// quoted like any field but never prefixed, so `-12.50` stays a number.
    public static func csvNumber(_ field: String) -> String { csvQuoted(field) }

    private static func csvVisible(_ field: String) -> String {
        var result = ""
        for scalar in field.unicodeScalars {
            if scalar != "\t" && VisibleText.isHidden(scalar) {
                result += VisibleText.code(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func csvQuoted(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || field.utf8.first == 0x20 || field.utf8.last == 0x20
        guard needsQuotes else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// A JSON string literal, quotes included: quotes, backslashes and
    /// control characters (C0, DEL and C1) escaped, and the line and paragraph
    /// separators U+2028 and U+2029 and the bidirectional controls too, so the
    /// text reads the same in any JSON or JavaScript reader and a viewer of
    /// the file sees `\u202e` rather than reordered text.
    public static func json(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if VisibleText.isHidden(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The offset of the `.` or `)` in a leading `12. ` or `12)`, which would
    /// start an ordered list (one to nine digits, then the mark, then a space
    /// or the end).
    private static func leadingOrderedListMarker(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars.prefix(11))
        var offset = 0
        while offset < scalars.count && scalars[offset].properties.numericType == .decimal
            && scalars[offset].isASCII
        {
            offset += 1
        }
        guard (1...9).contains(offset), offset < scalars.count, scalars[offset] == "." || scalars[offset] == ")" else {
            return nil
        }
        let next = offset + 1
        return next == scalars.count || scalars[next] == " " || scalars[next] == "\t" ? offset : nil
    }

    /// ASCII letters and digits.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal)
    }
}
