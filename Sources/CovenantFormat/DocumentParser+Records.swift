extension DocumentParser.Machine {
    /// Appends a record and returns its index.
    @inline(__always)
    mutating func record(_ tag: DocumentTree.Tag, start: Int, end: Int) -> Int32 {
        let index = Int32(truncatingIfNeeded: records.count)
        records.append(DocumentTree.Record(tag, start: start, end: end))
        return index
    }

    /// Appends the record of a scalar whose text is `decoded[first..<last]`.
    @inline(__always)
    mutating func decodedRecord(_ tag: DocumentTree.Tag, start: Int, end: Int, first: Int, last: Int) -> Int32 {
        let index = Int32(truncatingIfNeeded: records.count)
        records.append(DocumentTree.Record(tag, start: start, end: end, isDecoded: true, payload: spans.count / 2))
        spans.append(Int32(truncatingIfNeeded: first))
        spans.append(Int32(truncatingIfNeeded: last))
        return index
    }

    /// An empty value at `offset`.
    mutating func nullRecord(at offset: Int) -> Int32 {
        record(.null, start: offset, end: offset)
    }

    /// Completes the record of a collection whose descendants are all recorded: its
    /// range ends at `end`, and its payload is the index after its last descendant.
    mutating func finish(_ collection: Int32, end: Int) {
        let opened = records[Int(collection)]
        records[Int(collection)] = DocumentTree.Record(
            opened.tag, start: Int(opened.start), end: end, payload: records.count)
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
            return decodedRecord(tag, start: scan.start, end: scan.end, first: first, last: decoded.count)
        }
        return record(tag, start: scan.start, end: scan.end)
    }

    /// The record of a scanned key and the hash of its text's UTF-8 (see ``Input/hashBytes(_:_:)``).
    @inline(__always)
    mutating func keyRecord(_ scan: DocumentParser.Scan) throws(SyntaxError) -> (Int32, UInt64) {
        let key = try scalarRecord(scan)
        if scan.escaped {
            let first = records[Int(key)].textBounds(spans).first
            let hash = decoded.withUnsafeBytes { text in input.hash(text, first, text.count) }
            return (key, hash)
        }
        return (key, input.hashBytes(scan.textStart, scan.textEnd))
    }

    /// The byte at `offset` of scalar record `index`'s text.
    @inline(__always)
    func textByte(_ index: Int32, _ offset: Int) -> UInt8 {
        let record = records[Int(index)]
        let first = record.textBounds(spans).first
        return record.isDecoded ? decoded[first + offset] : input.bytes[first + offset]
    }

    /// Whether two scalar records hold the same text bytes.
    func sameText(_ a: Int32, _ b: Int32) -> Bool {
        let x = records[Int(a)]
        let y = records[Int(b)]
        let (xFirst, xLast) = x.textBounds(spans)
        let (yFirst, yLast) = y.textBounds(spans)
        let length = xLast - xFirst
        guard length == yLast - yFirst else { return false }
        if !x.isDecoded && !y.isDecoded { return input.bytesEqual(xFirst, yFirst, length) }
        for k in 0..<length where textByte(a, k) != textByte(b, k) { return false }
        return true
    }

    /// The error for key record `key`, a duplicate of key record `first`.
    func duplicate(_ key: Int32, first: Int32) -> SyntaxError {
        let (textStart, textEnd) = records[Int(key)].textBounds(spans)
        let length = textEnd - textStart
        let text = String(decoding: (0..<length).map { textByte(key, $0) }, as: UTF8.self)
        let keyRange = SourceRange(start: Int(records[Int(key)].start), end: Int(records[Int(key)].end))
        let firstRange = SourceRange(start: Int(records[Int(first)].start), end: Int(records[Int(first)].end))
        return input.duplicate(text, keyRange, first: firstRange)
    }
}
