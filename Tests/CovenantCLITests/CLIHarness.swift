import CovenantCLI
import Foundation
import Synchronization

/// Runs the command line in-process and captures what it prints.
struct CLIHarness {
    /// The repository root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The outcome of one run.
    struct Result {
        var code: Int32
        var out: String
        var err: String
    }

    /// Runs `covenant ARGUMENTS` as if from `folder`, without changing the
    /// process's current folder: runs may go on side by side.
    static func run(_ arguments: [String], in folder: String = root) -> Result {
        let out = Mutex(""), err = Mutex("")
        var console = Console(out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } })
        let code = CommandLineTool.run(arguments, in: folder, console: &console)
        return Result(code: code, out: out.withLock { $0 }, err: err.withLock { $0 })
    }

    /// A fresh temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "covenant-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Rewrites a file of a project, each `(old, new)` replaced everywhere in turn.
    static func edit(_ folder: String, _ file: String, _ replacements: [(String, String)]) throws {
        let path = folder + "/" + file
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Copies the shipped `Contracts/` and `Scenarios/` into a temporary project folder.
    static func sampleProject() -> String {
        let folder = temporaryFolder()
        for name in ["Contracts", "Scenarios"] {
            try? FileManager.default.copyItem(atPath: root + "/" + name, toPath: folder + "/" + name)
        }
        return folder
    }
}
