/// The one place where text from files is made safe for an output format:
/// one function per format (HTML and SVG, Markdown, plain text, CSV, JSON).
///
/// Renderers pass every string from a file through these functions, so a
/// customer named `<script>alert(1)</script> & Sons` shows as exactly that
/// text in every format; a rule for every format (visible control
/// characters, CSV formula quoting) belongs here.
public enum Escape {
    /// Text for HTML element content and quoted attribute values: `&`, `<`,
    /// `>`, `"` and `'` become character references; control characters
    /// other than line breaks and tabs, and the non-characters U+FFFE and
    /// U+FFFF, are dropped (they are not allowed in HTML or XML).
    public static func html(_ text: String) -> String {
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
                if isControl(scalar) || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text for a Markdown paragraph, list item or heading: every ASCII
    /// character with a Markdown meaning gets a backslash (so HTML tags and
    /// entities stay text and nothing becomes a link or emphasis), line breaks
    /// become spaces, and other control characters are dropped.
    public static func markdown(_ text: String) -> String {
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
            case "\n", "\r", "\t":
                result += " "
            default:
                if isControl(scalar) { continue }
                if (atLineStart && (scalar == "-" || scalar == "+" || scalar == "=")) || offset == orderedMarker {
                    result += "\\"
                }
                result.unicodeScalars.append(scalar)
            }
            atLineStart = false
        }
        return result
    }

    /// Text for a Markdown table cell: as ``markdown(_:)``, which already
    /// escapes `|` so that a cell cannot split.
    public static func markdownCell(_ text: String) -> String {
        let escaped = markdown(text)
        return escaped.isEmpty ? " " : escaped
    }

    /// Text for a terminal or a `.txt` file: control characters other than
    /// line breaks and tabs are dropped, so a file cannot send escape
    /// sequences to the reader's terminal.
    public static func plain(_ text: String) -> String {
        // Most text has no control character: no byte below 0x20 but tab and
        // line feed, no DEL, and no 0xC2 (the lead byte of every C1 control).
        if text.utf8.allSatisfy({ $0 >= 0x20 ? $0 != 0x7F && $0 != 0xC2 : $0 == 0x0A || $0 == 0x09 }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where !isControl(scalar) || scalar == "\n" || scalar == "\t" {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
    /// break or a space at either end; quotes inside are doubled.
    public static func csv(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || field.utf8.first == 0x20 || field.utf8.last == 0x20
        guard needsQuotes else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    /// A JSON string literal, quotes included: quotes, backslashes and
    /// control characters (C0, DEL and C1) escaped, and the line and paragraph
    /// separators U+2028 and U+2029 too, so the text reads the same in any
    /// JSON or JavaScript reader.
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
                if isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
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

    /// C0 and C1 controls and DEL.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }
}
