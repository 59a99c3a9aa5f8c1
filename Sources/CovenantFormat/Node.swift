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
        guard record.tag == .mapping else { return nil }
        let slots = tree.slots(index)
        var entries: [MappingEntry] = []
        entries.reserveCapacity(slots.count / 2)
        var slot = slots.lowerBound
        while slot < slots.upperBound {
            let key = Node(tree: tree, index: Int(tree.children[slot]))
            let value = Node(tree: tree, index: Int(tree.children[slot + 1]))
            entries.append(MappingEntry(key: key.scalar ?? "", keyRange: key.range, value: value))
            slot += 2
        }
        return entries
    }

    /// The sequence items, or `nil` for other kinds.
    public var items: [Node]? {
        guard record.tag == .sequence else { return nil }
        return tree.children[tree.slots(index)].map { Node(tree: tree, index: Int($0)) }
    }

    /// Whether the node is an empty value.
    public var isNull: Bool { record.tag == .null }

    /// The value of a key in a mapping node (`nil` when absent or not a mapping).
    public subscript(key: String) -> Node? {
        guard record.tag == .mapping else { return nil }
        let slots = tree.slots(index)
        var key = key
        return key.withUTF8 { bytes in
            var slot = slots.lowerBound
            while slot < slots.upperBound {
                if tree.hasText(Int(tree.children[slot]), bytes) {
                    return Node(tree: tree, index: Int(tree.children[slot + 1]))
                }
                slot += 2
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
