import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

@Suite("Appendix pages: well-formed, self-contained, escaped")
struct AppendixHTMLTests {
    @Test("every sample contract's HTML appendix is a well-formed, self-contained page", arguments: AppendixSamples.contractFiles)
    func samples(file: String) throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(file: file, catalog: catalog)
        PageChecks.check(AppendixHTMLRenderer().render(try AppendixSamples.document(contract, catalog: catalog)))
    }

    @Test("a customer named <script>alert(1)</script> & Sons shows as that text in the HTML page")
    func hostileHTML() throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(yaml: AppendixSamples.hostileYAML, catalog: catalog)
        let page = AppendixHTMLRenderer().render(try AppendixSamples.document(contract, catalog: catalog))
        PageChecks.check(page)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons"))
        let text = PageChecks.parse(page).text
        #expect(text.contains("<script>alert(1)</script> & Sons"))
        #expect(text.contains("\"quotes\" 'single' <x@y> &amp; |pipe|"))
        #expect(text.contains("a | b <b>bold</b> *x* [link](x) _u_ `c` # h"))
    }

    @Test("the hostile names stay text in Markdown: no raw tags, no extra table cells, no links or emphasis")
    func hostileMarkdown() throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(yaml: AppendixSamples.hostileYAML, catalog: catalog)
        let markdown = AppendixMarkdownRenderer().render(try AppendixSamples.document(contract, catalog: catalog))
        let characters = Array(markdown)
        for (index, character) in characters.enumerated() where "<>&*_[]`#|".contains(character) {
            let escaped = index > 0 && characters[index - 1] == "\\"
            let markup = character == "*" || character == "|" || character == "#" || character == "_"
            #expect(escaped || markup, "unescaped '\(character)' at offset \(index)")
        }
        #expect(markdown.contains("- **Customer:** \\<script\\>alert(1)\\</script\\> \\& Sons"))
        #expect(markdown.contains("| a \\| b \\<b\\>bold\\</b\\> \\*x\\* \\[link\\](x) \\_u\\_ \\`c\\` \\# h | $10.00 a month | $120.00 |"))
        var tablePipes: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("| ") else {
                tablePipes = nil
                continue
            }
            let pipes = zip(line, [" "] + line.dropLast()).filter { $0 == "|" && $1 != "\\" }.count
            #expect(pipes == (tablePipes ?? pipes), "a cell split: \(line)")
            tablePipes = tablePipes ?? pipes
        }
    }

    @Test("plain text shows control characters as their code, so a file cannot drive the terminal")
    func plainText() throws {
        let catalog = try AppendixSamples.catalog()
        let yaml = AppendixSamples.hostileYAML.replacingOccurrences(
            of: "customer: \"<script>alert(1)</script> & Sons\"", with: "customer: \"Evil\\u001B[31m Red\\u0007\"")
        let contract = try AppendixSamples.contract(yaml: yaml, catalog: catalog)
        #expect(contract.customer.contains("\u{1B}"))
        let text = AppendixTextRenderer().render(try AppendixSamples.document(contract, catalog: catalog))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains("Evil\\u{1B}[31m Red\\u{7}"))
    }

    @Test("printed, the page keeps each clause heading with its first block and leaves the paper size to the reader")
    func printRules() throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(id: "C-2026-041", catalog: catalog)
        let page = AppendixHTMLRenderer().render(try AppendixSamples.document(contract, catalog: catalog))
        let style = String(page[page.range(of: "<style>")!.upperBound..<page.range(of: "</style>")!.lowerBound])
        // No forced page size: every @page rule sets margins only.
        let pageRules = style.components(separatedBy: "@page").dropFirst().map { $0.prefix { $0 != "}" } }
        #expect(!pageRules.isEmpty)
        for rule in pageRules { #expect(!rule.contains("size"), "\(rule)") }
        let print = style.components(separatedBy: "@media print").dropFirst().joined()
        #expect(print.contains("h2, h3 { break-after: avoid; page-break-after: avoid; }"))
        #expect(print.contains("section.clause > .lead { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(print.contains("section.clause p, section.clause li, section.clause table { break-inside: avoid;"))
        #expect(print.contains("table, tr, figure, dl.facts { break-inside: avoid;"))
        // Each clause's heading and first block are in one unbreakable lead.
        let headings = page.components(separatedBy: "<h2>").count - 1
        let leads = try NSRegularExpression(
            pattern: "<section class=\"clause\" id=\"clause-7-[0-9]+\">\n<div class=\"lead\">\n<h2>[^\n]*</h2>\n"
                + "<(p|ul|table)>[\\s\\S]*?</\\1>\n</div>\n")
        let matches = leads.numberOfMatches(in: page, range: NSRange(page.startIndex..., in: page))
        #expect(headings == 19 && matches == headings)
    }
}
