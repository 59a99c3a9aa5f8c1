/// The storage behind a parsed document: every node is one 12-byte record in
/// a single array, in document order (a collection before its children, a
/// key before its value). A plain or quoted scalar's text is its source bytes
/// (with escapes resolved when read); a block scalar's is a range of one
/// buffer of folded text.
///
/// Parsing therefore makes no string and no array per node; ``Node`` is a
/// view into this storage that makes strings and arrays only when asked.
final class DocumentTree: Sendable {
    /// What a record holds: a scalar written in one of five styles, a
    /// collection, or an empty value.
    enum Tag: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded, mapping, sequence, null
    }

    /// One node: its source range, what it is, and a payload. A collection's
    /// payload is the index after its last descendant; a block scalar's is its
    /// pair in ``spans``. Payloads fit 28 bits: files are at most 64 MiB.
    struct Record: Sendable {
        /// The node's source range.
        var start: Int32
        var end: Int32
        /// The tag (3 high bits), whether a quoted scalar holds escapes (1 bit), the payload (28 bits).
        var info: UInt32

        init(_ tag: Tag, start: Int, end: Int, hasEscapes: Bool = false, payload: Int = 0) {
            self.start = Int32(truncatingIfNeeded: start)
            self.end = Int32(truncatingIfNeeded: end)
            info = UInt32(tag.rawValue) << 29 | (hasEscapes ? 1 << 28 : 0) | UInt32(truncatingIfNeeded: payload)
        }

        var tag: Tag { Tag(rawValue: UInt8(truncatingIfNeeded: info >> 29)) ?? .null }

        var isCollection: Bool { info >> 29 == Tag.mapping.rawValue || info >> 29 == Tag.sequence.rawValue }

        /// Whether a quoted scalar's text holds escapes to resolve when it is read.
        var hasEscapes: Bool { info & 1 << 28 != 0 }

        /// Whether the scalar's text is in ``decoded`` rather than in ``source``.
        var isDecoded: Bool { info >> 29 == Tag.literal.rawValue || info >> 29 == Tag.folded.rawValue }

        var payload: Int { Int(info & 0x0FFF_FFFF) }

        /// A scalar's text bounds: in the decoded text for block scalars, in the
        /// source (inside the quotes, escapes unresolved) for the others.
        @inline(__always)
        func textBounds(_ spans: [Int32]) -> (first: Int, last: Int) {
            if isDecoded {
                let span = payload &* 2
                return (Int(spans[span]), Int(spans[span &+ 1]))
            }
            // Quoted text sits inside its quotes.
            let quoted = info >> 29 != Tag.plain.rawValue ? 1 : 0
            return (Int(start) &+ quoted, Int(end) &- quoted)
        }
    }

    /// The file's bytes (shared with its ``SourceFile``, not copied).
    let source: [UInt8]
    /// The texts of block scalars, folded and chomped.
    let decoded: [UInt8]
    let records: [Record]
    /// The bounds of block scalar texts in ``decoded``, in pairs.
    let spans: [Int32]

    init(source: [UInt8], decoded: [UInt8], records: [Record], spans: [Int32]) {
        self.source = source
        self.decoded = decoded
        self.records = records
        self.spans = spans
    }

    /// The index after record `index` and all its descendants: its next sibling's.
    @inline(__always)
    func next(_ index: Int) -> Int {
        let record = records[index]
        return record.isCollection ? record.payload : index + 1
    }

    /// The text of scalar record `index`.
    func text(_ index: Int) -> String {
        let record = records[index]
        if record.hasEscapes { return String(decoding: escapedText(record), as: UTF8.self) }
        let (start, end) = record.textBounds(spans)
        let bytes = record.isDecoded ? decoded : source
        return bytes.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[start..<end])
            return String(unsafeUninitializedCapacity: text.count) { out in out.initialize(fromContentsOf: text) }
        }
    }

    /// Whether scalar record `index` holds exactly the bytes of `key`.
    func hasText(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let record = records[index]
        if record.hasEscapes { return escapedText(record).elementsEqual(key) }
        let (start, end) = record.textBounds(spans)
        guard end - start == key.count else { return false }
        let bytes = record.isDecoded ? decoded : source
        return bytes.withUnsafeBufferPointer { buffer in
            UnsafeBufferPointer(rebasing: buffer[start..<end]).elementsEqual(key)
        }
    }

    /// The text of a quoted scalar with escapes, resolved.
    private func escapedText(_ record: Record) -> [UInt8] {
        let (start, end) = record.textBounds(spans)
        var text: [UInt8] = []
        source.withUnsafeBufferPointer { buffer in
            QuotedText.decode(buffer, start, end, doubleQuoted: record.tag == .doubleQuoted, into: &text)
        }
        return text
    }
}
