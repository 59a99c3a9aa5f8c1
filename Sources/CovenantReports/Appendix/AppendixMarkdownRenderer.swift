/// Renders an appendix as Markdown (CommonMark with GitHub tables). Every
/// string is escaped, so text from files cannot add markup.
public struct AppendixMarkdownRenderer: Sendable {
    /// A Markdown renderer.
    public init() {}

    /// The document as Markdown, ending with a line break.
    public func render(_ document: AppendixDocument) -> String {
        var lines: [String] = [
            "# \(document.section). \(Escape.markdown(document.title))", "", "*\(Escape.markdown(document.subtitle))*",
            "",
        ]
        for fact in document.facts {
            lines.append("- **\(Escape.markdown(fact.label)):** \(Escape.markdown(fact.value))")
        }
        for (index, clause) in document.clauses.enumerated() {
            lines += ["", "## \(document.number(ofClauseAt: index)) \(Escape.markdown(clause.title))"]
            lines += clause.lines(render)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ block: AppendixBlock) -> [String] {
        switch block {
        case .paragraph(let spans):
            return [inline(spans)]
        case .list(let items):
            return items.map { "- " + inline($0) }
        case .table(let table):
            return MarkdownTable(
                header: table.header.map(Escape.markdownCell), rows: table.rows.map { $0.map(Escape.markdownCell) },
                footer: table.footer.map { $0.map(Escape.markdownCell) }, numericColumns: table.numericColumns
            ).lines
        }
    }

    private func inline(_ spans: [AppendixSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): return Escape.markdown(text)
            case .strong(let text): return "**\(Escape.markdown(text))**"
            }
        }.joined()
    }
}
