/// A report: a value of the domain rendered in any of its formats, with one
/// signature for every report (statements, summaries, explanations,
/// appendices, budgets, watch lists).
public protocol Report {
    /// What the report is rendered from.
    associatedtype Subject

    /// The formats the report is written in; rendering in another is a
    /// programming error (callers check a requested format against these).
    static var formats: [ReportFormat] { get }

    /// The subject in one of ``formats``: deterministic text, ending with a line break.
    static func render(_ subject: Subject, format: ReportFormat) -> String
}
