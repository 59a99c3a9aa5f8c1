import Covenant

/// Renders a budget plan as Markdown: a heading, notes and pipe tables.
public enum BudgetMarkdownRenderer {
    /// The plan as Markdown, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        var lines = ["# " + escape(BudgetTables.title(plan)), ""]
        lines += BudgetTables.notes(plan).map(escape)
        for table in BudgetTables.tables(plan) {
            lines += ["", "## " + escape(table.title), ""]
            lines += MarkdownTable(
                header: table.columns.map { escape($0.title) }, rows: table.rows.map { $0.map(escape) },
                numericColumns: table.numericColumns
            ).lines
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text from files for a Markdown table cell, through the shared escaping.
    static func escape(_ text: String) -> String { Escape.markdown(BudgetFigures.oneLine(text)) }
}
