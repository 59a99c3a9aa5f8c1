import Covenant
import CovenantFormat

/// One contract-month's statement in each of its formats: text, Markdown
/// and HTML laid out from its ``StatementDocument``, JSON and CSV written
/// from the statement's figures (CLI.md's schemas).
public enum StatementReport: Report {
    /// The formats `statement` writes.
    public static let formats: [ReportFormat] = [.text, .md, .json, .csv, .html]

    /// The statement in a format of ``formats``.
    public static func render(_ statement: MonthStatement, format: ReportFormat) -> String {
        switch format {
        case .text: return StatementTextRenderer().render(StatementWriter(statement).document([]))
        case .md: return StatementMarkdownRenderer().render(StatementWriter(statement).document([]))
        case .html: return StatementHTMLRenderer().render(StatementWriter(statement).document(.timeline))
        case .json: return StatementJSON.render(statement)
        case .csv: return StatementCSV.render([statement])
        case .svg, .journal: preconditionFailure("a statement has no \(format) form")
        }
    }
}
