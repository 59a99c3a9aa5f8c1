import Foundation
import Testing

@testable import CovenantCLI

#if canImport(Glibc)
    import Glibc
#endif

/// A project's files, edited by tests.
struct ProjectFiles {
    var folder: String

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: folder + "/" + relative, encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + relative, atomically: true, encoding: .utf8)
    }

    /// Replaces text in a file; the text must be there.
    func replace(_ relative: String, _ old: String, _ new: String) throws {
        let text = try read(relative)
        try #require(text.contains(old))
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    /// The names in a folder, sorted (hidden ones too).
    func names(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + relative)) ?? []).sorted()
    }

    /// Every file of a folder with its bytes.
    func snapshot(_ relative: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in names(relative) {
            result[name] = FileManager.default.contents(atPath: folder + "/" + relative + "/" + name)
        }
        return result
    }

    func run(_ arguments: [String]) -> CLIHarness.Result { CLIHarness.run(arguments, in: folder) }
}

/// Checks that a folder holds one complete record set: a manifest that
/// reads, naming exactly the files present, each of the size it gives.
/// Returns the problem, `nil` when the set is whole.
func recordSetProblem(_ path: String) -> String? {
    let manifest: Manifest
    do {
        manifest = try Manifest.read(path + "/" + Manifest.fileName)
    } catch {
        return "the manifest cannot be read: \(error.reason)"
    }
    let present = Set((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
    let listed = Set(manifest.allFiles.map(\.name) + [Manifest.fileName])
    if present != listed {
        return "files \(present.symmetricDifference(listed).sorted()) are not as the manifest lists them"
    }
    for file in manifest.allFiles {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "/" + file.name)[.size] as? Int) ?? -1
        if size != file.size { return "\(file.name) has \(size) bytes, the manifest says \(file.size)" }
    }
    return nil
}

@Suite("covenant statement: one record set per month")
struct RecordSetTests {
    static let incidentFeb = "Scenarios/2026-02/incidents.yaml"

    /// Five hours of downtime for Hooli (C-2026-015), which meets its target in February.
    static let outage = """

          - id: INC-TEST
            title: Test outage
            start: 2026-02-20T00:00:00Z
            end: 2026-02-20T05:00:00Z
            scope: {contracts: [C-2026-015]}
            cause: platform

        """

