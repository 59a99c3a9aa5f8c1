/// A JSON value with ordered keys, written deterministically.
public indirect enum JSONValue: Sendable, Hashable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case integer(Int64)
    case bool(Bool)
    case null

    /// A string, or null when `nil`.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public var rendered: String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(into: &output, indent: 0)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    private func write(into output: inout [UInt8], indent: Int) {
        switch self {
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in members.enumerated() {
                Self.appendIndent(indent + 1, to: &output)
                Self.appendQuoted(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                value.write(into: &output, indent: indent + 1)
                if index < members.count - 1 { output.append(0x2C) }
                output.append(0x0A)
            }
            Self.appendIndent(indent, to: &output)
            output.append(0x7D)
        case .array(let items):
            if items.isEmpty {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                Self.appendIndent(indent + 1, to: &output)
                item.write(into: &output, indent: indent + 1)
                if index < items.count - 1 { output.append(0x2C) }
                output.append(0x0A)
            }
            Self.appendIndent(indent, to: &output)
            output.append(0x5D)
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .integer(let value): output.append(contentsOf: String(value).utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        }
    }

    private static func appendIndent(_ level: Int, to output: inout [UInt8]) {
        for _ in 0..<(level * 2) { output.append(0x20) }
    }

    /// Appends a JSON string literal; text with nothing to escape is copied whole.
    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0x7F }) {
            output.append(0x22)
            output.append(contentsOf: text.utf8)
            output.append(0x22)
        } else {
            output.append(contentsOf: quote(text).utf8)
        }
    }

    /// A JSON string literal. With `escapingInvisibles`, C1 controls and the
    /// line and paragraph separators are written as `\u` escapes too.
    public static func quote(_ text: String, escapingInvisibles: Bool = false) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                let invisible = (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
                if scalar.value < 0x20 || scalar.value == 0x7F || escapingInvisibles && invisible {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered == b.rendered }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered) }
}
