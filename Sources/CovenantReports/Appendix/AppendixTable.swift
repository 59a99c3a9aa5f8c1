/// A table of a clause: a header row, body rows and an optional total row.
public struct AppendixTable: Sendable, Hashable {
    /// Column headings.
    public var header: [String]
    /// Body rows, each with one cell per column.
    public var rows: [[String]]
    /// A closing row (a total), or `nil`.
    public var footer: [String]?
    /// The indexes of columns holding figures, aligned right.
    public var numericColumns: Set<Int>

    /// Creates a table; every row must have one cell per column.
    public init(header: [String], rows: [[String]], footer: [String]? = nil, numericColumns: Set<Int> = []) {
        precondition(rows.allSatisfy { $0.count == header.count }, "a table row needs one cell per column")
        precondition(footer.map { $0.count == header.count } ?? true, "a table footer needs one cell per column")
        self.header = header
        self.rows = rows
        self.footer = footer
        self.numericColumns = numericColumns
    }
}
