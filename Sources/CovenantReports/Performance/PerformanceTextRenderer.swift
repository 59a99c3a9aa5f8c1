import Covenant
import CovenantFormat

/// The report over time as plain text: a table per tier, the red flags, a
/// table per contract, every line through ``TextBlock``.
public struct PerformanceTextRenderer: Sendable {
    /// A text renderer.
    public init() {}

    /// The document as text, ending with a line break.
    public func render(_ document: PerformanceDocument) -> String {
        var out = TextBlock()
        out.line("\(document.title.uppercased()) \(document.range)")
        out.line(document.summary)
        out.line("")
        out.line("BY TIER")
        for tier in document.tiers { table(tier.table, into: &out) }
        out.line("")
        out.line("RED FLAGS")
        if document.flags.isEmpty { out.line("  none") }
        for flag in document.flags { out.line("  - " + flag) }
        out.line("")
        out.line("BY CONTRACT")
        for contract in document.contracts { table(contract, into: &out) }
        out.line("")
        for note in document.notes {
            for line in TextLayout.wrap(note, width: 100) { out.line(line) }
        }
        return out.text
    }

    func table(_ table: PerformanceDocument.Table, into out: inout TextBlock) {
        out.line("")
        out.line(table.title)
        out.line("  " + table.subtitle)
        out.table([table.header.map { $0.lowercased() }] + table.rows, rightAligned: table.numericColumns)
    }
}
