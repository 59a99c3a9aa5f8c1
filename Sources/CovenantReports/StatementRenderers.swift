import Covenant

/// Dispatches statement and summary rendering by format.
public enum StatementRenderers {
    /// The formats `statement` writes.
    public static let supported: [ReportFormat] = [.text, .md, .json, .csv, .html]

    /// One statement in a format.
    public static func render(_ statement: MonthStatement, format: ReportFormat) -> String {
        switch format {
        case .md: return StatementMarkdown.render(statement)
        case .json: return StatementJSON.render(statement)
        case .csv: return StatementCSV.render([statement])
        case .html: return StatementHTMLRenderer().render(statement, support: StatementSupportView(statement.support))
        default: return StatementText.render(statement)
        }
    }

    /// The portfolio summary in a format.
    public static func render(_ portfolio: Portfolio, format: ReportFormat) -> String {
        switch format {
        case .md: return StatementMarkdown.render(portfolio)
        case .json: return StatementJSON.render(portfolio)
        case .csv: return StatementCSV.render(portfolio.statements)
        case .html: return PortfolioHTMLRenderer().render(portfolio)
        default: return StatementText.render(portfolio)
        }
    }
}
