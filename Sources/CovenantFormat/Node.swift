/// One node of a parsed document tree. Every node keeps its source range so
/// that schema errors found later still point at the text.
///
/// A node is a view into its document's flat storage: its text, entries and
/// items are made when read, so parsing stays cheap and a reader pays only
/// for what it looks at. Lookups by key compare bytes and make nothing.
public struct Node: Sendable, Hashable {
    /// How a scalar was written.
    public enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// What a node holds.
    public enum Kind: Sendable, Hashable {
        /// A scalar's decoded text (escapes resolved, block scalars folded).
        case scalar(String, ScalarStyle)
        /// A mapping's entries in source order (keys are unique).
        case mapping([MappingEntry])
        /// A sequence's items in source order.
        case sequence([Node])
        /// An empty value (`key:` with nothing under it).
        case null
    }

    let tree: DocumentTree
    let index: Int

    init(tree: DocumentTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    private var record: DocumentTree.Record { tree.records[index] }

    /// For scalars, the scalar's text (quotes included); for collections, from
    /// the first to the last byte of their content; for null, an empty range
    /// just after the key's colon.
    public var range: SourceRange {
        let record = record
        return SourceRange(start: Int(record.start), end: Int(record.end))
    }

    /// The node's content.
    public var kind: Kind {
        switch record.tag {
        case .plain: .scalar(tree.text(index), .plain)
        case .singleQuoted: .scalar(tree.text(index), .singleQuoted)
        case .doubleQuoted: .scalar(tree.text(index), .doubleQuoted)
        case .literal: .scalar(tree.text(index), .literal)
        case .folded: .scalar(tree.text(index), .folded)
        case .mapping: .mapping(entries ?? [])
        case .sequence: .sequence(items ?? [])
        case .null: .null
        }
    }

    /// The scalar text, or `nil` for other kinds.
    public var scalar: String? {
        record.tag.rawValue <= DocumentTree.Tag.folded.rawValue ? tree.text(index) : nil
    }

    /// The mapping entries, or `nil` for other kinds.
    public var entries: [MappingEntry]? {
        let record = record
        guard record.tag == .mapping else { return nil }
        var entries: [MappingEntry] = []
        // A key is a scalar, so its value is the next record.
        var key = index + 1
        while key < record.payload {
            let keyNode = Node(tree: tree, index: key)
            let value = Node(tree: tree, index: key + 1)
            entries.append(MappingEntry(key: keyNode.scalar ?? "", keyRange: keyNode.range, value: value))
            key = tree.next(key + 1)
        }
        return entries
    }

    /// The sequence items, or `nil` for other kinds.
    public var items: [Node]? {
        let record = record
        guard record.tag == .sequence else { return nil }
        var items: [Node] = []
        var item = index + 1
        while item < record.payload {
            items.append(Node(tree: tree, index: item))
            item = tree.next(item)
        }
        return items
    }

    /// Whether the node is a plain (unquoted, one-line) scalar.
    public var isPlainScalar: Bool { record.tag == .plain }

    /// Whether the node is an empty value.
    public var isNull: Bool { record.tag == .null }

    /// The value of a key in a mapping node (`nil` when absent or not a mapping).
    public subscript(key: String) -> Node? {
        let record = record
        guard record.tag == .mapping else { return nil }
        var text = key
        return text.withUTF8 { bytes in
            var key = index + 1
            while key < record.payload {
                if tree.hasText(key, bytes) { return Node(tree: tree, index: key + 1) }
                key = tree.next(key + 1)
            }
            return nil
        }
    }

    /// Nodes are equal when they have the same range and the same content.
    public static func == (lhs: Node, rhs: Node) -> Bool {
        if lhs.tree === rhs.tree && lhs.index == rhs.index { return true }
        return lhs.range == rhs.range && lhs.kind == rhs.kind
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(record.tag.rawValue)
    }
}

/// One `key: value` entry of a mapping.
public struct MappingEntry: Sendable, Hashable {
    /// The key's decoded text.
    public var key: String
    /// Where the key is written.
    public var keyRange: SourceRange
    /// The value.
    public var value: Node

    /// Creates an entry.
    public init(key: String, keyRange: SourceRange, value: Node) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}
