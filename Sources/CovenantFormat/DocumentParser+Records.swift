extension DocumentParser.Machine {
    /// Appends a record and returns its index.
    @inline(__always)
    mutating func record(_ tag: DocumentTree.Tag, start: Int, end: Int) -> Int32 {
        let index = Int32(truncatingIfNeeded: records.count)
        records.append(DocumentTree.Record(tag, start: start, end: end))
        return index
    }

    /// Appends the record of a block scalar whose text is `decoded[first..<last]`.
    mutating func blockScalarRecord(_ tag: DocumentTree.Tag, start: Int, end: Int, first: Int, last: Int) -> Int32 {
        let index = Int32(truncatingIfNeeded: records.count)
        records.append(DocumentTree.Record(tag, start: start, end: end, payload: spans.count / 2))
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
    /// source, escapes checked now and resolved when it is read.
    @inline(__always)
    mutating func scalarRecord(_ scan: DocumentParser.Scan) throws(SyntaxError) -> Int32 {
        let tag: DocumentTree.Tag
        switch scan.style {
        case .singleQuoted: tag = .singleQuoted
        case .doubleQuoted: tag = .doubleQuoted
        default: tag = .plain
        }
        if scan.escaped {
            if tag == .doubleQuoted { try input.checkEscapes(scan) }
            let index = Int32(truncatingIfNeeded: records.count)
            records.append(DocumentTree.Record(tag, start: scan.start, end: scan.end, hasEscapes: true))
            return index
        }
        return record(tag, start: scan.start, end: scan.end)
    }

    /// The record of a scanned key and the hash of its text's UTF-8 (see ``Input/hashBytes(_:_:)``).
    @inline(__always)
    mutating func keyRecord(_ scan: DocumentParser.Scan) throws(SyntaxError) -> (Int32, UInt64) {
        if scan.style == .plain { try input.checkKeyIsText(scan.start, scan.end) }
        let key = try scalarRecord(scan)
        if scan.escaped {
            let text = textBytes(key)
            return (key, text.withUnsafeBytes { input.hash($0, 0, $0.count) })
        }
        return (key, input.hashBytes(scan.textStart, scan.textEnd))
    }

    /// The text of scalar record `index` (escapes resolved); for the rare keys
    /// that are quoted with escapes.
    func textBytes(_ index: Int32) -> [UInt8] {
        let record = records[Int(index)]
        let (first, last) = record.textBounds(spans)
        if record.isDecoded { return Array(decoded[first..<last]) }
        var text: [UInt8] = []
        if record.hasEscapes {
            QuotedText.decode(
                input.bytes, first, last, doubleQuoted: record.tag == .doubleQuoted, into: &text)
        } else {
            text.append(contentsOf: UnsafeBufferPointer(rebasing: input.bytes[first..<last]))
        }
        return text
    }

    /// Whether two key records hold the same text.
    func sameText(_ a: Int32, _ b: Int32) -> Bool {
        let x = records[Int(a)]
        let y = records[Int(b)]
        if x.hasEscapes || y.hasEscapes { return textBytes(a) == textBytes(b) }
        let (xFirst, xLast) = x.textBounds(spans)
        let (yFirst, yLast) = y.textBounds(spans)
        let length = xLast - xFirst
        return length == yLast - yFirst && input.bytesEqual(xFirst, yFirst, length)
    }

    /// The error for key record `key`, a duplicate of key record `first`.
    func duplicate(_ key: Int32, first: Int32) -> SyntaxError {
        let text = String(decoding: textBytes(key), as: UTF8.self)
        let keyRange = SourceRange(start: Int(records[Int(key)].start), end: Int(records[Int(key)].end))
        let firstRange = SourceRange(start: Int(records[Int(first)].start), end: Int(records[Int(first)].end))
        return input.duplicate(text, keyRange, first: firstRange)
    }
}
