import Covenant

/// Every step behind one contract's month (`covenant explain`), as text.
public enum ExplanationReport: Report {
    /// The formats an explanation is written in.
    public static let formats: [ReportFormat] = [.text]

    /// The explanation of a statement.
    public static func render(_ statement: MonthStatement, format: ReportFormat = .text) -> String {
        precondition(format == .text, "an explanation is only text")
        return ExplanationRenderer().render(StatementWriter(statement).document(.steps))
    }
}
