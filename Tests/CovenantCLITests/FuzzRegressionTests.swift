import Foundation
import Testing

/// The inputs the whole-path fuzz harness found slow or failing
/// (`Tests/Fuzz/project/regressions/`), each a project bundle (files after
/// lines `=== NAME`), unpacked into a project and run through `check`,
/// `statement` and `watch`: each answers (0, 64 or 65) in good time, its
/// messages free of hidden characters.
@Suite("Fuzz regressions: the whole-path harness's findings stay fixed", .serialized)
struct FuzzRegressionTests {
    static let folder = CLIHarness.root + "/Tests/Fuzz/project/regressions"
    static let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()

    /// Writes the files of a bundle under a new project folder.
    static func unpack(_ bytes: [UInt8]) throws -> String {
        let project = CLIHarness.temporaryFolder()
        var name: String?
        var body: [UInt8] = []
        func flush() throws {
            guard let name, !name.contains("..") else { return }
            let path = project + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(body).write(to: URL(fileURLWithPath: path))
        }
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if line.starts(with: Array("=== ".utf8)) {
                try flush()
                name = String(decoding: line.dropFirst(4), as: UTF8.self)
                body = []
            } else {
                body += line + [0x0A]
            }
        }
        try flush()
        return project
    }

    @Test("each finding answers quickly in check, statement and watch", arguments: names)
    func finding(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        let project = try Self.unpack([UInt8](bytes))
        let clock = ContinuousClock()
        for arguments in [["check"], ["statement", "--lenient", "--out", project + "/out"], ["watch"]] {
            let start = clock.now
            let result = CLIHarness.run(arguments, in: project)
            #expect([0, 64, 65].contains(result.code), "\(arguments): \(result.code)\n\(result.err.suffix(800))")
            #expect(clock.now - start < .seconds(10), "\(arguments) (a debug build)")
            #expect(!HostileOutputTests.hasHiddenCharacter(result.err, allowingTabs: true), "\(arguments)")
        }
    }
}
