import Covenant

/// Renders a budget plan as one self-contained HTML page: the notes, every
/// table and the chart inline. No scripts and no external resources; all
/// text from files is escaped.
public enum BudgetHTMLRenderer {
    /// The page, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        let title = escape(BudgetTables.title(plan))
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(title)</title>",
            "<style>",
            style,
            "</style>",
            "</head>",
            "<body>",
            "<h1>\(title)</h1>",
        ]
        out += BudgetTables.notes(plan).map { "<p class=\"note\">\(escape($0))</p>" }
        out.append("<figure>")
        out.append(BudgetSVGRenderer.element(plan).dropLast().description)
        out.append("</figure>")
        for table in BudgetTables.tables(plan) {
            out.append("<h2>\(escape(table.title))</h2>")
            out += rows(table)
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    static let style = """
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
        h1 { font-size: 1.5rem; }
        h2 { font-size: 1.15rem; margin-top: 2rem; }
        p.note { margin: 0.25rem 0; color: #444444; }
        figure { margin: 1.5rem 0; }
        figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; font-size: 0.85rem; }
        th, td { border: 1px solid #cccccc; padding: 0.2rem 0.45rem; }
        th { background: #f2f2f2; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr.watch td.status { background: #fff3cd; }
        tr.red td.status { background: #f8d7da; }
        @media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
        """

    static func rows(_ table: BudgetTables.Table) -> [String] {
        let statusColumn = table.columns.firstIndex { $0.title == "Status" }
        var out = ["<table>", "<thead>", "<tr>"]
        for column in table.columns {
            out.append(
                column.numeric
                    ? "<th class=\"number\">\(escape(column.title))</th>" : "<th>\(escape(column.title))</th>")
        }
        out += ["</tr>", "</thead>", "<tbody>"]
        for row in table.rows {
            let status = statusColumn.map { row[$0] }
            out.append(status.map { "<tr class=\"\(escape($0))\">" } ?? "<tr>")
            for (index, cell) in row.enumerated() {
                var classes: [String] = []
                if table.columns[index].numeric { classes.append("number") }
                if index == statusColumn { classes.append("status") }
                let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                out.append("<td\(attribute)>\(escape(cell))</td>")
            }
            out.append("</tr>")
        }
        out += ["</tbody>", "</table>"]
        return out
    }

    /// Text for HTML: markup characters escaped, control characters dropped.
    static func escape(_ text: String) -> String { BudgetSVGRenderer.escape(text) }
}
