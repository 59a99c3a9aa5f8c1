import Covenant
import CovenantReports

/// The one place `statement` calls the renderers: each statement in a
/// format, the month's summary, everything in one stream for `--out -`, and
/// the JSON value that the record guard takes its figures from.
enum StatementOutputs {
    /// The formats a statement is written in.
    static let formats: [ReportFormat] = StatementReport.formats

    /// The statement's figures (the values of its JSON form).
    static func figures(_ statement: MonthStatement) -> StatementFigures { StatementFigures(statement) }

    /// One statement in a format.
    static func render(_ statement: MonthStatement, format: ReportFormat) -> String {
        StatementReport.render(statement, format: format)
    }

    /// One statement in several formats, in order, what they share made once.
    static func render(_ statement: MonthStatement, formats: [ReportFormat]) -> [String] {
        var renderer = StatementReport.Renderer(statement, formats: formats)
        return formats.map { renderer.render($0) }
    }

    /// The month's summary in a format.
    static func renderSummary(_ portfolio: Portfolio, format: ReportFormat) -> String {
        PortfolioReport.render(portfolio, format: format)
    }

    /// Everything in one stream, for `--out -`.
    static func renderAll(_ portfolio: Portfolio, format: ReportFormat) -> String {
        switch format {
        case .json:
            var text = JSONText(capacity: portfolio.statements.count * 12_000)
            text.array { array in
                for statement in portfolio.statements { StatementJSON.write(statement, to: &array) }
            }
            return text.text
        case .csv:
            return StatementCSV.render(portfolio.statements)
        default:
            return
                (portfolio.statements.map { render($0, format: format) } + [renderSummary(portfolio, format: format)])
                .joined(separator: "\n")
        }
    }
}
