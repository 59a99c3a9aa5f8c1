/// A JSON value with ordered keys, written deterministically by
/// ``JSONText``: the one JSON tree of every report. Strings are quoted by
/// ``Escape/json(_:)``.
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
        var text = JSONText(capacity: 4096)
        write(to: &text, style: style)
        return text.text
    }

    /// Whether the value is a string, number, boolean or null.
    var isScalar: Bool {
        switch self {
        case .object, .array: return false
        case .string, .integer, .bool, .null: return true
        }
    }

    /// Writes the value to text, a container of scalars on one line in the compact style.
    private func write(to out: inout JSONText, style: Style) {
        switch self {
        case .object(let members):
            out.object(inline: style == .compactScalars && members.allSatisfy(\.1.isScalar)) { object in
                for (key, value) in members { object.member(key) { value.write(to: &$0, style: style) } }
            }
        case .array(let items):
            out.array(inline: style == .compactScalars && items.allSatisfy(\.isScalar)) { array in
                for item in items { item.write(to: &array, style: style) }
            }
        case .string(let text): out.string(text)
        case .integer(let value): out.integer(value)
        case .bool(let value): out.bool(value)
        case .null: out.null()
        }
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered == b.rendered }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered) }
}
