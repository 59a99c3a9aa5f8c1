/// Reads RFC 4180 CSV: a header row, then records of as many fields.
///
/// Fields are separated by `,` and records by CRLF or LF; a field that starts
/// with `"` may hold commas, line breaks and `""` (a quote). A UTF-8 byte
/// order mark at the start and line breaks at the end of the file are
/// ignored. Bytes are scanned once, with the line number kept as it goes.
///
/// A file that cannot be split into records (a quote never closed, say), or
/// has no usable header, is an error. A record with the wrong number of fields
/// is still a record: it is left out of the rows and reported in
/// ``CSVTable/badRecords`` (``CSVTable/rowErrors`` as errors), so a reader
/// can skip it like any other bad row.
public enum CSVReader {
    /// Reads a CSV file into its header and rows.
    public static func read(_ file: SourceFile) throws(CSVError) -> CSVTable {
        let (header, rows, badRecords) = try file.bytes.withUnsafeBufferPointer {
            (buffer) throws(CSVError) -> ([String], [CSVRow], [CSVRow]) in
            var scanner = Scanner(file: file, bytes: buffer)
            return try scanner.records()
        }
        var table = CSVTable(header: header, rows: rows, file: file)
        table.badRecords = badRecords
        return table
    }

    /// The reader's state while it walks one file.
    private struct Scanner {
        let file: SourceFile
        let bytes: UnsafeBufferPointer<UInt8>
        let count: Int
        var i = 0
        var line = 1
        /// Where the line breaks that end the file start: records stop there.
        var trailingBreaks = 0

        init(file: SourceFile, bytes: UnsafeBufferPointer<UInt8>) {
            self.file = file
            self.bytes = bytes
            self.count = bytes.count
        }

        func location(_ offset: Int) -> SourceLocation {
            SourceLocation(file: file, range: SourceRange(start: offset, end: min(offset + 1, count)))
        }

        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        mutating func records() throws(CSVError) -> ([String], [CSVRow], [CSVRow]) {
            if let bad = UTF8Check.firstInvalidByte(bytes) {
                throw .invalidUTF8(location(bad), byte: bytes[bad])
            }
            trailingBreaks = count
            while trailingBreaks > 0 && (bytes[trailingBreaks - 1] == 0x0A || bytes[trailingBreaks - 1] == 0x0D) {
                trailingBreaks &-= 1
            }
            if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
            if i >= trailingBreaks { throw .missingHeader(location(i)) }
            let headerStart = i
            var header: [String] = []
            var starts: [Int] = []
            try record(into: &header, starts: &starts)
            // An empty first line, or one of commas only (a spreadsheet's empty first row).
            if header.allSatisfy(\.isEmpty) { throw .missingHeader(location(headerStart)) }
            // Columns without a name are allowed (and ignored by readers): only names must be unique.
            var seen = Set<String>()
            for (index, name) in header.enumerated() where !name.isEmpty && !seen.insert(name).inserted {
                throw .duplicateColumn(location(starts[index]), name: name)
            }
            var rows: [CSVRow] = []
            var badRecords: [CSVRow] = []
            var fields: [String] = []
            while i < trailingBreaks {
                let start = i
                let startLine = line
                fields.removeAll(keepingCapacity: true)
                starts.removeAll(keepingCapacity: true)
                try record(into: &fields, starts: &starts)
                let read = CSVRow(line: startLine, fields: fields, offset: start)
                if fields.count == header.count { rows.append(read) } else { badRecords.append(read) }
            }
            return (header, rows, badRecords)
        }

        /// Reads one record's fields and where each starts, leaving `i` after its line break (or at the end).
        mutating func record(into fields: inout [String], starts: inout [Int]) throws(CSVError) {
            while true {
                starts.append(i)
                if i < count && bytes[i] == 0x22 {
                    fields.append(try quotedField())
                } else {
                    let start = i
                    while i < count {
                        let b = bytes[i]
                        if b == 0x2C || b == 0x0A || b == 0x0D { break }
                        if b == 0x22 { throw .quoteInUnquotedField(location(i)) }
                        i &+= 1
                    }
                    fields.append(text(start, i))
                }
                if i >= count { return }
                switch bytes[i] {
                case 0x2C:
                    i &+= 1
                case 0x0A:
                    i &+= 1
                    line &+= 1
                    return
                case 0x0D:
                    guard i + 1 < count, bytes[i + 1] == 0x0A else { throw .bareCarriageReturn(location(i)) }
                    i &+= 2
                    line &+= 1
                    return
                default:
                    throw .textAfterClosingQuote(location(i))
                }
            }
        }

        /// Reads a field starting with `"` at `i`; leaves `i` after its closing quote.
        mutating func quotedField() throws(CSVError) -> String {
            let open = i
            i &+= 1
            let start = i
            var doubled = false
            while true {
                while i < count && bytes[i] != 0x22 {
                    if bytes[i] == 0x0A { line &+= 1 }
                    i &+= 1
                }
                guard i < count else { throw .unclosedQuote(location(open)) }
                if i + 1 < count && bytes[i + 1] == 0x22 {
                    doubled = true
                    i &+= 2
                    continue
                }
                break
            }
            let end = i
            i &+= 1
            if !doubled { return text(start, end) }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var j = start
            while j < end {
                out.append(bytes[j])
                j &+= bytes[j] == 0x22 ? 2 : 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
