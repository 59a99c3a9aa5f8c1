/// Reads a document tree against a schema, collecting every problem as a
/// located diagnostic instead of stopping at the first.
public struct SchemaReader: Sendable {
    /// The file whose tree is read.
    public let file: SourceFile
    /// Everything found so far, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates a reader for one file.
    public init(file: SourceFile) {
        self.file = file
    }

    /// Whether an error was reported.
    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Reports an error at a range.
    public mutating func error(_ message: String, at range: SourceRange) {
        diagnostics.append(.error(message, in: file, range))
    }

    /// Reports a warning at a range.
    public mutating func warning(_ message: String, at range: SourceRange) {
        diagnostics.append(.warning(message, in: file, range))
    }

    /// Adds diagnostics found elsewhere.
    public mutating func append(_ more: [Diagnostic]) {
        diagnostics.append(contentsOf: more)
    }

    /// Reads a scalar of a type; reports and returns `nil` when it does not match.
    public mutating func read<Value>(_ node: Node, _ type: ScalarType<Value>) -> Value? {
        guard let text = node.scalar else {
            error("expected \(type.expected), found \(Self.describe(node))", at: node.range)
            return nil
        }
        guard let value = type.parse(text) else {
            error("expected \(type.expected), found '\(text)'", at: node.range)
            return nil
        }
        return value
    }

    /// Reads an optional field: `nil` without a report when absent or empty.
    public mutating func read<Value>(_ node: Node?, _ type: ScalarType<Value>) -> Value? {
        guard let node, !node.isNull else { return nil }
        return read(node, type)
    }

    /// Reads a mapping, reporting keys not in `required + optional` (with the
    /// closest known key suggested) and required keys that are missing.
    public mutating func mapping(
        _ node: Node, _ what: String, required: [String] = [], optional: [String] = []
    ) -> Fields? {
        guard let entries = node.entries else {
            if node.isNull && required.isEmpty { return Fields(node: node, entries: []) }
            error("expected \(what) (a mapping), found \(Self.describe(node))", at: node.range)
            return nil
        }
        let known = required + optional
        for entry in entries where !known.contains(entry.key) {
            var message = "unknown key '\(entry.key)' in \(what)"
            if let suggestion = Self.closest(to: entry.key, among: known) {
                message += "; did you mean '\(suggestion)'?"
            }
            error(message, at: entry.keyRange)
        }
        for key in required where !entries.contains(where: { $0.key == key }) {
            error("missing required key '\(key)' in \(what)", at: SourceRange.at(node.range.start))
        }
        return Fields(node: node, entries: entries)
    }

    /// Reads a sequence; a single scalar is not accepted.
    public mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        if let items = node.items { return items }
        if node.isNull { return [] }
        error("expected \(what) (a list), found \(Self.describe(node))", at: node.range)
        return nil
    }

    /// A short description of a node for messages.
    public static func describe(_ node: Node) -> String {
        switch node.kind {
        case .scalar(let text, _): return "'\(text)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .null: return "nothing"
        }
    }

    /// The known word closest to `word` by edit distance, when close enough.
    public static func closest(to word: String, among known: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in known {
            let distance = editDistance(word, candidate)
            if distance <= limit && (best == nil || distance < best!.1) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

/// The entries of a mapping read by a ``SchemaReader``.
public struct Fields: Sendable {
    /// The mapping node.
    public var node: Node
    /// Its entries in source order.
    public var entries: [MappingEntry]

    /// Creates fields.
    public init(node: Node, entries: [MappingEntry]) {
        self.node = node
        self.entries = entries
    }

    /// The value of a key, `nil` when absent.
    public subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// The value of a key when present and not empty.
    public func value(_ key: String) -> Node? {
        guard let node = self[key], !node.isNull else { return nil }
        return node
    }

    /// The entry of a key.
    public func entry(_ key: String) -> MappingEntry? {
        entries.first { $0.key == key }
    }
}
