import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Testing

@Suite("Appendix golden files")
struct AppendixGoldenTests {
    @Test(
        "every sample contract's appendix matches its golden files in Markdown, text and HTML",
        arguments: AppendixSamples.contractFiles)
    func samples(file: String) throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(file: file, catalog: catalog)
        let document = try AppendixSamples.document(contract, catalog: catalog)
        try goldenFiles.check(AppendixMarkdownRenderer().render(document), "appendix/\(contract.id).md")
        try goldenFiles.check(AppendixTextRenderer().render(document), "appendix/\(contract.id).txt")
        try goldenFiles.check(AppendixHTMLRenderer().render(document), "appendix/\(contract.id).html")
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
