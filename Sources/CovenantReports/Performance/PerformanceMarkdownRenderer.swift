import Covenant
import CovenantFormat

/// The report over time as Markdown; text from files through ``Escape``.
public struct PerformanceMarkdownRenderer: Sendable {
    /// A Markdown renderer.
    public init() {}

    /// The document as Markdown, ending with one line break.
    public func render(_ document: PerformanceDocument) -> String {
        var out = "# \(Escape.markdown(document.title)) \(document.range)\n\n\(Escape.markdown(document.summary))\n"
        out += "\n## By tier\n"
        for tier in document.tiers { out += table(tier.table) }
        out += "\n## Red flags\n\n"
        out += document.flags.isEmpty ? "None.\n" : document.flags.map { "- \(Escape.markdown($0))\n" }.joined()
        out += "\n## By contract\n"
        for contract in document.contracts { out += table(contract) }
        out += "\n" + document.notes.map { "\(Escape.markdown($0))\n" }.joined(separator: "\n")
        return out
    }

    func table(_ table: PerformanceDocument.Table) -> String {
        "\n### \(Escape.markdown(table.title))\n\n\(Escape.markdown(table.subtitle))\n\n"
            + MarkdownTable(
                header: table.header, rows: table.rows.map { $0.map(Escape.markdownCell) },
                numericColumns: table.numericColumns, rule: .compact
            ).text
    }
}
