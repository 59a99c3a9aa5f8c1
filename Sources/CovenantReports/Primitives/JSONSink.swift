import CovenantFormat

/// Where a JSON document is written, value by value: a tree
/// (``JSONTree``, giving a ``JSONValue``) or text (``JSONText``). A report
/// describes its document once, generic over the sink, and gets both.
///
/// A value is written where one is expected: at the top, inside
/// ``array(_:)``, or as a member's value inside ``object(_:)``.
public protocol JSONSink {
    /// Writes a string.
    mutating func string(_ text: String)
    /// Writes an integer.
    mutating func integer(_ value: Int64)
    /// Writes `true` or `false`.
    mutating func bool(_ value: Bool)
    /// Writes `null`.
    mutating func null()
    /// Writes an object whose members `body` writes with ``member(_:_:)``.
    mutating func object(_ body: (inout Self) -> Void)
    /// Writes one member of the object being written: its key, then the value `body` writes.
    mutating func member(_ key: String, _ body: (inout Self) -> Void)
    /// Writes an array whose items `body` writes, one value each.
    mutating func array(_ body: (inout Self) -> Void)
}

extension JSONSink {
    /// A member whose value is a string.
    public mutating func member(_ key: String, _ text: String) { member(key) { $0.string(text) } }
    /// A member whose value is a string, or null when `nil`.
    public mutating func member(_ key: String, optional text: String?) {
        member(key) { sink in
            if let text { sink.string(text) } else { sink.null() }
        }
    }
    /// A member whose value is an integer.
    public mutating func member(_ key: String, _ value: Int64) { member(key) { $0.integer(value) } }
    /// A member whose value is an integer, or null when `nil`.
    public mutating func member(_ key: String, optional value: Int64?) {
        member(key) { sink in
            if let value { sink.integer(value) } else { sink.null() }
        }
    }
    /// A member whose value is `true` or `false`.
    public mutating func member(_ key: String, _ value: Bool) { member(key) { $0.bool(value) } }
    /// A member whose value is `true`, `false`, or null when `nil`.
    public mutating func member(_ key: String, optional value: Bool?) {
        member(key) { sink in
            if let value { sink.bool(value) } else { sink.null() }
        }
    }
    /// A member whose value is an array of `items`, each written by `item`.
    public mutating func member<Items: Sequence>(
        _ key: String, each items: Items, _ item: (inout Self, Items.Element) -> Void
    ) {
        member(key) { sink in
            sink.array { array in
                for element in items { item(&array, element) }
            }
        }
    }
}

/// Builds a ``JSONValue`` from what is written to it.
public struct JSONTree: JSONSink {
    private enum Frame {
        case object([(String, JSONValue)], key: String?)
        case array([JSONValue])
    }

    private var frames: [Frame] = []
    /// The value written at the top; `null` until one is.
    public private(set) var value: JSONValue = .null

    /// An empty tree.
    public init() {}

    private mutating func add(_ value: JSONValue) {
        guard let last = frames.popLast() else {
            self.value = value
            return
        }
        switch last {
        case .object(var members, let key):
            members.append((key ?? "", value))
            frames.append(.object(members, key: nil))
        case .array(var items):
            items.append(value)
            frames.append(.array(items))
        }
    }

    public mutating func string(_ text: String) { add(.string(text)) }
    public mutating func integer(_ value: Int64) { add(.integer(value)) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func null() { add(.null) }

    public mutating func object(_ body: (inout JSONTree) -> Void) {
        frames.append(.object([], key: nil))
        body(&self)
        guard case .object(let members, _) = frames.removeLast() else { return }
        add(.object(members))
    }

    public mutating func member(_ key: String, _ body: (inout JSONTree) -> Void) {
        guard case .object(let members, _) = frames.popLast() else { return }
        frames.append(.object(members, key: key))
        body(&self)
    }

    public mutating func array(_ body: (inout JSONTree) -> Void) {
        frames.append(.array([]))
        body(&self)
        guard case .array(let items) = frames.removeLast() else { return }
        add(.array(items))
    }
}

/// Writes JSON text straight into bytes, exactly as ``JSONValue/rendered``
/// (the expanded style: two-space indentation, every member of a non-empty
/// container on its own line, a final line break).
public struct JSONText: JSONSink {
    private var bytes: [UInt8] = []
    /// For each open container, how many values it holds so far and whether it is an array.
    private var open: [(count: Int, isArray: Bool)] = []

    /// Empty text; `capacity` bytes reserved.
    public init(capacity: Int = 16_384) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written, with its final line break.
    public var text: String {
        // One copy into the string (a summary's text is megabytes).
        bytes.withUnsafeBufferPointer { written in
            String(unsafeUninitializedCapacity: written.count + 1) { text in
                _ = text.initialize(fromContentsOf: written)
                text[written.count] = 0x0A
                return written.count + 1
            }
        }
    }

    /// Before a value: inside an array, the separator and line of an item.
    private mutating func beginValue() {
        guard let last = open.last, last.isArray else { return }
        beginItem()
    }

    /// A new line for the next item or member of the innermost container.
    private mutating func beginItem() {
        let index = open.count - 1
        let first = open[index].count == 0
        open[index].count += 1
        let indent = 2 * open.count
        guard indent <= Self.maximumIndent else {
            if !first { bytes.append(0x2C) }
            bytes.append(0x0A)
            JSONValue.appendSpaces(indent, to: &bytes)
            return
        }
        // `,` (after the first), the line break and the indentation in one append.
        Self.separators.withUnsafeBufferPointer { separators in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: separators[(first ? 1 : 0)..<(2 + indent)]))
        }
    }

    /// `,\n` and the spaces of the deepest indentation written in one piece.
    private static let maximumIndent = 62
    private static let separators: [UInt8] = [0x2C, 0x0A] + [UInt8](repeating: 0x20, count: maximumIndent)

    public mutating func string(_ text: String) {
        beginValue()
        JSONValue.appendQuoted(text, to: &bytes)
    }

    public mutating func integer(_ value: Int64) {
        beginValue()
        DigitWriter.append(value, to: &bytes)
    }

    public mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func object(_ body: (inout JSONText) -> Void) {
        container(0x7B, 0x7D, isArray: false, body)
    }

    public mutating func member(_ key: String, _ body: (inout JSONText) -> Void) {
        beginItem()
        JSONValue.appendQuoted(key, to: &bytes)
        bytes.append(0x3A)
        bytes.append(0x20)
        body(&self)
    }

    public mutating func array(_ body: (inout JSONText) -> Void) {
        container(0x5B, 0x5D, isArray: true, body)
    }

    private mutating func container(_ opening: UInt8, _ closing: UInt8, isArray: Bool, _ body: (inout JSONText) -> Void) {
        beginValue()
        bytes.append(opening)
        open.append((0, isArray))
        body(&self)
        let written = open.removeLast().count
        if written > 0 {
            bytes.append(0x0A)
            JSONValue.appendSpaces(2 * open.count, to: &bytes)
        }
        bytes.append(closing)
    }
}
