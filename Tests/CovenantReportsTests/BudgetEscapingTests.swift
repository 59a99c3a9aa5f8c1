import Covenant
import CovenantFormat
import CovenantTestSupport
import Foundation
import Testing

@testable import CovenantReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Budget reports: text from files is escaped in every format")
struct BudgetEscapingTests {
    static let name = "R&D <script>alert(\"x\")</script> | *bold* 'q', a\u{1}b"
    static var plan: BudgetPlan {
        BudgetSample.plan(
            name: name, points: [("2026-01", 8, 0, 0)],
            tools: [SupportTool(name: "Help, \"desk\" <&>", monthly: Money(minorUnits: 5000, currency: .usd))])
    }

    @Test("HTML: no markup from the file survives, and the page has no scripts or external resources")
    func html() {
        let page = BudgetHTMLRenderer.render(Self.plan)
        #expect(!page.contains("<script"))
        #expect(page.contains("R&amp;D &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *bold* &#39;q&#39;, a b"))
        #expect(page.contains("Help, &quot;desk&quot; &lt;&amp;&gt;"))
        #expect(!page.contains("\u{1}"))
        for external in ["src=", "href=", "@import", "url("] { #expect(!page.contains(external)) }
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<svg xmlns="))
    }

    @Test("SVG: a hostile plan name still gives well-formed XML")
    func svg() throws {
        let svg = BudgetSVGRenderer.render(Self.plan)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse())
        #expect(svg.contains("R&amp;D &lt;script&gt;"))
    }

    @Test("Markdown: punctuation that would make markup or break a table is escaped")
    func markdown() {
        let text = BudgetMarkdownRenderer.render(Self.plan)
        #expect(text.hasPrefix("# Budget plan: R\\&D \\<script\\>alert(\"x\")\\</script\\> \\| \\*bold\\* 'q', a b\n"))
        #expect(text.contains("| Help, \"desk\" \\<\\&\\> | tools |"))
    }

    @Test("text: control characters become spaces so every row stays one line")
    func text() {
        let text = BudgetTextRenderer.render(Self.plan)
        #expect(text.hasPrefix("Budget plan: R&D <script>alert(\"x\")</script> | *bold* 'q', a b\n"))
    }
}
