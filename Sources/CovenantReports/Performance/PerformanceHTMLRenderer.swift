import Covenant
import CovenantFormat

/// The report over time as one self-contained HTML page: per tier a small
/// inline SVG chart and its table, the red flags, a table per contract.
/// Inline CSS with print rules; no scripts, no external resources. Every
/// text passes through ``Escape/html(_:)``.
public struct PerformanceHTMLRenderer: Sendable {
    /// An HTML renderer.
    public init() {}

    /// The page of a document.
    public func render(_ document: PerformanceDocument) -> String {
        var body = "<main class=\"report\">\n<header>\n<p class=\"kicker\">\(Escape.html(document.title))</p>\n"
        body += "<h1>\(Escape.html(document.range))</h1>\n<p class=\"subtitle\">\(Escape.html(document.summary))</p>\n"
        body += "</header>\n<section>\n<h2>By tier</h2>\n"
        for (index, tier) in document.tiers.enumerated() {
            body += "<section class=\"tier\">\n<h3>\(Escape.html(tier.table.title))</h3>\n"
            body += "<figure>\n" + PerformanceChart.render(tier.chart, id: "chart-\(index + 1)") + "</figure>\n"
            body += table(tier.table) + "</section>\n"
        }
        body += "</section>\n<section>\n<h2>Red flags</h2>\n"
        body += document.flags.isEmpty
            ? "<p>None.</p>\n"
            : "<ul class=\"flags\">\n" + document.flags.map { "<li>\(Escape.html($0))</li>\n" }.joined() + "</ul>\n"
        body += "</section>\n<section>\n<h2>By contract</h2>\n"
        for contract in document.contracts {
            body += "<section class=\"contract\">\n<h3>\(Escape.html(contract.title))</h3>\n" + table(contract)
                + "</section>\n"
        }
        body += "</section>\n<footer class=\"muted\">\n"
            + document.notes.map { "<p>\(Escape.html($0))</p>\n" }.joined() + "</footer>\n</main>\n"
        return HTMLPage(
            title: "\(document.title) \(document.range)", style: HTMLPage.baseStyle + Self.style, body: body
        ).render()
    }

    /// A table of months, flagged rows marked.
    func table(_ table: PerformanceDocument.Table) -> String {
        "<p class=\"muted\">\(Escape.html(table.subtitle))</p>\n"
            + HTMLTable(
                header: table.header, rows: table.rows, numericColumns: table.numericColumns,
                rowClasses: table.flagged.map { $0 ? "flagged" : nil }
            ).render()
    }

    /// The page's own CSS.
    static let style = """
        .kicker { margin: 0 0 0.25rem; color: var(--accent); font-size: 0.85rem; letter-spacing: 0.06em; \
        text-transform: uppercase; }
        main.report { max-width: 72rem; }
        main.report table { font-size: 0.82rem; }
        tr.flagged td { background: #fdf0ef; }
        ul.flags li { color: #a32b22; }
        figure { margin: 0.5rem 0; }
        svg.chart { display: block; width: 100%; max-width: 40rem; height: auto; \
        font-family: Georgia, "Times New Roman", serif; }
        svg.chart .grid { stroke: var(--rule); stroke-width: 1; }
        svg.chart .axis { font-size: 10px; fill: var(--muted); text-anchor: end; }
        svg.chart .month { font-size: 10px; fill: var(--ink); text-anchor: middle; }
        svg.chart .legend { font-size: 10px; fill: var(--ink); }
        svg.chart rect.met { fill: #b9d3ea; }
        svg.chart .response { fill: none; stroke: #1f5f8b; stroke-width: 2; }
        svg.chart circle.response { fill: #1f5f8b; }
        svg.chart .resolution { fill: none; stroke: #2f855a; stroke-width: 2; stroke-dasharray: 5 3; }
        svg.chart circle.resolution { fill: #2f855a; stroke-dasharray: none; }
        svg.chart .target { stroke: #c8372d; stroke-width: 1.5; stroke-dasharray: 2 3; }
        @media print {
          main.report { max-width: none; }
          section.tier, section.contract { break-inside: avoid; page-break-inside: avoid; }
          tr.flagged td { background: none; font-weight: 700; }
        }

        """
}
