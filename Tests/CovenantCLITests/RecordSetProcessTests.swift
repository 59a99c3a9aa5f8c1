import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The record set under real processes: `kill -9`, two runs at once, a full disk.
@Suite("covenant statement: records survive kills, rivals and full disks", .serialized, .enabled(if: Spawned.available))
struct RecordSetProcessTests {
    /// Moves the end of the first contract-scoped platform incident by 30 seconds (one contract's figures change).
    static func changedIncidents(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices.dropFirst()
        where lines[index].contains("scope: {contracts:")
            && index + 1 < lines.count && lines[index + 1].contains("cause: platform")
            && lines[index - 1].hasSuffix(":00Z")
        {
            lines[index - 1] = String(lines[index - 1].dropLast(3)) + "30Z"
            break
        }
        return lines.joined(separator: "\n")
    }

    /// Every file of a folder, by name.
    static func contents(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            result[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return result
    }

    @Test(
        "kill -9 at 20 random moments: the folder always holds one complete set, old or new, with a valid manifest"
    )
    func killedAtRandom() throws {
        let project = Spawned.tree(contracts: 120, incidents: 240, ticketEvents: 12_000)
        let incidents = project + "/Scenarios/2026-01/incidents.yaml"
        let original = try String(contentsOfFile: incidents, encoding: .utf8)
        let versions = [original, Self.changedIncidents(original)]
        try #require(versions[0] != versions[1])
        let arguments = ["statement", "--month", "2026-01", "--format", "text,json"]
        // Each version's set, written whole elsewhere, to compare with.
        var references: [[String: Data]] = []
        for (number, version) in versions.enumerated() {
            try version.write(toFile: incidents, atomically: true, encoding: .utf8)
            #expect(Spawned.run(Spawned.covenant, arguments + ["--out", "reference-\(number)"], in: project).code == 0)
            references.append(Self.contents(project + "/reference-\(number)"))
        }
        try versions[0].write(toFile: incidents, atomically: true, encoding: .utf8)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(Spawned.run(Spawned.covenant, arguments, in: project).code == 0)
        let duration = clock.now - start
        let folder = project + "/Reports/2026-01"
        var current = 0
        var random = SystemRandomNumberGenerator()
        var outcomes: [Int32: Int] = [:]
        for round in 0..<20 {
            let target = 1 - current
            try versions[target].write(toFile: incidents, atomically: true, encoding: .utf8)
            let child = try #require(Spawned.start(Spawned.covenant, arguments + ["--force"], in: project))
            let moment = Double(duration.components.attoseconds) / 1e18 + Double(duration.components.seconds)
            usleep(UInt32(Double.random(in: 0...(moment * 1.2), using: &random) * 1_000_000))
            kill(child.pid, SIGKILL)
            let result = Spawned.wait(child)
            outcomes[result.code, default: 0] += 1
            #expect(result.code == 0 || result.code == 128 + SIGKILL, "round \(round): \(result.err)")
            #expect(recordSetProblem(folder) == nil, "round \(round): \(recordSetProblem(folder) ?? "")")
            let found = Self.contents(folder)
            let which = references.firstIndex(of: found)
            #expect(which == current || which == target, "round \(round): the folder is neither set")
            current = which ?? current
        }
        // A run to the end cleans whatever the last kill left.
        let finished = Spawned.run(Spawned.covenant, arguments + ["--force"], in: project)
        #expect(finished.code == 0)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: project + "/Reports")) ?? []
        #expect(names == ["2026-01"], "\(names)")
        #expect(outcomes[128 + SIGKILL, default: 0] > 0, "some runs were killed: \(outcomes)")
    }

    @Test("two runs at once on one folder: one writes, the other exits 75 naming it; --wait takes its turn")
    func rivals() throws {
        let project = Spawned.tree(contracts: 300, incidents: 600, ticketEvents: 30_000)
        let first = try #require(
            Spawned.start(
                Spawned.covenant, ["statement", "--month", "2026-01", "--format", "text,md,json,csv,html"], in: project)
        )
        let lock = project + "/Reports/.2026-01.lock"
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(30)
        while !FileManager.default.fileExists(atPath: lock) && clock.now < deadline { usleep(2_000) }
        let second = Spawned.run(
            Spawned.covenant, ["statement", "--month", "2026-01", "--format", "json"], in: project)
        let waiting = Spawned.run(
            Spawned.covenant, ["statement", "--month", "2026-01", "--format", "json", "--wait"], in: project)
        let firstResult = Spawned.wait(first)
        #expect(firstResult.code == 0)
        #expect(second.code == 75, "\(second.err)")
        #expect(second.err.contains("Reports/2026-01/ is being written by process \(first.pid) (covenant statement"))
        #expect(waiting.code == 0)
        #expect(recordSetProblem(project + "/Reports/2026-01") == nil)
        #expect(!FileManager.default.fileExists(atPath: lock))
    }

    /// A small tmpfs at a fresh folder, when this process may mount one (as root); `nil` otherwise.
    static func smallDisk(kilobytes: Int) -> String? {
        guard geteuid() == 0 else { return nil }
        let folder = CLIHarness.temporaryFolder() + "/disk"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let result = Spawned.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", folder], in: "/")
        return result.code == 0 ? folder : nil
    }

    /// Whether a tmpfs can be mounted here.
    static let canMount: Bool = {
        guard let probe = smallDisk(kilobytes: 64) else { return false }
        _ = Spawned.run("/bin/umount", [probe], in: "/")
        return true
    }()

    @Test("a full disk stops the run (74) and leaves the previous set as it was", .enabled(if: canMount))
    func fullDisk() throws {
        let disk = try #require(Self.smallDisk(kilobytes: 160))
        defer { _ = Spawned.run("/bin/umount", ["-l", disk], in: "/") }
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        let out = disk + "/2026-02"
        #expect(project.run(["statement", "--month", "2026-02", "--format", "json", "--out", out]).code == 0)
        let before = Self.contents(out)
        try project.write(
            RecordSetTests.incidentFeb, try project.read(RecordSetTests.incidentFeb) + RecordSetTests.outage)
        let full = project.run(
            ["statement", "--month", "2026-02", "--format", "text,md,json,csv,html", "--force", "--out", out])
        #expect(full.code == 74, "\(full.err)")
        #expect(full.err.contains("No space left on device"))
        #expect(Self.contents(out) == before)
        #expect(recordSetProblem(out) == nil)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: disk)) == ["2026-02"])
    }
}
