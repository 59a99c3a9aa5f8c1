/// The storage behind a parsed document: every node is one fixed-size record
/// in a single array, a collection's children are a run of record indices,
/// and a scalar's text is a byte range, either of the source or of the
/// decoded text (escaped quoted scalars, block scalars).
///
/// Parsing therefore makes no string and no array per node; ``Node`` is a
/// view into this storage that makes strings and arrays only when asked.
final class DocumentTree: Sendable {
    /// What a record holds: a scalar written in one of five styles, a
    /// collection, or an empty value.
    enum Tag: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded, mapping, sequence, null
    }

    /// One node.
    struct Record: Sendable {
        /// The node's source range.
        var start: Int32
        var end: Int32
        /// Scalars: the text's first byte; collections: their first slot in ``children``.
        var first: Int32
        /// Scalars: after the text's last byte; collections: after their last slot.
        var last: Int32
        var tag: Tag
        /// Whether a scalar's text is in ``decoded`` rather than in ``source``.
        var isDecoded: Bool
    }

    /// The file's bytes (shared with its ``SourceFile``, not copied).
    let source: [UInt8]
    /// The texts that differ from their source: escaped quoted scalars, block scalars.
    let decoded: [UInt8]
    let records: [Record]
    /// Child record indices, each collection's in one run: a sequence's items,
    /// a mapping's key and value records in turn.
    let children: [Int32]

    init(source: [UInt8], decoded: [UInt8], records: [Record], children: [Int32]) {
        self.source = source
        self.decoded = decoded
        self.records = records
        self.children = children
    }

    /// The text of scalar record `index`.
    func text(_ index: Int) -> String {
        let record = records[index]
        let start = Int(record.first)
        let end = Int(record.last)
        let bytes = record.isDecoded ? decoded : source
        return bytes.withUnsafeBufferPointer { buffer in
            let text = UnsafeBufferPointer(rebasing: buffer[start..<end])
            return String(unsafeUninitializedCapacity: text.count) { out in out.initialize(fromContentsOf: text) }
        }
    }

    /// Whether scalar record `index` holds exactly the bytes of `key`.
    func hasText(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let record = records[index]
        let start = Int(record.first)
        guard Int(record.last) - start == key.count else { return false }
        let bytes = record.isDecoded ? decoded : source
        return bytes.withUnsafeBufferPointer { buffer in
            UnsafeBufferPointer(rebasing: buffer[start..<start + key.count]).elementsEqual(key)
        }
    }
}
