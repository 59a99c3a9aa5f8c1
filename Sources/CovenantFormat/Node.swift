/// One node of a parsed document tree. Every node keeps its source range so
/// that schema errors found later still point at the text.
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

    /// The node's content.
    public var kind: Kind
    /// For scalars, the scalar's text (quotes included); for collections, from
    /// the first to the last byte of their content; for null, an empty range
    /// just after the key's colon.
    public var range: SourceRange

    /// Creates a node.
    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The scalar text, or `nil` for other kinds.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The mapping entries, or `nil` for other kinds.
    public var entries: [MappingEntry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The sequence items, or `nil` for other kinds.
    public var items: [Node]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// Whether the node is an empty value.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The value of a key in a mapping node (`nil` when absent or not a mapping).
    public subscript(key: String) -> Node? {
        entries?.first { $0.key == key }?.value
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

/// A parsed file: its source and its root node.
public struct Document: Sendable, Hashable {
    /// The file the tree came from.
    public var file: SourceFile
    /// The root; a `.null` node for an empty file.
    public var root: Node

    /// Creates a document.
    public init(file: SourceFile, root: Node) {
        self.file = file
        self.root = root
    }

    /// A location in this document's file.
    public func location(_ range: SourceRange) -> SourceLocation {
        SourceLocation(file: file, range: range)
    }
}
