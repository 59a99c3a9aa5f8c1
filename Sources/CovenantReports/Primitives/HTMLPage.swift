/// A self-contained HTML page: inline CSS, no scripts, no external
/// resources. Unless told otherwise it is also well-formed XML (void elements
/// closed, only XML's character references), which lets tests check its
/// structure with an XML parser.
public struct HTMLPage: Sendable {
    /// The page title (plain text; escaped here).
    public var title: String
    /// The page's whole CSS, ending with a line break (``baseStyle`` and a
    /// report's own rules, for most pages).
    public var style: String
    /// The body's content, already HTML, ending with a line break.
    public var body: String
    /// Whether the head's void elements are closed (`<meta ... />`).
    public var closesVoidElements: Bool

    /// Creates a page.
    public init(title: String, style: String = HTMLPage.baseStyle, body: String, closesVoidElements: Bool = true) {
        self.title = title
        self.style = style
        self.body = body
        self.closesVoidElements = closesVoidElements
    }

    /// The whole document, ending with a line break.
    public func render() -> String {
        let end = closesVoidElements ? " />" : ">"
        // Written into bytes sized once: a month-end run writes ten thousand pages.
        var page: [UInt8] = []
        page.reserveCapacity(style.utf8.count + body.utf8.count + title.utf8.count + 256)
        page.add("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"")
        page.add(end)
        page.add("\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"")
        page.add(end)
        page.add("\n<title>")
        page.add(Escape.html(title))
        page.add("</title>\n<style>\n")
        page.add(style)
        page.add("</style>\n</head>\n<body>\n")
        page.add(body)
        page.add("</body>\n</html>\n")
        return String(decoding: page, as: UTF8.self)
    }

    /// The CSS every page shares: type, tables, and print rules.
    public static let baseStyle = """
        :root { color-scheme: light; --ink: #1c2430; --muted: #5b6675; --rule: #d5dbe3; --wash: #f3f5f8; \
        --accent: #1f5f8b; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: var(--ink); font: 16px/1.55 Georgia, "Times New Roman", serif; }
        main { max-width: 54rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.4rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1rem; margin: 1.5rem 0 0.4rem; }
        p, ul { margin: 0.5rem 0; }
        ul { padding-left: 1.4rem; }
        .subtitle, .muted { color: var(--muted); }
        .number { color: var(--accent); margin-right: 0.15rem; font-variant-numeric: tabular-nums; }
        table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1rem; font-size: 0.92rem; }
        th, td { padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        thead th { background: var(--wash); font-weight: 600; border-bottom: 2px solid var(--rule); }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tfoot td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: none; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1.25rem; \
        margin: 1.25rem 0 0; padding: 1rem 1.25rem; background: var(--wash); border-radius: 6px; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        @media print {
          @page { margin: 16mm 15mm 18mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          table, tr, figure, dl.facts { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          dl.facts, thead th { background: none; border: 1px solid var(--rule); }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
