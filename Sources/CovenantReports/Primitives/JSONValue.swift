/// A JSON value with ordered keys, written deterministically: the one JSON
/// tree and writer of every report. Strings are quoted by ``Escape/json(_:)``.
public indirect enum JSONValue: Sendable, Hashable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case integer(Int64)
    case bool(Bool)
    case null

    /// How containers are laid out.
    public enum Style: Sendable {
        /// Every member of a non-empty container on its own line (statements).
        case expanded
        /// As `expanded`, but a container holding only scalars on one line,
        /// `{"a": 1, "b": "x"}` (budget plans, whose months are wide).
        case compactScalars
    }

    /// A string, or null when `nil`.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// Pretty-printed, expanded, with two-space indentation and a final newline.
    public var rendered: String { rendered(.expanded) }

    /// Written in a style with two-space indentation and a final newline.
    public func rendered(_ style: Style) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        write(into: &output, indent: 0, style: style)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the value is a string, number, boolean or null.
    var isScalar: Bool {
        switch self {
        case .object, .array: return false
        case .string, .integer, .bool, .null: return true
        }
    }

    private func write(into output: inout [UInt8], indent: Int, style: Style) {
        switch self {
        case .object(let members):
            let inline = style == .compactScalars && members.allSatisfy(\.1.isScalar)
            Self.writeContainer(members.count, "{", "}", inline: inline, indent: indent, into: &output) { index, out in
                Self.appendQuoted(members[index].0, to: &out)
                out.append(contentsOf: ": ".utf8)
                members[index].1.write(into: &out, indent: indent + 1, style: style)
            }
        case .array(let items):
            let inline = style == .compactScalars && items.allSatisfy(\.isScalar)
            Self.writeContainer(items.count, "[", "]", inline: inline, indent: indent, into: &output) { index, out in
                items[index].write(into: &out, indent: indent + 1, style: style)
            }
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .integer(let value): output.append(contentsOf: String(value).utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        }
    }

    /// Writes the brackets and `count` members: `{}` when empty, on one line
    /// separated by `, ` when inline, else one indented member a line.
    private static func writeContainer(
        _ count: Int, _ open: String, _ close: String, inline: Bool, indent: Int, into output: inout [UInt8],
        member: (Int, inout [UInt8]) -> Void
    ) {
        output.append(contentsOf: open.utf8)
        guard count > 0 else {
            output.append(contentsOf: close.utf8)
            return
        }
        if !inline { output.append(0x0A) }
        for index in 0..<count {
            if !inline { output.append(contentsOf: repeatElement(0x20, count: 2 * (indent + 1))) }
            member(index, &output)
            if index < count - 1 { output.append(contentsOf: (inline ? ", " : ",").utf8) }
            if !inline { output.append(0x0A) }
        }
        if !inline { output.append(contentsOf: repeatElement(0x20, count: 2 * indent)) }
        output.append(contentsOf: close.utf8)
    }

    /// Appends a string literal: printable ASCII with nothing to escape is
    /// copied whole, anything else goes through ``Escape/json(_:)``.
    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            output.append(0x22)
            output.append(contentsOf: text.utf8)
            output.append(0x22)
        } else {
            output.append(contentsOf: Escape.json(text).utf8)
        }
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered == b.rendered }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered) }
}
