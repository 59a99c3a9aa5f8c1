/// A CSV file read by ``CSVReader``: its header row and its records.
public struct CSVTable: Sendable {
    /// The column names, from the first record.
    public var header: [String]
    /// The records after the header, each with as many fields as the header.
    public var rows: [CSVRow]
    /// The records with too few or too many fields, left out of ``rows``, in
    /// file order, with the fields they have: a reader may still tell whose
    /// row each was (its ticket, its contract).
    public var badRecords: [CSVRow] = []
    /// The file the table came from.
    public var file: SourceFile

    /// Creates a table.
    public init(header: [String], rows: [CSVRow], file: SourceFile) {
        self.header = header
        self.rows = rows
        self.file = file
    }

    /// Each of ``badRecords`` as its error, in the same order. A reader
    /// reports each as a bad row (skipped with `--lenient`).
    public var rowErrors: [CSVError] {
        badRecords.map { record in
            let place = location(SourceRange(start: record.offset, end: min(record.offset + 1, file.bytes.count)))
            let found = record.fields.count
            return found < header.count
                ? .tooFewFields(place, expected: header.count, found: found)
                : .tooManyFields(place, expected: header.count, found: found)
        }
    }

    /// The index of the column with this name, or `nil` when there is none.
    public func column(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// A location in this table's file.
    public func location(_ range: SourceRange) -> SourceLocation {
        SourceLocation(file: file, range: range)
    }
}
