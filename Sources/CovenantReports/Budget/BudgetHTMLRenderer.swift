import Covenant

/// Renders a budget plan as one self-contained HTML page: the notes, every
/// table and the chart inline. No scripts and no external resources; all
/// text from files is escaped.
public enum BudgetHTMLRenderer {
    /// The page, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        let title = BudgetFigures.oneLine(BudgetTables.title(plan))
        var body = "<h1>\(Escape.html(title))</h1>\n"
        body += BudgetTables.notes(plan).map { "<p class=\"note\">\(escape($0))</p>\n" }.joined()
        body += "<figure>\n" + BudgetSVGRenderer.element(plan) + "</figure>\n"
        for table in BudgetTables.tables(plan) {
            body += "<h2>\(escape(table.title))</h2>\n" + self.table(table)
        }
        return HTMLPage(title: title, style: style + "\n", body: body, closesVoidElements: false).render()
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

    /// A table, one element a line, its rows classed by status.
    static func table(_ table: BudgetTables.Table) -> String {
        let statusColumn = table.columns.firstIndex { $0.title == "Status" }
        return HTMLTable(
            header: table.columns.map { BudgetFigures.oneLine($0.title) },
            rows: table.rows.map { $0.map(BudgetFigures.oneLine) },
            numericColumns: table.numericColumns, numericClass: "number",
            rowClasses: table.rows.map { row in statusColumn.map { row[$0] } },
            columnClasses: statusColumn.map { [$0: "status"] } ?? [:], layout: .elementPerLine
        ).render()
    }

    /// Text for HTML: markup characters escaped, control characters dropped.
    static func escape(_ text: String) -> String { BudgetSVGRenderer.escape(text) }
}
