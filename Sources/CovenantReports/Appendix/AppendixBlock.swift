/// A block of a clause: a paragraph, a list or a table. All text is plain;
/// renderers escape it.
public enum AppendixBlock: Sendable, Hashable {
    /// Running text.
    case paragraph([AppendixSpan])
    /// An unordered list; each item is running text.
    case list([[AppendixSpan]])
    /// A table.
    case table(AppendixTable)

    /// A paragraph of plain text.
    public static func text(_ text: String) -> AppendixBlock { .paragraph([.text(text)]) }

    /// A list of plain items.
    public static func items(_ items: [String]) -> AppendixBlock { .list(items.map { [.text($0)] }) }
}

/// A run of text in a paragraph or list item.
public enum AppendixSpan: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// Text to stress: a defined term, or the figure a sentence is about.
    case strong(String)

    /// The text, whatever its style.
    public var plain: String {
        switch self {
        case .text(let text), .strong(let text): return text
        }
    }
}

extension Array where Element == AppendixSpan {
    /// The spans' text run together, without styles.
    public var plain: String { map(\.plain).joined() }
}
