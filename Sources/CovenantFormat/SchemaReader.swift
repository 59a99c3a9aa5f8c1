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
        // Few known keys are found faster by comparing than by hashing; a free-form
        // mapping passes all its keys as known, and those are hashed.
        let knownSet = known.count > 16 ? Set(known) : nil
        let requiredSet = Set(required)
        var present = Set<String>()
        var suggestions: KeySuggestions?
        for entry in entries {
            if knownSet?.contains(entry.key) ?? known.contains(entry.key) {
                if !requiredSet.isEmpty && requiredSet.contains(entry.key) { present.insert(entry.key) }
                continue
            }
            if suggestions == nil { suggestions = KeySuggestions(known) }
            var message = "unknown key '\(entry.key)' in \(what)"
            if let suggestion = suggestions?.closest(to: entry.key) {
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
    /// (at most a third of its length, and at least 2; letters compared without case).
    public static func closest(to word: String, among known: [String]) -> String? {
        KeySuggestions(known).closest(to: word)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        var scratch: [Int] = []
        return KeySuggestions.distance(
            KeySuggestions.folded(a), KeySuggestions.folded(b), limit: Int.max / 2, scratch: &scratch)
    }
}

/// Suggests the known key closest to an unknown one. The known keys are
/// folded once; a candidate whose length differs by more than the limit is
/// skipped, and a distance stops being computed once it exceeds the limit, so
/// each unknown key costs at most its length times the limit per known key.
struct KeySuggestions {
    let known: [(key: String, folded: [UInt32])]

    init(_ known: [String]) {
        self.known = known.map { ($0, Self.folded($0)) }
    }

    func closest(to word: String) -> String? {
        let x = Self.folded(word)
        let limit = max(2, x.count / 3)
        var best: (String, Int)?
        var scratch: [Int] = []
        for (key, y) in known where abs(x.count - y.count) <= limit {
            let bound = best.map { min(limit, $0.1 - 1) } ?? limit
            let distance = Self.distance(x, y, limit: bound, scratch: &scratch)
            if distance <= limit && (best == nil || distance < best!.1) { best = (key, distance) }
        }
        return best?.0
    }

    /// The text as Unicode scalar values, ASCII letters in lower case (other
    /// letters as Swift lower-cases them).
    static func folded(_ text: String) -> [UInt32] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.map { UInt32($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) }
        }
        return text.lowercased().unicodeScalars.map(\.value)
    }

    /// The Levenshtein distance of `x` and `y`, or some value above `limit`
    /// when it exceeds `limit`: only cells within `limit` of the diagonal are
    /// computed, and the rows stop when all of them exceed it. `scratch` holds
    /// the two rows, kept between calls.
    static func distance(_ x: [UInt32], _ y: [UInt32], limit: Int, scratch: inout [Int]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let over = limit + 1
        let width = y.count + 1
        if scratch.count < 2 * width { scratch = [Int](repeating: 0, count: 2 * width) }
        return scratch.withUnsafeMutableBufferPointer { rows in
            var previous = 0
            var current = width
            for j in 0...y.count { rows[j] = min(j, over) }
            for i in 1...x.count {
                let low = max(1, i - limit)
                let high = min(y.count, i + limit)
                rows[current] = min(i, over)
                if low > 1 { rows[current + low - 1] = over }
                var rowMinimum = rows[current]
                if low <= high {
                    for j in low...high {
                        let cost = x[i - 1] == y[j - 1] ? 0 : 1
                        let value = min(
                            rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost, over)
                        rows[current + j] = value
                        rowMinimum = min(rowMinimum, value)
                    }
                }
                if high < y.count { rows[current + high + 1] = over }
                if rowMinimum > limit { return over }
                swap(&previous, &current)
            }
            return rows[previous + y.count]
        }
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
