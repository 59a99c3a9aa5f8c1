import Covenant

/// Renders a budget plan as plain-text tables with aligned columns.
public enum BudgetTextRenderer {
    /// The plan as text, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        var lines = [BudgetFigures.oneLine(BudgetTables.title(plan))]
        lines += BudgetTables.notes(plan)
        for table in BudgetTables.tables(plan) {
            lines.append("")
            lines.append(table.title)
            lines += layout(table)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table's heading, a rule and its rows, columns two spaces apart.
    static func layout(_ table: BudgetTables.Table) -> [String] {
        let rows = table.rows.map { $0.map(BudgetFigures.oneLine) }
        var widths = table.columns.map { $0.title.count }
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                if index > 0 { text += "  " }
                text += table.columns[index].numeric ? padding + cell : cell + padding
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return [
            line(table.columns.map(\.title)), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "),
        ]
            + rows.map(line)
    }
}
