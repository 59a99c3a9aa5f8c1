import Foundation
import Testing

/// The README's first command, run as on a fresh clone (the committed
/// `Reports/` in place), prints what the README shows.
@Suite("README: the first run")
struct ReadmeTests {
    @Test("the README's first command prints the message the README shows: what was written and what it means")
    func firstRun() throws {
        let readme = try String(contentsOfFile: CLIHarness.root + "/README.md", encoding: .utf8)
        #expect(readme.contains("swift run -c release covenant statement "))
        let start = try #require(readme.range(of: "```\nwrote "))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let shown = String(readme[readme.index(start.lowerBound, offsetBy: 4)..<end.lowerBound]) + "\n"
        let project = CLIHarness.sampleProject()
        try FileManager.default.copyItem(atPath: CLIHarness.root + "/Reports", toPath: project + "/Reports")
        let result = CLIHarness.run(["statement"], in: project)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out == shown)
        for words in ["files changed", "provisional", "open Reports/2026-03/summary.txt first"] {
            #expect(result.out.contains(words))
        }
    }

    @Test("nothing in the repository points at a folder a user's clone does not have")
    func noOutsideReferences() throws {
        let manager = FileManager.default
        let root = CLIHarness.root
        let enumerator = try #require(manager.enumerator(atPath: root))
        var offenders: [String] = []
        let needles = ["../" + "shared", "shared/" + "spec"]
        while let path = enumerator.nextObject() as? String {
            if path.hasPrefix(".build") || path.hasPrefix(".git") { enumerator.skipDescendants(); continue }
            guard path.hasSuffix(".md") || path.hasSuffix(".swift") || path.hasSuffix(".yaml") || path.hasSuffix(".py")
            else { continue }
            let text = (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? ""
            if needles.contains(where: text.contains) { offenders.append(path) }
        }
        #expect(offenders.isEmpty)
    }
}
