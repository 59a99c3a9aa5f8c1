import Covenant

/// A budget plan in each of its formats (STAFFING.md).
public enum BudgetReport: Report {
    /// The formats `budget` writes.
    public static let formats: [ReportFormat] = [.text, .md, .csv, .json, .svg, .html]

    /// The plan in a format; every format is deterministic text.
    public static func render(_ plan: BudgetPlan, format: ReportFormat) -> String {
        switch format {
        case .text: return BudgetTextRenderer.render(plan)
        case .md: return BudgetMarkdownRenderer.render(plan)
        case .csv: return BudgetCSVRenderer.render(plan)
        case .json: return BudgetJSONRenderer.render(plan)
        case .svg: return BudgetSVGRenderer.render(plan)
        case .html: return BudgetHTMLRenderer.render(plan)
        case .journal: preconditionFailure("a budget plan has no \(format) form")
        }
    }
}
