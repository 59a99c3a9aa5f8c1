/// Renders an appendix as plain text, wrapped at 78 columns.
public struct AppendixTextRenderer: Sendable {
    /// The line width.
    public var width: Int

    /// A renderer for lines of at most `width` characters (tables may need more
    /// only when a single word is wider).
    public init(width: Int = 78) {
        self.width = width
    }

    /// The document as text, ending with a line break.
    public func render(_ document: AppendixDocument) -> String {
        var lines: [String] = []
        let heading = Escape.plain(document.heading).uppercased()
        lines += [heading, String(repeating: "=", count: heading.count), ""]
        lines += TextLayout.wrap(Escape.plain(document.subtitle) + ".", width: width)
        lines.append("")
        let labelWidth = (document.facts.map { $0.label.count }.max() ?? 0) + 2
        for fact in document.facts {
            let label = Escape.plain(fact.label) + ":"
            let pad = String(repeating: " ", count: labelWidth - label.count)
            lines += TextLayout.wrap(
                Escape.plain(fact.value), width: width, first: "  " + label + pad,
                rest: String(repeating: " ", count: labelWidth + 2))
        }
        for (index, clause) in document.clauses.enumerated() {
            let title = "\(document.number(ofClauseAt: index)) \(Escape.plain(clause.title))"
            lines += ["", "", title, String(repeating: "-", count: title.count)]
            lines += clause.lines(render)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ block: AppendixBlock) -> [String] {
        switch block {
        case .paragraph(let spans):
            return TextLayout.wrap(Escape.plain(spans.plain), width: width)
        case .list(let items):
            return items.flatMap { TextLayout.wrap(Escape.plain($0.plain), width: width, first: "  - ", rest: "    ") }
        case .table(let table):
            return TextLayout.table(
                header: table.header.map(Escape.plain), rows: table.rows.map { $0.map(Escape.plain) },
                footer: table.footer.map { $0.map(Escape.plain) }, rightAligned: table.numericColumns, width: width,
                indent: "  ")
        }
    }
}
