/// A table written as HTML, every cell escaped: a header row, body rows and
/// an optional footer row; figure columns align right.
public struct HTMLTable: Sendable {
    /// Column headings; none for a table of labelled figures.
    public var header: [String]
    /// Body rows, one cell per column.
    public var rows: [[String]]
    /// A closing row (a total), or `nil`.
    public var footer: [String]?
    /// Columns holding figures.
    public var numericColumns: Set<Int>
    /// A CSS class for the `<table>`, or `nil`.
    public var cssClass: String?

    /// Creates a table.
    public init(
        header: [String], rows: [[String]], footer: [String]? = nil, numericColumns: Set<Int> = [], cssClass: String? = nil
    ) {
        self.header = header
        self.rows = rows
        self.footer = footer
        self.numericColumns = numericColumns
        self.cssClass = cssClass
    }

    /// The table's HTML, ending with a line break.
    public func render() -> String {
        func cells(_ values: [String], tag: String) -> String {
            values.indices.map { column in
                let numeric = numericColumns.contains(column) ? " class=\"num\"" : ""
                return "<\(tag)\(numeric)>\(Escape.html(values[column]))</\(tag)>"
            }.joined()
        }
        var html = "<table\(cssClass.map { " class=\"\(Escape.html($0))\"" } ?? "")>\n"
        if !header.isEmpty { html += "<thead><tr>\(cells(header, tag: "th"))</tr></thead>\n" }
        html += "<tbody>\n"
        for row in rows { html += "<tr>\(cells(row, tag: "td"))</tr>\n" }
        html += "</tbody>\n"
        if let footer { html += "<tfoot><tr>\(cells(footer, tag: "td"))</tr></tfoot>\n" }
        return html + "</table>\n"
    }
}
