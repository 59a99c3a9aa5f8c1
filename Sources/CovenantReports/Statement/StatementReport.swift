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
        var renderer = Renderer(statement, formats: [format])
        return renderer.render(format)
    }

    /// One statement rendered in several formats: the document that text,
    /// Markdown and HTML share is written once, on first use.
    public struct Renderer: Sendable {
        /// The statement rendered.
        public let statement: MonthStatement
        private let parts: StatementDocument.Parts
        private var document: StatementDocument?

        /// A renderer of a statement in some of ``StatementReport/formats``.
        public init(_ statement: MonthStatement, formats: [ReportFormat]) {
            self.statement = statement
            parts = formats.contains(.html) ? .timeline : []
        }

        /// The statement in a format of ``StatementReport/formats``.
        public mutating func render(_ format: ReportFormat) -> String {
            switch format {
            case .text: return StatementTextRenderer().render(shared())
            case .md: return StatementMarkdownRenderer().render(shared())
            case .html: return StatementHTMLRenderer().render(shared())
            case .json: return StatementJSON.render(statement)
            case .csv: return StatementCSV.render([statement])
            case .svg, .journal: preconditionFailure("a statement has no \(format) form")
            }
        }

        /// The document, with the timeline when HTML is among the formats (only HTML draws it).
        private mutating func shared() -> StatementDocument {
            if let document { return document }
            let made = StatementWriter(statement).document(parts)
            document = made
            return made
        }
    }
}
