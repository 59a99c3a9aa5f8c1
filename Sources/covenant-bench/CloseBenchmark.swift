import Foundation

#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// `covenant-bench close DIR [--covenant PATH] [--repeat N]`: times the real
/// `covenant` binary end to end on a project written by `tree`, as finance
/// runs it from the project's folder: the first run (json) and all formats
/// on an empty `Reports/`, the same command again with nothing changed, and
/// a rerun with `--force` after one incident changed. For each: wall time,
/// peak resident memory (from `wait4`), exit code and files written (files
/// of the month's folder that are new since the run began), and how many of
/// the machine's cores were free just before (it is shared).
struct CloseBenchmark {
    /// Numbers the folders moved aside.
    final class Counter {
        private var value = 0
        func next() -> Int {
            value += 1
            return value
        }
    }

    private let trashCount = Counter()
    var folder: String
    var covenant: String
    var repeats = 1

    /// One timed run of the binary.
    struct Measurement {
        var seconds: Double
        var cpuSeconds: Double
        var freeCores = 0.0
        var peakMiB: Double
        var code: Int32
        var filesWritten: Int
        var filesInFolder: Int
        var bytesInFolder: Int
    }

    func run() {
        guard let month = latestMonth() else {
            print("no month folder in \(folder)/Scenarios: run `covenant-bench tree --out \(folder)` first")
            return
        }
        let all = "text,md,json,csv,html"
        print("covenant: \(covenant)")
        print("project:  \(folder) (\(inputSummary())), month \(month)")
        // Run from the project's folder, as finance does.
        guard chdir(folder) == 0 else {
            print("cannot enter \(folder)")
            return
        }
        for round in 0..<repeats {
            if repeats > 1 { print("round \(round + 1) of \(repeats)") }
            removeReports()
            report("first run, --format json", measure(["statement", "--month", month, "--format", "json"], month))
            removeReports()
            report("all formats, empty Reports/", measure(["statement", "--month", month, "--format", all], month))
            report("same command again", measure(["statement", "--month", month, "--format", all], month))
            guard let restore = changeOneIncident(month) else {
                print("  cannot find a contract-scoped platform incident to change")
                return
            }
            report(
                "one incident changed, --force",
                measure(["statement", "--month", month, "--format", all, "--force"], month))
            restore()
        }
        reportTrash()
    }

    /// How many cores this process gets now: the same busy loop on one
    /// thread, then on two at once (up to 2.0 on two free cores). The
    /// machine is shared; this says how much of it a run could use.
    static func freeCores() -> Double {
        @Sendable @inline(never) func spin(_ seed: UInt64) -> UInt64 {
            var x = seed
            for step in 0..<80_000_000 as Range<UInt64> { x = x &* 6_364_136_223_846_793_005 &+ step }
            return x
        }
        let clock = ContinuousClock()
        let one = clock.measure { _ = spin(1) }
        let two = clock.measure {
            let done = DispatchGroup()
            for seed in 0..<2 as Range<UInt64> {
                done.enter()
                Thread {
                    _ = spin(seed)
                    done.leave()
                }.start()
            }
            done.wait()
        }
        return 2 * (Double(one.components.attoseconds) / 1e18 + Double(one.components.seconds))
            / (Double(two.components.attoseconds) / 1e18 + Double(two.components.seconds))
    }

    private func report(_ name: String, _ m: Measurement) {
        let padded = name.padding(toLength: 32, withPad: " ", startingAt: 0)
        print(
            "  \(padded) \(String(format: "%6.2f", m.seconds)) s (\(String(format: "%5.2f", m.cpuSeconds)) s CPU)  "
                + "\(String(format: "%5.0f", m.peakMiB)) MiB peak  "
                + "exit \(m.code)  \(m.filesWritten) files written (\(m.filesInFolder) files, "
                + "\(String(format: "%.1f", Double(m.bytesInFolder) / 1_000_000)) MB in the folder; "
                + "\(String(format: "%.1f", m.freeCores)) cores free)")
    }

