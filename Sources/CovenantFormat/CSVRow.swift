/// One record of a CSV file.
public struct CSVRow: Sendable, Hashable {
    /// The 1-based line where the record starts.
    public var line: Int
    /// The fields, decoded (quotes removed, `""` read as `"`), one per header column.
    public var fields: [String]
    /// The byte offset where the record starts.
    public var offset: Int

    /// Creates a row.
    public init(line: Int, fields: [String], offset: Int) {
        self.line = line
        self.fields = fields
        self.offset = offset
    }
}
