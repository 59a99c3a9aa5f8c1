import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built executables, started as child processes: what finance runs,
/// with real processes, signals and locks.
enum Spawned {
    /// The folder of the built products (beside the test bundle).
    static let products: String = {
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        // `swift test` runs `<products>/<Package>PackageTests.xctest`, a file or a bundle folder.
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        for candidate in [folder.path, CLIHarness.root + "/.build/debug"]
        where FileManager.default.isExecutableFile(atPath: candidate + "/covenant") {
            return candidate
        }
        return folder.path
    }()

    /// The `covenant` executable.
    static var covenant: String { products + "/covenant" }

    /// Whether the executables were built (`swift build` builds them with the tests).
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: covenant)
            && FileManager.default.isExecutableFile(atPath: products + "/covenant-bench")
    }

    /// A running child.
    struct Child {
        var pid: pid_t
        var out: String
        var err: String
    }

    /// Starts `executable ARGUMENTS` in `folder`, its output into files.
    static func start(_ executable: String, _ arguments: [String], in folder: String) -> Child? {
        let out = NSTemporaryDirectory() + "covenant-out-" + UUID().uuidString
        let err = NSTemporaryDirectory() + "covenant-err-" + UUID().uuidString
        let script = "cd \"$1\" && shift && exec \"$@\" >\"$OUT\" 2>\"$ERR\""
        let argv = ["/bin/sh", "-c", script, "sh", folder, executable] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["OUT"] = out
        environment["ERR"] = err
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArguments { free(pointer) }
            for pointer in cEnvironment { free(pointer) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, cArguments, cEnvironment) == 0 else { return nil }
        return Child(pid: pid, out: out, err: err)
    }

    /// Waits for a child; its exit code (128 + signal when killed) and output.
    static func wait(_ child: Child) -> CLIHarness.Result {
        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let out = (try? String(contentsOfFile: child.out, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: child.err, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: child.out)
        try? FileManager.default.removeItem(atPath: child.err)
        return CLIHarness.Result(code: code, out: out, err: err)
    }

    /// Runs `executable ARGUMENTS` in `folder` to the end.
    static func run(_ executable: String, _ arguments: [String], in folder: String) -> CLIHarness.Result {
        guard let child = start(executable, arguments, in: folder) else {
            return CLIHarness.Result(code: -1, out: "", err: "")
        }
        return wait(child)
    }

    /// A generated month-end project (`covenant-bench tree`) in a fresh folder.
    static func tree(contracts: Int, incidents: Int, ticketEvents: Int) -> String {
        let folder = CLIHarness.temporaryFolder()
        _ = run(
            products + "/covenant-bench",
            [
                "tree", "--contracts", "\(contracts)", "--incidents", "\(incidents)", "--ticket-events",
                "\(ticketEvents)",
                "--out", folder,
            ], in: folder)
        return folder
    }
}
