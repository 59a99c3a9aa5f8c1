import Covenant
import CovenantFormat

/// The credit ledger as plain text: a table per contract and the totals per
/// currency, every line through ``TextBlock``.
public struct LedgerTextRenderer: Sendable {
    /// A text renderer.
    public init() {}

    /// The document as text, ending with a line break.
    public func render(_ document: LedgerDocument) -> String {
        var out = TextBlock()
        out.line("\(document.title.uppercased()) \(document.range)")
        out.line(document.summary)
        for table in document.contracts + document.totals {
            out.line("")
            out.line(table.title + (table.subtitle.isEmpty ? "" : "  (\(table.subtitle))"))
            out.table([table.header.map { $0.lowercased() }] + table.rows, rightAligned: table.numericColumns)
        }
        out.line("")
        for note in document.notes {
            for line in TextLayout.wrap(note, width: 100) { out.line(line) }
        }
        return out.text
    }
}
