import Covenant

/// Renders a budget plan in any of its formats.
public enum BudgetReport {
    /// The plan in a format; every format is deterministic text.
    public static func render(_ plan: BudgetPlan, as format: ReportFormat) -> String {
        switch format {
        case .text: return BudgetTextRenderer.render(plan)
        case .md: return BudgetMarkdownRenderer.render(plan)
        case .csv: return BudgetCSVRenderer.render(plan)
        case .json: return BudgetJSONRenderer.render(plan)
        case .svg: return BudgetSVGRenderer.render(plan)
        case .html: return BudgetHTMLRenderer.render(plan)
        }
    }
}
