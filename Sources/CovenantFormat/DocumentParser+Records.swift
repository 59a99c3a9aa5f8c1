extension DocumentParser.Machine {
    /// Appends a record and returns its index.
    @inline(__always)
    mutating func record(_ tag: DocumentTree.Tag, start: Int, end: Int) -> Int32 {
        let index = Int32(truncatingIfNeeded: records.count)
        records.append(DocumentTree.Record(tag, start: start, end: end))
        return index
    }

    /// Appends a record whose text (decoded) or children lie at `first..<last`.
    @inline(__always)
    mutating func record(
        _ tag: DocumentTree.Tag, start: Int, end: Int, first: Int, last: Int, isDecoded: Bool
    ) -> Int32 {
        let index = Int32(truncatingIfNeeded: records.count)
        records.append(DocumentTree.Record(tag, start: start, end: end, isDecoded: isDecoded, span: spans.count / 2))
        spans.append(Int32(truncatingIfNeeded: first))
        spans.append(Int32(truncatingIfNeeded: last))
        return index
    }

    /// An empty value at `offset`.
    mutating func nullRecord(at offset: Int) -> Int32 {
        record(.null, start: offset, end: offset)
    }

    /// A collection whose children are `pending[childBase...]`, which move to ``children``.
    mutating func collectionRecord(_ tag: DocumentTree.Tag, start: Int, end: Int, childBase: Int) -> Int32 {
        let first = children.count
        children.append(contentsOf: pending.elements(from: childBase))
        pending.shrink(to: childBase)
        return record(tag, start: start, end: end, first: first, last: children.count, isDecoded: false)
    }

    /// The record of a scanned plain or quoted scalar: its text stays in the
    /// source unless escapes must be resolved.
    @inline(__always)
    mutating func scalarRecord(_ scan: DocumentParser.Scan) throws(SyntaxError) -> Int32 {
        let tag: DocumentTree.Tag
        switch scan.style {
        case .singleQuoted: tag = .singleQuoted
        case .doubleQuoted: tag = .doubleQuoted
        default: tag = .plain
        }
        if scan.escaped {
            let first = decoded.count
            try input.decodeQuoted(scan, into: &decoded)
            return record(tag, start: scan.start, end: scan.end, first: first, last: decoded.count, isDecoded: true)
        }
        return record(tag, start: scan.start, end: scan.end)
    }

    /// The record of a scanned key and the hash of its text's UTF-8 (see ``Input/hashBytes(_:_:)``).
    @inline(__always)
    mutating func keyRecord(_ scan: DocumentParser.Scan) throws(SyntaxError) -> (Int32, UInt64) {
        let key = try scalarRecord(scan)
        if scan.escaped {
            let first = records[Int(key)].bounds(spans).first
            let hash = decoded.withUnsafeBytes { text in input.hash(text, first, text.count) }
            return (key, hash)
        }
        return (key, input.hashBytes(scan.textStart, scan.textEnd))
    }

    /// The byte at `offset` of scalar record `index`'s text.
    @inline(__always)
    func textByte(_ index: Int32, _ offset: Int) -> UInt8 {
        let record = records[Int(index)]
        let first = record.bounds(spans).first
        return record.isDecoded ? decoded[first + offset] : input.bytes[first + offset]
    }

    /// Whether two scalar records hold the same text bytes.
    func sameText(_ a: Int32, _ b: Int32) -> Bool {
        let x = records[Int(a)]
        let y = records[Int(b)]
        let (xFirst, xLast) = x.bounds(spans)
        let (yFirst, yLast) = y.bounds(spans)
        let length = xLast - xFirst
        guard length == yLast - yFirst else { return false }
        if !x.isDecoded && !y.isDecoded { return input.bytesEqual(xFirst, yFirst, length) }
        for k in 0..<length where textByte(a, k) != textByte(b, k) { return false }
        return true
    }

    /// The error for key record `key`, a duplicate of key record `first`.
    func duplicate(_ key: Int32, first: Int32) -> SyntaxError {
        let (textStart, textEnd) = records[Int(key)].bounds(spans)
        let length = textEnd - textStart
        let text = String(decoding: (0..<length).map { textByte(key, $0) }, as: UTF8.self)
        let keyRange = SourceRange(start: Int(records[Int(key)].start), end: Int(records[Int(key)].end))
        let firstRange = SourceRange(start: Int(records[Int(first)].start), end: Int(records[Int(first)].end))
        return input.duplicate(text, keyRange, first: firstRange)
    }
}
