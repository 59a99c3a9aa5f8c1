import Foundation
import Testing

@Suite("covenant statement --format html")
struct StatementHTMLCommandTests {
    @Test("writes one page per contract and a summary page, beside the other formats")
    func writes() throws {
        let project = CLIHarness.sampleProject()
        let result = CLIHarness.run(["statement", "--month", "2026-02", "--format", "json,html"], in: project)
        #expect(result.code == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: project + "/Reports/2026-02").sorted()
        #expect(files.contains("C-2026-014.html") && files.contains("C-2026-014.json") && files.contains("summary.html"))
        let page = try String(contentsOfFile: project + "/Reports/2026-02/C-2026-014.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n") && page.contains("99.8710%"))
        #expect(!page.contains("<script") && !page.contains("http"))
        let again = CLIHarness.run(["statement", "--month", "2026-02", "--format", "json,html"], in: project)
        #expect(again.code == 0 && again.out.contains("0 files changed"))
    }
}
