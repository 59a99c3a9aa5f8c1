import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Testing

@Suite("Appendix golden files")
struct AppendixGoldenTests {
    @Test("the Markdown appendix of every sample contract matches its golden file", arguments: AppendixSamples.contractFiles)
    func markdown(file: String) throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(file: file, catalog: catalog)
        let document = try AppendixSamples.document(contract, catalog: catalog)
        try goldenFiles.check(AppendixMarkdownRenderer().render(document), "appendix/\(contract.id).md")
    }

    @Test("SmallMart's and Globex's text and HTML appendices match their golden files", arguments: ["C-2026-014", "C-2026-021"])
    func textAndHTML(id: String) throws {
        let catalog = try AppendixSamples.catalog()
        let document = try AppendixSamples.document(try AppendixSamples.contract(id: id, catalog: catalog), catalog: catalog)
        try goldenFiles.check(AppendixTextRenderer().render(document), "appendix/\(id).txt")
        try goldenFiles.check(AppendixHTMLRenderer().render(document), "appendix/\(id).html")
    }

    @Test("the hostile customer's appendix matches its golden files in every format")
    func hostile() throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(yaml: AppendixSamples.hostileYAML, catalog: catalog)
        let document = try AppendixSamples.document(contract, catalog: catalog)
        try goldenFiles.check(AppendixMarkdownRenderer().render(document), "appendix/hostile.md")
        try goldenFiles.check(AppendixTextRenderer().render(document), "appendix/hostile.txt")
        try goldenFiles.check(AppendixHTMLRenderer().render(document), "appendix/hostile.html")
    }
}
