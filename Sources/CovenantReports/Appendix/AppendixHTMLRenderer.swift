/// Renders an appendix as one self-contained HTML page (see ``HTMLPage``).
public struct AppendixHTMLRenderer: Sendable {
    /// An HTML renderer.
    public init() {}

    /// The document as a page.
    public func render(_ document: AppendixDocument) -> String {
        var html = "<main class=\"appendix\">\n<header>\n"
        html += "<h1>\(Escape.html(document.heading))</h1>\n"
        html += "<p class=\"subtitle\">\(Escape.html(document.subtitle))</p>\n"
        html += "<dl class=\"facts\">\n"
        for fact in document.facts {
            html += "<dt>\(Escape.html(fact.label))</dt><dd>\(Escape.html(fact.value))</dd>\n"
        }
        html += "</dl>\n</header>\n"
        for (index, clause) in document.clauses.enumerated() {
            let number = document.number(ofClauseAt: index)
            let id = "clause-" + number.replacingOccurrences(of: ".", with: "-")
            // The heading and the clause's first block print together, never
            // a heading alone at the foot of a page.
            html += "<section class=\"clause\" id=\"\(Escape.html(id))\">\n<div class=\"lead\">\n"
            html += "<h2><span class=\"number\">\(Escape.html(number))</span> \(Escape.html(clause.title))</h2>\n"
            html += clause.blocks.first.map(render) ?? ""
            html += "</div>\n"
            for block in clause.blocks.dropFirst() { html += render(block) }
            html += "</section>\n"
        }
        html += "</main>\n"
        let title = "\(document.heading): \(document.facts.first?.value ?? "")"
        return HTMLPage(title: title, style: HTMLPage.baseStyle + Self.printStyle, body: html).render()
    }

    /// Print rules of the appendix on top of ``HTMLPage/baseStyle``: a
    /// clause's heading keeps with its first block, and no paragraph, list
    /// item or table breaks across pages. The page size is the reader's.
    static let printStyle = """
        @media print {
          section.clause > .lead { break-inside: avoid; page-break-inside: avoid; }
          section.clause p, section.clause li, section.clause table { break-inside: avoid; \
        page-break-inside: avoid; }
          section.clause p { orphans: 3; widows: 3; }
        }

        """

    private func render(_ block: AppendixBlock) -> String {
        switch block {
        case .paragraph(let spans):
            return "<p>\(inline(spans))</p>\n"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let table):
            return HTMLTable(
                header: table.header, rows: table.rows, footer: table.footer, numericColumns: table.numericColumns
            ).render()
        }
    }

    private func inline(_ spans: [AppendixSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): return Escape.html(text)
            case .strong(let text): return "<strong>\(Escape.html(text))</strong>"
            }
        }.joined()
    }
}
