import Foundation
import Testing

/// Compares rendered output with a file under `Golden/`; with
/// `COVENANT_UPDATE_GOLDEN=1` in the environment, writes the file instead.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["COVENANT_UPDATE_GOLDEN"] == "1" }

    /// Checks `text` against `Golden/<relativePath>`.
    static func check(_ text: String, _ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(relativePath)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(relativePath); run with COVENANT_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "\(relativePath) differs from its golden file", sourceLocation: sourceLocation)
    }
}
