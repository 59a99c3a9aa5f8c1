import CovenantFormat

/// Writes JSON text straight into bytes: the one JSON writer of every
/// report. Two-space indentation, every member of a non-empty container on
/// its own line unless the container is written inline (``JSONValue``'s
/// compact style), and a final line break.
public struct JSONText: JSONSink {
    private var bytes: [UInt8] = []
    /// For each open container, how many values it holds so far, whether it
    /// is an array, and whether it is written on one line.
    private var open: [(count: Int, isArray: Bool, inline: Bool)] = []

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
        if open[index].inline {
            if !first { bytes.append(contentsOf: [0x2C, 0x20]) }
            return
        }
        let indent = 2 * open.count
        guard indent <= Self.maximumIndent else {
            if !first { bytes.append(0x2C) }
            bytes.append(0x0A)
            Self.appendSpaces(indent, to: &bytes)
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
        Self.appendQuoted(text, to: &bytes)
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
        container(0x7B, 0x7D, isArray: false, inline: false, body)
    }

    /// An object, on one line when `inline` (`{"a": 1, "b": "x"}`).
    mutating func object(inline: Bool, _ body: (inout JSONText) -> Void) {
        container(0x7B, 0x7D, isArray: false, inline: inline, body)
    }

    public mutating func member(_ key: String, _ body: (inout JSONText) -> Void) {
        beginItem()
        Self.appendQuoted(key, to: &bytes)
        bytes.append(0x3A)
        bytes.append(0x20)
        body(&self)
    }

    public mutating func array(_ body: (inout JSONText) -> Void) {
        container(0x5B, 0x5D, isArray: true, inline: false, body)
    }

    /// An array, on one line when `inline` (`["x", null]`).
    mutating func array(inline: Bool, _ body: (inout JSONText) -> Void) {
        container(0x5B, 0x5D, isArray: true, inline: inline, body)
    }

    private mutating func container(
        _ opening: UInt8, _ closing: UInt8, isArray: Bool, inline: Bool, _ body: (inout JSONText) -> Void
    ) {
        beginValue()
        bytes.append(opening)
        open.append((0, isArray, inline))
        body(&self)
        let closed = open.removeLast()
        if closed.count > 0 && !closed.inline {
            bytes.append(0x0A)
            Self.appendSpaces(2 * open.count, to: &bytes)
        }
        bytes.append(closing)
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
        var left = count
        while left > 0 {
            let now = min(left, spaces.count)
            spaces.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<now])) }
            left -= now
        }
    }

    /// Appends a string literal: printable ASCII with nothing to escape is
    /// copied whole, anything else goes through ``Escape/json(_:)``.
    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
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
}
