/// A table written as HTML, every cell escaped: a header row, body rows and
/// an optional footer row; figure columns align right.
public struct HTMLTable: Sendable {
    /// How the markup is laid out.
    public enum Layout: Sendable {
        /// A row a line: `<tr><td>a</td><td>b</td></tr>`.
        case rowPerLine
        /// An element a line, every `<tr>` and cell on its own.
        case elementPerLine
    }

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
    /// The class of figure cells.
    public var numericClass: String
    /// A class for each body row (`nil` for none); empty for no classes.
    public var rowClasses: [String?]
    /// A class for every body cell of a column.
    public var columnClasses: [Int: String]
    /// The markup's layout.
    public var layout: Layout

    /// Creates a table.
    public init(
        header: [String], rows: [[String]], footer: [String]? = nil, numericColumns: Set<Int> = [],
        cssClass: String? = nil, numericClass: String = "num", rowClasses: [String?] = [],
        columnClasses: [Int: String] = [:], layout: Layout = .rowPerLine
    ) {
        self.header = header
        self.rows = rows
        self.footer = footer
        self.numericColumns = numericColumns
        self.cssClass = cssClass
        self.numericClass = numericClass
        self.rowClasses = rowClasses
        self.columnClasses = columnClasses
        self.layout = layout
    }

    /// The table's HTML, ending with a line break.
    public func render() -> String {
        let line = layout == .elementPerLine ? "\n" : ""
        var html = "<table\(Self.classAttribute(cssClass.map { [$0] } ?? []))>\n"
        if !header.isEmpty {
            html += "<thead>\(line)<tr>\(line)"
            cells(header, tag: "th", body: false, into: &html)
            html += "</tr>\(line)</thead>\n"
        }
        html += "<tbody>\n"
        for (index, row) in rows.enumerated() {
            html += "<tr"
            if index < rowClasses.count, let rowClass = rowClasses[index] { html += Self.classAttribute([rowClass]) }
            html += ">"
            html += line
            cells(row, tag: "td", body: true, into: &html)
            html += "</tr>\n"
        }
        html += "</tbody>\n"
        if let footer {
            html += "<tfoot>\(line)<tr>\(line)"
            cells(footer, tag: "td", body: true, into: &html)
            html += "</tr>\(line)</tfoot>\n"
        }
        return html + "</table>\n"
    }

    /// Appends a row's cells: a table has thousands of them, so each is
    /// written straight into the page.
    private func cells(_ values: [String], tag: String, body: Bool, into html: inout String) {
        for column in values.indices {
            html += "<"
            html += tag
            let numeric = numericColumns.contains(column)
            let extra = body ? columnClasses[column] : nil
            if numeric || extra != nil {
                html += " class=\""
                if numeric { html += Escape.html(numericClass) }
                if let extra {
                    if numeric { html += " " }
                    html += Escape.html(extra)
                }
                html += "\""
            }
            html += ">"
            html += Escape.html(values[column])
            html += "</"
            html += tag
            html += layout == .elementPerLine ? ">\n" : ">"
        }
    }

    /// ` class="a b"`, or nothing without classes.
    private static func classAttribute(_ classes: [String]) -> String {
        classes.isEmpty ? "" : " class=\"\(Escape.html(classes.joined(separator: " ")))\""
    }
}
