/// A stand-in for the `parser` branch's CSV reader, with the same API, so
/// that the support code builds and is tested before that branch lands.
/// Removed when `parser` is merged.
public enum CSVReader {
    /// Reads a whole RFC 4180 file: a header row, then data rows.
    public static func read(_ file: SourceFile) throws(CSVError) -> CSVTable {
        let bytes = file.bytes
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var records: [CSVRow] = []
        while index < bytes.count {
            let start = index
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var quoted = false
            var endOfRecord = false
            while index < bytes.count && !endOfRecord {
                let byte = bytes[index]
                if quoted {
                    if byte == 0x22 {
                        if index + 1 < bytes.count && bytes[index + 1] == 0x22 {
                            field.append(0x22)
                            index += 1
                        } else {
                            quoted = false
                        }
                    } else {
                        if byte == 0x0A { line += 1 }
                        field.append(byte)
                    }
                } else if byte == 0x22 && field.isEmpty {
                    quoted = true
                } else if byte == 0x2C {
                    fields.append(String(decoding: field, as: UTF8.self))
                    field = []
                } else if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                    line += 1
                    endOfRecord = true
                } else {
                    field.append(byte)
                }
                index += 1
            }
            if quoted {
                throw CSVError(diagnostic: .error("unclosed quote", in: file, .at(start)))
            }
            fields.append(String(decoding: field, as: UTF8.self))
            if fields == [""] { continue }
            records.append(CSVRow(line: startLine, fields: fields, offset: start))
        }
        guard let header = records.first else {
            throw CSVError(diagnostic: .error("a CSV file needs a header row", in: file, .at(0)))
        }
        let rows = Array(records.dropFirst())
        for row in rows where row.fields.count != header.fields.count {
            throw CSVError(diagnostic: .error(
                "expected \(header.fields.count) fields, found \(row.fields.count)", in: file, .at(row.offset)))
        }
        return CSVTable(header: header.fields, rows: rows)
    }
}

/// A CSV file read whole: the header and the data rows.
public struct CSVTable: Sendable {
    /// The header's fields.
    public var header: [String]
    /// The data rows, in file order.
    public var rows: [CSVRow]

    /// The index of a column by its header name.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}

/// One data row: its fields, its first line and its byte offset.
public struct CSVRow: Sendable {
    /// The 1-based line the row starts on.
    public var line: Int
    /// The decoded fields.
    public var fields: [String]
    /// The byte offset where the row starts.
    public var offset: Int
}

/// Why a CSV file cannot be read.
public struct CSVError: Error, Sendable {
    /// The located diagnostic.
    public var diagnostic: Diagnostic
}
