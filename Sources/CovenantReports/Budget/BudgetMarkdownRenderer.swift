import Covenant

/// Renders a budget plan as Markdown: a heading, notes and pipe tables.
public enum BudgetMarkdownRenderer {
    /// The plan as Markdown, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        var lines = ["# " + escape(BudgetTables.title(plan)), ""]
        lines += BudgetTables.notes(plan).map(escape)
        for table in BudgetTables.tables(plan) {
            lines += ["", "## " + escape(table.title), ""]
            lines.append("| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |")
            lines.append("|" + table.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined())
            for row in table.rows {
                lines.append("| " + row.map(escape).joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text from files for a Markdown table cell, through the shared escaping.
    static func escape(_ text: String) -> String { Escape.markdown(BudgetFigures.oneLine(text)) }
}
