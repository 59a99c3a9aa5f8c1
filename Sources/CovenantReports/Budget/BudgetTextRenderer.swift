import Covenant

/// Renders a budget plan as plain-text tables with aligned columns.
public enum BudgetTextRenderer {
    /// The plan as text, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        var lines = [text(BudgetTables.title(plan))]
        lines += BudgetTables.notes(plan).map(text)
        for table in BudgetTables.tables(plan) {
            lines.append("")
            lines.append(text(table.title))
            lines += TextLayout.table(
                header: table.columns.map { text($0.title) }, rows: table.rows.map { $0.map(text) },
                rightAligned: table.numericColumns)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text from files on one line, through the shared escaping.
    static func text(_ text: String) -> String { Escape.plain(BudgetFigures.oneLine(text)) }
}