    @Test(
        "a changed figure refuses with 73, naming the contract and each figure true → false, in the statement's order"
    )
    func changedFiguresInOrder() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-02", "--format", "json"]).code == 0)
        let before = project.snapshot("Reports/2026-02")
        try project.write(Self.incidentFeb, try project.read(Self.incidentFeb) + Self.outage)
        let refused = project.run(["statement", "--month", "2026-02", "--format", "json"])
        #expect(refused.code == 73)
        let line = try #require(refused.err.split(separator: "\n").first { $0.hasPrefix("  C-2026-015: ") })
        let expected = [
            "availability.downtime_seconds 0 → 18000", "availability.met true → false",
            "availability.incidents[INC-TEST] added", "credit.band_below null → 99.9", "credit.percent 0 → 15",
            "credit.amount 0.00 → 2250.00",
        ]
        var last = line.startIndex
        for figure in expected {
            let found = try #require(line.range(of: figure), "\(figure) in \(line)")
            #expect(found.lowerBound >= last, "\(figure) comes in the statement's order")
            last = found.lowerBound
        }
        #expect(!refused.err.contains("C-2026-014:"))
        #expect(project.snapshot("Reports/2026-02") == before)
    }

    @Test("asking for another format after a change still refuses: the figures are compared, not the files")
    func formatSwitch() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-02", "--format", "json"]).code == 0)
        let before = project.snapshot("Reports/2026-02")
        try project.replace(Self.incidentFeb, "end: 2026-02-10T17:52:00Z", "end: 2026-02-10T18:52:00Z")
        let refused = project.run(["statement", "--month", "2026-02", "--format", "html"])
        #expect(refused.code == 73)
        #expect(refused.err.contains("C-2026-014: availability.downtime_seconds 3120 → 6720"))
        #expect(project.snapshot("Reports/2026-02") == before)
        #expect(!project.names("Reports").contains { $0.hasPrefix(".2026-02.") })
    }

    @Test("a renamed statement is no way around the guard; unchanged, it is kept and the record restored")
    func renamedFile() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-02", "--format", "json"]).code == 0)
        let folder = project.folder + "/Reports/2026-02/"
        try FileManager.default.moveItem(atPath: folder + "C-2026-014.json", toPath: folder + "smallmart.json")
        try project.replace(Self.incidentFeb, "end: 2026-02-10T17:52:00Z", "end: 2026-02-10T18:52:00Z")
        let refused = project.run(["statement", "--month", "2026-02", "--format", "json"])
        #expect(refused.code == 73)
        #expect(refused.err.contains("C-2026-014: availability.downtime_seconds 3120 → 6720"))
        #expect(!FileManager.default.fileExists(atPath: folder + "C-2026-014.json"))
        try project.replace(Self.incidentFeb, "end: 2026-02-10T18:52:00Z", "end: 2026-02-10T17:52:00Z")
        let rerun = project.run(["statement", "--month", "2026-02", "--format", "json"])
        #expect(rerun.code == 0)
        #expect(rerun.err.contains("kept Reports/2026-02/smallmart.json as it was: it is not part of the record set"))
        #expect(
            FileManager.default.contents(atPath: folder + "C-2026-014.json")
                == FileManager.default.contents(atPath: folder + "smallmart.json"))
    }

    @Test("--force replaces a changed record in every format it has, and the summary with it")
    func forceReplacesWholeRecord() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-02", "--format", "json,text"]).code == 0)
        try project.write(Self.incidentFeb, try project.read(Self.incidentFeb) + Self.outage)
        let forced = project.run(["statement", "--month", "2026-02", "--format", "html", "--force"])
        #expect(forced.code == 0)
        let folder = "Reports/2026-02/"
        #expect(try project.read(folder + "C-2026-015.json").contains("\"met\": false"))
        #expect(try project.read(folder + "C-2026-015.txt").contains("(missed)"))
        #expect(try project.read(folder + "summary.txt").contains("$2,250.00"))
        #expect(project.names("Reports/2026-02").filter { $0.hasSuffix(".html") }.count == 9)
        #expect(recordSetProblem(project.folder + "/" + folder) == nil)
    }

    @Test("a run for one contract leaves the whole month's summary in every format")
    func partialRunKeepsSummaryWhole() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-03", "--format", "text,md,json,csv,html"]).code == 0)
        try project.replace("Scenarios/2026-03/incidents.yaml", "end: 2026-03-10 12:00", "end: 2026-03-10 13:00")
        #expect(project.run(["statement", "--month", "2026-03", "--format", "text", "C-2026-034"]).code == 73)
        let forced = project.run(["statement", "--month", "2026-03", "--format", "text", "--force", "C-2026-034"])
        #expect(forced.code == 0)
        #expect(forced.out.contains("wrote 1 statement for 2026-03 and the whole month's summary"))
        let ids = ["C-2026-014", "C-2026-015", "C-2026-021", "C-2026-031", "C-2026-032", "C-2026-033", "C-2026-034"]
        for ext in ["txt", "md", "json", "csv", "html"] {
            let summary = try project.read("Reports/2026-03/summary.\(ext)")
            for id in ids { #expect(summary.contains(id), "summary.\(ext) names \(id)") }
            #expect(try project.read("Reports/2026-03/C-2026-034.\(ext)").contains("C-2026-034"))
        }
        #expect(try project.read("Reports/2026-03/C-2026-034.json").contains("\"downtime_seconds\": 14400"))
        #expect(recordSetProblem(project.folder + "/Reports/2026-03") == nil)
    }

    @Test("a run for one contract refuses, even with --force, when another contract's figures changed")
    func partialRunRefusesOthersChanges() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-03", "--format", "json"]).code == 0)
        try project.replace("Scenarios/2026-03/incidents.yaml", "end: 2026-03-10 12:00", "end: 2026-03-10 13:00")
        let refused = project.run(["statement", "--month", "2026-03", "--format", "json", "--force", "C-2026-015"])
        #expect(refused.code == 73)
        #expect(refused.err.contains("  C-2026-034 (not named): availability.downtime_seconds"))
        #expect(refused.err.contains("name them too, or run the whole month"))
    }

    @Test("a contract that has no statement any more is a change: refused, then removed with --force")
    func removedContract() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-02", "--format", "json"]).code == 0)
        // Acme Tools' term now ends with January.
        try project.replace(
            "Contracts/acme-tools.yaml", "  start: 2026-01-01\n  months: 12", "  start: 2026-01-01\n  months: 1")
        let refused = project.run(["statement", "--month", "2026-02", "--format", "json"])
        #expect(refused.code == 73)
        #expect(refused.err.contains("  C-2026-032: no statement for the month any more; its record would be removed"))
        #expect(project.run(["statement", "--month", "2026-02", "--format", "json", "--force"]).code == 0)
        #expect(project.names("Reports/2026-02").count == 9)
        #expect(!project.names("Reports/2026-02").contains("C-2026-032.json"))
        #expect(recordSetProblem(project.folder + "/Reports/2026-02") == nil)
    }

    @Test("an unchanged rerun writes nothing: the same files, not new copies")
    func unchangedRerunWritesNothing() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-01", "--format", "json,html"]).code == 0)
        func inode(_ name: String) throws -> Int {
            try #require(
                FileManager.default.attributesOfItem(atPath: project.folder + "/Reports/2026-01/" + name)[
                    .systemFileNumber] as? Int)
        }
        let before = try inode("C-2026-015.json")
        let manifest = try inode("manifest.txt")
        let again = project.run(["statement", "--month", "2026-01", "--format", "json"])
        #expect(again.code == 0 && again.out.contains("0 files changed"))
        #expect(try inode("C-2026-015.json") == before && inode("manifest.txt") == manifest)
        let more = project.run(["statement", "--month", "2026-01", "--format", "csv"])
        #expect(more.out.contains("9 files changed"))
        #expect(try inode("C-2026-015.json") == before)
    }

    @Test("the manifest is the same bytes whatever the folder, and lists each contract's month, digest and files")
    func manifestIsDeterministic() throws {
        let one = ProjectFiles(folder: CLIHarness.sampleProject())
        let two = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(one.run(["statement", "--month", "2026-01", "--format", "json,md"]).code == 0)
        #expect(two.run(["statement", "--month", "2026-01", "--format", "md,json", "--out", "elsewhere/x"]).code == 0)
        let text = try one.read("Reports/2026-01/manifest.txt")
        #expect(text == (try two.read("elsewhere/x/manifest.txt")))
        #expect(
            text.hasPrefix("covenant.records/1\nmonth\t2026-01\nfigures\tC-2026-015\n0\tschema\tcovenant.statement/2\n")
        )
        #expect(text.contains("\nindex\ncontract\tC-2026-015\t2026-01\t"))
        #expect(text.contains("\nfile\tC-2026-015.json\t"))
        // No folder and no temporary name (`.NAME.PID.tmp`); a bare pid could be digits of a digest.
        #expect(!text.contains(one.folder) && !text.contains(".tmp") && !text.contains("staging"))
    }

    @Test("a lock held by another process: exit 75 naming it; nothing written")
    func busyFolder() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        try FileManager.default.createDirectory(atPath: project.folder + "/Reports", withIntermediateDirectories: true)
        let path = project.folder + "/Reports/.2026-01.lock"
        let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        _ = "\(getpid())\n".withCString { write(descriptor, $0, strlen($0)) }
        let busy = project.run(["statement", "--month", "2026-01"])
        #expect(busy.code == 75)
        #expect(busy.err.contains("Reports/2026-01/ is being written by process \(getpid())"))
        #expect(busy.err.contains("--wait"))
        #expect(!FileManager.default.fileExists(atPath: project.folder + "/Reports/2026-01"))
    }

    @Test("leftovers of an interrupted run are cleaned, or put back, and the run says so")
    func leftovers() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        #expect(project.run(["statement", "--month", "2026-01", "--format", "json"]).code == 0)
        let reports = project.folder + "/Reports/"
        try FileManager.default.createDirectory(atPath: reports + ".2026-01.new", withIntermediateDirectories: true)
        try "half".write(toFile: reports + ".2026-01.new/C-2026-015.json", atomically: false, encoding: .utf8)
        let cleaned = project.run(["statement", "--month", "2026-01", "--format", "json"])
        #expect(cleaned.code == 0)
        #expect(cleaned.err.contains("removed Reports/.2026-01.new/, left behind by an interrupted run"))
        // Stopped between the two renames of the fallback switch: the set is aside, the folder gone.
        try FileManager.default.moveItem(atPath: reports + "2026-01", toPath: reports + ".2026-01.old")
        let restored = project.run(["statement", "--month", "2026-01", "--format", "json"])
        #expect(restored.code == 0)
        #expect(restored.err.contains("put back Reports/2026-01/ from Reports/.2026-01.old/"))
        #expect(restored.out.contains("0 files changed"))
        #expect(project.names("Reports") == ["2026-01"])
    }

    @Test("statements written without a manifest need --force; a folder of other files is refused")
    func foldersThatAreNotSets() throws {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        try FileManager.default.createDirectory(
            atPath: project.folder + "/Reports/2026-01", withIntermediateDirectories: true)
        try "old".write(toFile: project.folder + "/Reports/2026-01/C-2026-015.txt", atomically: false, encoding: .utf8)
        let refused = project.run(["statement", "--month", "2026-01"])
        #expect(refused.code == 73)
        #expect(refused.err.contains("holds 1 file written without a manifest"))
        #expect(project.run(["statement", "--month", "2026-01", "--force"]).code == 0)
        #expect(recordSetProblem(project.folder + "/Reports/2026-01") == nil)
        try FileManager.default.createDirectory(
            atPath: project.folder + "/notes/drafts", withIntermediateDirectories: true)
        let foreign = project.run(["statement", "--month", "2026-01", "--out", "notes", "--force"])
        #expect(foreign.code == 73)
        #expect(foreign.err.contains("notes/ is not a record set (notes/drafts/ is a folder)"))
    }

    @Test(
        "the committed Reports/ months are exactly what a run writes, manifest included",
        arguments: ["2026-01", "2026-02", "2026-03"])
    func committedSamples(month: String) {
        let project = ProjectFiles(folder: CLIHarness.sampleProject())
        let run = project.run(["statement", "--month", month, "--format", "text,md,json,csv,html"])
        #expect(run.code == 0)
        let committed = ProjectFiles(folder: CLIHarness.root).snapshot("Reports/\(month)")
        #expect(committed.keys.contains(Manifest.fileName))
        #expect(project.snapshot("Reports/\(month)") == committed)
        #expect(recordSetProblem(CLIHarness.root + "/Reports/\(month)") == nil)
    }

    @Test("--out with an empty name is a usage error", arguments: [["--out", ""], ["--out="]])
    func emptyOut(arguments: [String]) {
        let result = CLIHarness.run(["statement", "--month", "2026-01"] + arguments, in: CLIHarness.sampleProject())
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("covenant: --out needs a folder"))
    }
}
