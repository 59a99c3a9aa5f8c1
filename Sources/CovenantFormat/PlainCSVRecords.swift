/// Records of a CSV file split straight from their bytes when they are
/// plain: valid UTF-8, the header's number of fields in each, no empty line,
/// LF or CRLF line ends (no other carriage return outside quotes), and quoted
/// fields only without a doubled quote (`""`), which would need unescaping.
/// Such records read the same as ``CSVReader`` reads them, without a `String`
/// per field; a reader of a large file takes this path and falls back to
/// ``CSVReader`` for anything else, so every diagnostic stays as
/// ``CSVReader`` gives it.
public enum PlainCSVRecords {
    /// Calls `body` for each record of `bytes` (whole records, after the
    /// header) with the offset where it starts and the byte range of each of
    /// its `fieldCount` fields (a quoted field's without its quotes). Returns
    /// `false`, at the first record that is not plain or at once when the
    /// bytes are not valid UTF-8; the records already given are then to be
    /// read again by ``CSVReader``.
    public static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, fieldCount: Int,
        _ body: (_ start: Int, _ fields: UnsafeBufferPointer<Range<Int>>) -> Void
    ) -> Bool {
        guard fieldCount > 0, UTF8Check.firstInvalidByte(bytes) == nil else { return false }
        let count = bytes.count
        var fields = [Range<Int>](repeating: 0..<0, count: fieldCount)
        return fields.withUnsafeMutableBufferPointer { fields in
            var i = 0
            while i < count {
                let start = i
                var field = 0
                var contentEnd = start
                while true {
                    guard field < fieldCount else { return false }
                    let fieldStart: Int
                    let fieldEnd: Int
                    if i < count && bytes[i] == 0x22 {
                        fieldStart = i + 1
                        var close = fieldStart
                        while close < count && bytes[close] != 0x22 { close += 1 }
                        // Unclosed, or a doubled quote: the reader's error or unescaping.
                        guard close < count, close + 1 >= count || bytes[close + 1] != 0x22 else { return false }
                        fieldEnd = close
                        i = close + 1
                    } else {
                        fieldStart = i
                        while i < count {
                            let byte = bytes[i]
                            if byte == 0x2C || byte == 0x0A || byte == 0x0D { break }
                            if byte == 0x22 { return false }
                            i += 1
                        }
                        fieldEnd = i
                    }
                    fields[field] = fieldStart..<fieldEnd
                    field += 1
                    if i >= count {
                        contentEnd = count
                        break
                    }
                    let byte = bytes[i]
                    if byte == 0x2C {
                        i += 1
                        continue
                    }
                    // A CR ends a record only before an LF; anything else after a closing quote is the reader's error.
                    guard byte == 0x0A || (byte == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A) else { return false }
                    contentEnd = i
                    i += byte == 0x0A ? 1 : 2
                    break
                }
                // An empty line is a record of one empty field, or the end of the file to CSVReader: not plain.
                guard field == fieldCount, contentEnd > start else { return false }
                body(start, UnsafeBufferPointer(fields))
            }
            return true
        }
    }
}
