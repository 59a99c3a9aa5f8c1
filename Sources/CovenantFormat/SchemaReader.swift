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
    ///
    /// A value YAML reads as null (an empty value, or plain `null`, `Null`,
    /// `NULL`, `~`) is never text: where the type would take the word, the
    /// error says to quote it ("expected text; quote it if you mean the
    /// word"), so `customer: null` is refused while `customer: 'null'` is the
    /// text null. A well-formed value out of range says what is allowed.
    public mutating func read<Value>(_ node: Node, _ type: ScalarType<Value>) -> Value? {
        guard let text = node.scalar else {
            if node.isNull && type.reading("").value != nil {
                error("expected \(type.expected); quote it if you mean the word", at: node.range)
            } else {
                error("expected \(type.expected), found \(Self.describe(node))", at: node.range)
            }
            return nil
        }
        let reading = type.reading(text)
        if node.isPlainScalar, CoreSchema.reading(of: text) == .null, reading.value != nil {
            error("expected \(type.expected); quote it if you mean the word", at: node.range)
            return nil
        }
        switch reading {
        case .value(let value):
            return value
        case .malformed:
            error("expected \(type.expected), found '\(text)'", at: node.range)
        case .outOfRange(let allowed):
            error("expected \(allowed), found '\(text)'", at: node.range)
        }
        return nil
    }

    /// Reads an optional field: `nil` without a report when absent or empty.
    public mutating func read<Value>(_ node: Node?, _ type: ScalarType<Value>) -> Value? {
        guard let node, !node.isNull else { return nil }
        return read(node, type)
    }

    /// Reads a mapping, reporting keys not in `required + optional` (with the
    /// closest known key suggested) and required keys that are missing.
    ///
    /// Keys are checked by hashing, so a mapping of a million keys costs a
    /// million lookups; an unknown key is compared with the known keys only.
    /// In the fields returned, a required key's empty value is a value (see
    /// ``Fields/value(_:)``), so that reading it reports it.
    public mutating func mapping(
        _ node: Node, _ what: String, required: [String] = [], optional: [String] = []
    ) -> Fields? {
        guard let entries = node.entries else {
            if node.isNull && required.isEmpty { return Fields(node: node, entries: []) }
            error("expected \(what) (a mapping), found \(Self.describe(node))", at: node.range)
            return nil
        }
        let known = required + optional
        let knownSet = Set(known)
        var present = Set<String>()
        for entry in entries {
            if knownSet.contains(entry.key) {
                present.insert(entry.key)
                continue
            }
            var message = "unknown key '\(entry.key)' in \(what)"
            if let suggestion = Self.closest(to: entry.key, among: known) {
                message += "; did you mean '\(suggestion)'?"
            }
            error(message, at: entry.keyRange)
        }
        for key in required where !present.contains(key) {
            error("missing required key '\(key)' in \(what)", at: SourceRange.at(node.range.start))
        }
        var fields = Fields(node: node, entries: entries)
        fields.required = Set(required)
        return fields
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

    /// The known word closest to `word` by edit distance, when close enough
    /// (at most a third of its length, and at least 2). A candidate whose length
    /// differs by more than that is skipped without computing the distance, so
    /// a long unknown key costs nothing against short known ones.
    public static func closest(to word: String, among known: [String]) -> String? {
        let x = Array(word.lowercased().unicodeScalars)
        let limit = max(2, x.count / 3)
        var best: (String, Int)?
        for candidate in known {
            let y = Array(candidate.lowercased().unicodeScalars)
            guard abs(x.count - y.count) <= limit else { continue }
            let distance = editDistance(x, y)
            if distance <= limit && (best == nil || distance < best!.1) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.lowercased().unicodeScalars), Array(b.lowercased().unicodeScalars))
    }

    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
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
    /// The keys the schema requires; ``value(_:)`` gives their empty values too.
    public var required: Set<String> = []

    /// Creates fields.
    public init(node: Node, entries: [MappingEntry]) {
        self.node = node
        self.entries = entries
    }

    /// The value of a key, `nil` when absent.
    public subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// The value of a key when present and not empty. A required key's empty
    /// value is given too: reading it reports it (an optional key's empty
    /// value is as if it were absent).
    public func value(_ key: String) -> Node? {
        guard let node = self[key], !node.isNull || required.contains(key) else { return nil }
        return node
    }

    /// The entry of a key.
    public func entry(_ key: String) -> MappingEntry? {
        entries.first { $0.key == key }
    }
}
