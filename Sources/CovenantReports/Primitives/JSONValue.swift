import CovenantFormat

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
        output.reserveCapacity(16_384)
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
            output.append(0x7B)
            guard !members.isEmpty else { return output.append(0x7D) }
            for (index, member) in members.enumerated() {
                Self.beginMember(index, inline: inline, indent: indent, into: &output)
                Self.appendQuoted(member.0, to: &output)
                output.append(0x3A)
                output.append(0x20)
                member.1.write(into: &output, indent: indent + 1, style: style)
            }
            Self.endContainer(0x7D, inline: inline, indent: indent, into: &output)
        case .array(let items):
            let inline = style == .compactScalars && items.allSatisfy(\.isScalar)
            output.append(0x5B)
            guard !items.isEmpty else { return output.append(0x5D) }
            for (index, item) in items.enumerated() {
                Self.beginMember(index, inline: inline, indent: indent, into: &output)
                item.write(into: &output, indent: indent + 1, style: style)
            }
            Self.endContainer(0x5D, inline: inline, indent: indent, into: &output)
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .integer(let value): DigitWriter.append(value, to: &output)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: output.append(contentsOf: "null".utf8)
        }
    }

    /// Before a container's member: `, ` or `,` after the one before, and
    /// unless inline a line break and the member's indentation.
    private static func beginMember(_ index: Int, inline: Bool, indent: Int, into output: inout [UInt8]) {
        if index > 0 {
            output.append(0x2C)
            if inline { output.append(0x20) }
        }
        if !inline {
            output.append(0x0A)
            appendSpaces(2 * (indent + 1), to: &output)
        }
    }

    /// After a non-empty container's last member: unless inline a line
    /// break and the container's indentation, then the closing bracket.
    private static func endContainer(_ close: UInt8, inline: Bool, indent: Int, into output: inout [UInt8]) {
        if !inline {
            output.append(0x0A)
            appendSpaces(2 * indent, to: &output)
        }
        output.append(close)
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
        var left = count
        while left > 0 {
            let now = min(left, spaces.count)
            spaces.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<now])) }
            left -= now
        }
    }

    /// Appends a string literal: printable ASCII with nothing to escape is
    /// copied whole, anything else goes through ``Escape/json(_:)``.
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        var text = text
        let copied = text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C { return false }
            output.append(0x22)
            output.append(contentsOf: bytes)
            output.append(0x22)
            return true
        }
        if !copied { output.append(contentsOf: Escape.json(text).utf8) }
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered == b.rendered }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered) }
}
