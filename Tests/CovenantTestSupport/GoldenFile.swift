import Foundation
import Testing

/// Compares rendered output with a golden file, exactly. On a mismatch the
/// issue shows a line diff; a missing file is an issue too. With
/// `COVENANT_UPDATE_GOLDEN=1` in the environment the file is recorded
/// (written, or rewritten) instead.
public struct GoldenFile: Sendable {
    /// The environment variable that asks for golden files to be recorded.
    public static let updateVariable = "COVENANT_UPDATE_GOLDEN"

    /// The folder the golden files are in.
    public var folder: String

    /// Golden files under `folder`, a path from the repository root
    /// (`Tests/CovenantReportsTests/Golden`).
    public init(_ folder: String) {
        self.folder = SampleProject.root + "/" + folder
    }

    /// Whether golden files are being recorded.
    public static var updating: Bool { ProcessInfo.processInfo.environment[updateVariable] == "1" }

    /// Checks `text` against the file at `relativePath` under the folder.
    public func check(_ text: String, _ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = URL(fileURLWithPath: folder + "/" + relativePath)
        if Self.updating {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(relativePath); run with \(Self.updateVariable)=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        guard text != expected else { return }
        let diff = Self.lineDiff(expected: expected, actual: text)
        Issue.record(
            "\(relativePath) differs from its golden file (- golden, + rendered):\n\(diff)",
            sourceLocation: sourceLocation)
    }

    /// The lines that differ, numbered, as `- ` (golden) and `+ ` (rendered)
    /// lines around a longest common subsequence; at most `limit` lines.
    public static func lineDiff(expected: String, actual: String, limit: Int = 40) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        // common[i][j]: the longest common subsequence of old[i...] and new[j...].
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
                lines.append("-\(i + 1): \(old[i])")
                i += 1
            } else {
                lines.append("+\(j + 1): \(new[j])")
                j += 1
            }
        }
        let shown = lines.prefix(limit).joined(separator: "\n")
        return lines.count > limit ? shown + "\n… \(lines.count - limit) more lines differ" : shown
    }
}
