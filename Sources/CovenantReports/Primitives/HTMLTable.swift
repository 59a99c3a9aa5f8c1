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

    /// The table's HTML, ending with a line break. Written into bytes:
    /// tables hold most of a page's cells.
    public func render() -> String {
        let line = layout == .elementPerLine
        var html: [UInt8] = []
        html.reserveCapacity(128 + (rows.count + 2) * max(header.count, 1) * 24)
        html.add("<table")
        html.add(Self.classAttribute(cssClass.map { [$0] } ?? []))
        html.add(">\n")
        let classes = CellClasses(self)
        if !header.isEmpty {
            html.add(line ? "<thead>\n<tr>\n" : "<thead><tr>")
            cells(header, body: false, classes, into: &html)
            html.add(line ? "</tr>\n</thead>\n" : "</tr></thead>\n")
        }
        html.add("<tbody>\n")
        for (index, row) in rows.enumerated() {
            html.add("<tr")
            if index < rowClasses.count, let rowClass = rowClasses[index] { html.add(Self.classAttribute([rowClass])) }
            html.add(line ? ">\n" : ">")
            cells(row, body: true, classes, into: &html)
            html.add("</tr>\n")
        }
        html.add("</tbody>\n")
        if let footer {
            html.add(line ? "<tfoot>\n<tr>\n" : "<tfoot><tr>")
            cells(footer, body: true, classes, into: &html)
            html.add(line ? "</tr>\n</tfoot>\n" : "</tr></tfoot>\n")
        }
        html.add("</table>\n")
        return String(decoding: html, as: UTF8.self)
    }

    /// Each column's opening tags (`<td class="num">`), escaped once per
    /// table, and the closing tags.
    private struct CellClasses {
        var header: [String]
        var body: [String]
        var closeHeader: String
        var closeBody: String

        init(_ table: HTMLTable) {
            let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0, table.footer?.count ?? 0)
            header = (0..<columns).map { "<th" + Self.attribute(table, column: $0, body: false) + ">" }
            body = (0..<columns).map { "<td" + Self.attribute(table, column: $0, body: true) + ">" }
            let line = table.layout == .elementPerLine ? "\n" : ""
            closeHeader = "</th>" + line
            closeBody = "</td>" + line
        }

        private static func attribute(_ table: HTMLTable, column: Int, body: Bool) -> String {
            let numeric = table.numericColumns.contains(column)
            let extra = body ? table.columnClasses[column] : nil
            guard numeric || extra != nil else { return "" }
            var text = " class=\""
            if numeric { text += Escape.html(table.numericClass) }
            if let extra {
                if numeric { text += " " }
                text += Escape.html(extra)
            }
            return text + "\""
        }
    }

    /// Appends a row's cells.
    private func cells(_ values: [String], body: Bool, _ classes: CellClasses, into html: inout [UInt8]) {
        let opening = body ? classes.body : classes.header
        let closing = body ? classes.closeBody : classes.closeHeader
        for column in values.indices {
            html.add(opening[column])
            html.add(Escape.html(values[column]))
            html.add(closing)
        }
    }

    /// ` class="a b"`, or nothing without classes.
    private static func classAttribute(_ classes: [String]) -> String {
        classes.isEmpty ? "" : " class=\"\(Escape.html(classes.joined(separator: " ")))\""
    }
}
