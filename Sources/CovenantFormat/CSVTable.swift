/// A CSV file read by ``CSVReader``: its header row and its records.
public struct CSVTable: Sendable {
    /// The column names, from the first record.
    public var header: [String]
    /// The records after the header, each with as many fields as the header.
    public var rows: [CSVRow]
    /// The records with too few or too many fields, left out of ``rows``, in file order.
    /// A reader reports each as a bad row (skipped with `--lenient`).
    public var rowErrors: [CSVError] = []
    /// The fields of those records, one per ``rowErrors`` entry in the same
    /// order: a reader may still tell whose row it was (its ticket, its contract).
    public var badRecords: [CSVRow] = []
    /// The file the table came from.
    public var file: SourceFile

    /// Creates a table.
    public init(header: [String], rows: [CSVRow], file: SourceFile) {
        self.header = header
        self.rows = rows
        self.file = file
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
