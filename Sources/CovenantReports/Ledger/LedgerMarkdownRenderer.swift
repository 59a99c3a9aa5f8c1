import Covenant
import CovenantFormat

/// The credit ledger as Markdown: a section and table per contract, then the
/// totals per currency; text from files through ``Escape/markdown(_:)``.
public struct LedgerMarkdownRenderer: Sendable {
    /// A Markdown renderer.
    public init() {}

    /// The document as Markdown, ending with one line break.
    public func render(_ document: LedgerDocument) -> String {
        var out = "# \(Escape.markdown(document.title)) \(document.range)\n\n\(Escape.markdown(document.summary))\n"
        for table in document.contracts + document.totals {
            out += "\n## \(Escape.markdown(table.title))\n\n"
            if !table.subtitle.isEmpty { out += "\(Escape.markdown(table.subtitle))\n\n" }
            out += MarkdownTable(
                header: table.header.map(Escape.markdownCell),
                rows: table.rows.map { $0.map(Escape.markdownCell) }, numericColumns: table.numericColumns,
                rule: .compact
            ).text
        }
        out += "\n" + document.notes.map { "\(Escape.markdown($0))\n" }.joined(separator: "\n")
        return out
    }
}
