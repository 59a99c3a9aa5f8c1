/// Records of a CSV file split straight from their bytes when they are
/// plain: no quotes, no empty lines, line breaks LF or CRLF (no other
/// carriage return), valid UTF-8 and the header's number of fields in each.
/// Such records read the same as ``CSVReader`` reads them, without a
/// `String` per field; a reader of a large file takes this path and falls
/// back to ``CSVReader`` for anything else, so every diagnostic stays as
/// ``CSVReader`` gives it.
public enum PlainCSVRecords {
    /// Calls `body` for each record of `bytes` (whole records, after the
    /// header) with the offset where it starts and its field boundaries:
    /// field `i` is the bytes `bounds[i] ..< bounds[i + 1] - 1`, so `bounds`
    /// holds `fieldCount + 1` offsets (the last one after the record's LF,
    /// or its CR for a CRLF). Returns `false`, at the first record that is
    /// not plain or at once when the bytes are not valid UTF-8; the records
    /// already given are then to be read again by ``CSVReader``.
    public static func forEach(
        in bytes: UnsafeBufferPointer<UInt8>, fieldCount: Int,
        _ body: (_ start: Int, _ bounds: UnsafeBufferPointer<Int>) -> Void
    ) -> Bool {
        guard fieldCount > 0, UTF8Check.firstInvalidByte(bytes) == nil else { return false }
        let count = bytes.count
        var bounds = [Int](repeating: 0, count: fieldCount + 1)
        return bounds.withUnsafeMutableBufferPointer { bounds in
            var i = 0
            while i < count {
                let start = i
                var field = 0
                bounds[0] = i
                while true {
                    var byte = i < count ? bytes[i] : 0x0A
                    if byte == 0x0D {
                        // A CR ends a record only before an LF; read alone it is CSVReader's error.
                        guard i + 1 < count, bytes[i + 1] == 0x0A else { return false }
                        byte = 0x0A
                    }
                    if byte == 0x2C || byte == 0x0A {
                        field &+= 1
                        guard field <= fieldCount else { return false }
                        bounds[field] = i &+ 1
                        // Past the separator, or the whole line break.
                        i &+= byte == 0x0A && i < count && bytes[i] == 0x0D ? 2 : 1
                        if byte == 0x0A { break }
                    } else {
                        if byte == 0x22 { return false }
                        i &+= 1
                    }
                }
                // An empty line is a record of one empty field, or the end of the file to CSVReader: not plain.
                guard field == fieldCount, bounds[fieldCount] &- 1 > start else { return false }
                body(start, UnsafeBufferPointer(bounds))
            }
            return true
        }
    }
}