    /// The latest `Scenarios/YYYY-MM` folder.
    private func latestMonth() -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/Scenarios")) ?? []
        return names.filter { $0.count == 7 && $0.dropFirst(4).first == "-" }.sorted().last
    }

    private func inputSummary() -> String {
        let contracts = ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/Contracts")) ?? [])
            .filter { $0.hasSuffix(".yaml") }.count
        var bytes = 0
        if let walker = FileManager.default.enumerator(atPath: folder + "/Scenarios") {
            while let name = walker.nextObject() as? String {
                let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/Scenarios/" + name))?[.size]
                bytes += (size as? Int) ?? 0
            }
        }
        return "\(contracts) contracts, \(bytes / 1_000_000) MB of events"
    }

    /// Moves `Reports/` out of the way, into `.close-trash/`, which is left
    /// for the user to delete. On ext4 without a journal, files created
    /// within a few minutes of deleting as many are slowed several times
    /// over (the allocator skips recently freed inodes), so deleting them
    /// here would time the benchmark's own deletions, in this run or the
    /// next, rather than covenant.
    private func removeReports() {
        try? FileManager.default.createDirectory(atPath: trash, withIntermediateDirectories: true)
        _ = rename(folder + "/Reports", trash + "/Reports-\(getpid())-\(trashCount.next())")
    }

    private var trash: String { folder + "/.close-trash" }

    /// Says where the reports of the runs went, and how large they are.
    private func reportTrash() {
        var bytes = 0
        if let walker = FileManager.default.enumerator(atPath: trash) {
            while let name = walker.nextObject() as? String {
                bytes += ((try? FileManager.default.attributesOfItem(atPath: trash + "/" + name))?[.size] as? Int) ?? 0
            }
        }
        print(
            "the runs' reports were moved to \(trash) (\(bytes / 1_000_000) MB in all): delete it when done, "
                + "not just before a run (on ext4 without a journal, files made within minutes of deleting "
                + "as many are several times slower to create)")
    }

    /// Moves the end of the first contract-scoped platform incident by 30
    /// seconds; returns how to put the file back.
    private func changeOneIncident(_ month: String) -> (() -> Void)? {
        let path = "\(folder)/Scenarios/\(month)/incidents.yaml"
        guard let original = FileManager.default.contents(atPath: path) else { return nil }
        var lines = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        for index in lines.indices
        where lines[index].contains("scope: {contracts:")
            && index + 1 < lines.count && lines[index + 1].contains("cause: platform") && index > 0
            && lines[index - 1].hasSuffix(":00Z") && lines[index - 1].contains("end: ")
        {
            lines[index - 1] = String(lines[index - 1].dropLast(3)) + "30Z"
            _ = FileManager.default.createFile(atPath: path, contents: Data(lines.joined(separator: "\n").utf8))
            return { _ = FileManager.default.createFile(atPath: path, contents: original) }
        }
        return nil
    }

    /// Runs `covenant ARGUMENTS` in the project folder and measures it.
    private func measure(_ arguments: [String], _ month: String) -> Measurement {
        let monthFolder = "\(folder)/Reports/\(month)"
        let cores = Self.freeCores()
        let before = inodes(monthFolder)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let errors = "/tmp/covenant-bench-close-\(getpid()).err"
        defer { unlink(errors) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([covenant] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, covenant, &actions, nil, argv, environ)
        guard spawned == 0 else {
            print("  cannot start \(covenant): \(String(cString: strerror(spawned)))")
            return Measurement(
                seconds: 0, cpuSeconds: 0, peakMiB: 0, code: -1, filesWritten: 0, filesInFolder: 0, bytesInFolder: 0)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = clock.now - start
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let after = inodes(monthFolder)
        if code != 0, let text = FileManager.default.contents(atPath: errors) {
            let lines = String(decoding: text, as: UTF8.self).split(separator: "\n").filter { !$0.contains("warning:") }
            print("    " + lines.prefix(4).joined(separator: "\n    "))
        }
        let written = after.filter { before[$0.key]?.inode != $0.value.inode }.count
        return Measurement(
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
            cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6, freeCores: cores,
            peakMiB: Double(usage.ru_maxrss) / 1024, code: code, filesWritten: written, filesInFolder: after.count,
            bytesInFolder: after.values.reduce(0) { $0 + $1.size })
    }

    /// The inode number and size of each file in a folder, by name.
    private func inodes(_ path: String) -> [String: (inode: UInt64, size: Int)] {
        var result: [String: (inode: UInt64, size: Int)] = [:]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return result }
        for name in names {
            var info = stat()
            if stat(path + "/" + name, &info) == 0 { result[name] = (UInt64(info.st_ino), Int(info.st_size)) }
        }
        return result
    }
}
