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
            html += "<section id=\"\(Escape.html(id))\">\n"
            html += "<h2><span class=\"number\">\(Escape.html(number))</span> \(Escape.html(clause.title))</h2>\n"
            for block in clause.blocks { html += render(block) }
            html += "</section>\n"
        }
        html += "</main>\n"
        let title = "\(document.heading): \(document.facts.first?.value ?? "")"
        return HTMLPage(title: title, body: html).render()
    }

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
