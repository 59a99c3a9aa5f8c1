import Foundation
import Glibc
import Testing

/// Issue 16 at the command line: `.yml` files read like `.yaml`, files
/// `check` cannot recognise, holiday files beside contracts, and `budget`
/// outside a project.
@Suite("Contract files, holiday files and budget outside a project")
struct ContractFilesCommandTests {
    /// A sample project with SmallMart copied as `Contracts/litware.yml` under a new id.
    static func projectWithYML() throws -> String {
        let project = CLIHarness.sampleProject()
        let text = try String(contentsOfFile: project + "/Contracts/smallmart.yaml", encoding: .utf8)
            .replacingOccurrences(of: "contract: C-2026-014", with: "contract: C-2026-099")
            .replacingOccurrences(of: "customer: SmallMart Inc.", with: "customer: Litware")
        try text.write(toFile: project + "/Contracts/litware.yml", atomically: true, encoding: .utf8)
        return project
    }

    @Test("a contract saved as .yml is checked, billed and has an appendix, like a .yaml one")
    func ymlContract() throws {
        let project = try Self.projectWithYML()
        let named = CLIHarness.run(["check", "Contracts/litware.yml"], in: project)
        #expect(named.code == 0)
        #expect(named.err.contains("checked 1 file: 0 errors"))
        let all = CLIHarness.run(["check"], in: project)
        #expect(all.code == 0 && all.err.contains("checked 25 files"), "\(all.err)")
        let statement = CLIHarness.run(
            ["statement", "--month", "2026-02", "--format", "json", "--out", "-"], in: project)
        #expect(statement.code == 0)
        #expect(statement.out.contains("\"contract\": \"C-2026-099\""))
        let byFile = CLIHarness.run(["appendix", "Contracts/litware.yml"], in: project)
        #expect(byFile.code == 0 && byFile.out.contains("Litware"))
        #expect(CLIHarness.run(["appendix", "C-2026-099"], in: project).out == byFile.out)
    }

    @Test("a .yml catalog version and .yml event files are read too")
    func ymlCatalogAndEvents() throws {
        let project = CLIHarness.sampleProject()
        let files = FileManager.default
        try files.moveItem(
            atPath: project + "/Contracts/catalog/2027.1.yaml", toPath: project + "/Contracts/catalog/2027.1.yml")
        try files.moveItem(
            atPath: project + "/Scenarios/2026-03/incidents.yaml", toPath: project + "/Scenarios/2026-03/incidents.yml")
        let result = CLIHarness.run(["statement", "--month", "2026-03", "--format", "json", "--out", "-"], in: project)
        #expect(result.code == 0)
        #expect(result.out.contains("\"id\": \"INC-0310\""))
        let appendix = CLIHarness.run(["appendix", "C-2026-014"], in: project)
        #expect(appendix.out.contains("catalog version 2027.1 (effective 1 January 2027) does not apply"))
    }

    @Test("a file check cannot recognise, whatever its name, is an error (65) naming it", arguments: [
        ("notes.txt", "hello\n"), ("Contracts/readme.md", "# Contracts\n"), ("data.json", "{}\n"),
    ])
    func unrecognised(name: String, text: String) throws {
        let project = CLIHarness.sampleProject()
        try text.write(toFile: project + "/" + name, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check", name], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("\(name): error: cannot recognise this file by its name"))
        #expect(result.err.contains("checked 1 file: 1 error"))
    }

    @Test("an iCalendar file named to check is read: the Berlin holidays are clean, a broken one is located")
    func icsChecked() throws {
        #expect(CLIHarness.run(["check", "Contracts/holidays/de-be-2026.ics"]).code == 0)
        let project = CLIHarness.sampleProject()
        try "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026-01-01\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .write(toFile: project + "/Contracts/holidays/de-be-2026.ics", atomically: true, encoding: .utf8)
        let named = CLIHarness.run(["check", "Contracts/holidays/de-be-2026.ics"], in: project)
        #expect(named.code == 65)
        #expect(named.err.contains(
            "Contracts/holidays/de-be-2026.ics:3:20: error: expected a date like '20261225', found '2026-01-01'"))
        // Checked with the project, the file's error is shown once and the contract fails at the name.
        let all = CLIHarness.run(["check"], in: project)
        #expect(all.code == 65)
        #expect(all.err.components(separatedBy: "found '2026-01-01'").count == 2, "\(all.err)")
        #expect(all.err.contains(
            "Contracts/nordlicht.yaml:20:16: error: holiday file Contracts/holidays/de-be-2026.ics has 1 error "
                + "(reported at the file)"))
    }

    @Test("a holiday file missing beside the contract is a located error at its name: check 65, statements refused")
    func missingHolidayFile() throws {
        let project = CLIHarness.sampleProject()
        try FileManager.default.removeItem(atPath: project + "/Contracts/holidays/de-be-2026.ics")
        let check = CLIHarness.run(["check"], in: project)
        #expect(check.code == 65)
        #expect(check.err.contains(
            "Contracts/nordlicht.yaml:20:16: error: no holiday file 'holidays/de-be-2026.ics': "
                + "Contracts/holidays/de-be-2026.ics does not exist (a holiday file is read relative to the "
                + "contract's folder)\n      holidays: [holidays/de-be-2026.ics]\n                 ^"))
        #expect(CLIHarness.run(["statement", "--month", "2026-01", "--out", "-"], in: project).code == 65)
        #expect(CLIHarness.run(["appendix", "Contracts/nordlicht.yaml"], in: project).code == 65)
    }

    @Test("a contract named by its file reads its holiday files beside it, wherever it is")
    func contractElsewhere() throws {
        let folder = CLIHarness.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/deal/holidays", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: CLIHarness.root + "/Contracts/nordlicht.yaml", toPath: folder + "/deal/nordlicht.yaml")
        try FileManager.default.copyItem(
            atPath: CLIHarness.root + "/Contracts/holidays/de-be-2026.ics",
            toPath: folder + "/deal/holidays/de-be-2026.ics")
        let result = CLIHarness.run(["appendix", folder + "/deal/nordlicht.yaml", "--format", "text"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("8 March 2026      Internationaler Frauentag"))
    }

    @Test("budget outside a project is a usage error naming --contracts and --builtin-tiers")
    func budgetOutsideProject() throws {
        let folder = CLIHarness.temporaryFolder()
        let scenario = try String(contentsOfFile: CLIHarness.root + "/Scenarios/staffing/base.yaml", encoding: .utf8)
        try scenario.write(toFile: folder + "/named.yaml", atomically: true, encoding: .utf8)
        let unnamed = scenario.replacingOccurrences(of: "catalog: 2026.1 ", with: "")
        #expect(unnamed != scenario)
        try unnamed.write(toFile: folder + "/plain.yaml", atomically: true, encoding: .utf8)

        let refused = CLIHarness.run(["budget", "plain.yaml"], in: folder)
        #expect(refused.code == 64)
        #expect(refused.err.contains("there is no Contracts/catalog/ here"))
        #expect(refused.err.contains("--contracts DIR") && refused.err.contains("--builtin-tiers"))
        #expect(refused.out.isEmpty)

        let builtin = CLIHarness.run(["budget", "plain.yaml", "--builtin-tiers"], in: folder)
        #expect(builtin.code == 0)
        let inProject = CLIHarness.run(["budget", folder + "/named.yaml"])
        #expect(builtin.out == inProject.out)

        let named = CLIHarness.run(["budget", "named.yaml", "--builtin-tiers"], in: folder)
        #expect(named.code == 65)
        #expect(named.err.contains("named.yaml:4:10: error: the scenario names catalog version '2026.1', but "
            + "--builtin-tiers plans with the built-in tiers"))

        let pointed = CLIHarness.run(
            ["budget", "plain.yaml", "--contracts", CLIHarness.root + "/Contracts"], in: folder)
        #expect(pointed.code == 0 && pointed.out == builtin.out)
    }

    @Test("in a project, a scenario naming a catalog version that does not exist is an error at the name")
    func budgetUnknownVersion() throws {
        let folder = CLIHarness.temporaryFolder()
        let scenario = try String(contentsOfFile: CLIHarness.root + "/Scenarios/staffing/base.yaml", encoding: .utf8)
            .replacingOccurrences(of: "catalog: 2026.1", with: "catalog: 2031.7")
        try scenario.write(toFile: folder + "/s.yaml", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["budget", folder + "/s.yaml"])
        #expect(result.code == 65)
        #expect(result.err.contains(
            "s.yaml:4:10: error: no catalog version '2031.7' in Contracts/catalog (it has 2026.1, 2027.1)"))
    }

    @Test("budget's usage line names --contracts DIR and --builtin-tiers")
    func budgetUsage() {
        let help = CLIHarness.run(["help", "budget"])
        #expect(help.out.contains("[--contracts DIR]"))
        #expect(help.out.contains("[--builtin-tiers]"))
    }

    @Test("the appendix prints the warnings of the contract's holiday files, and the appendix still prints")
    func holidayFileWarnings() throws {
        let project = CLIHarness.sampleProject()
        let path = project + "/Contracts/holidays/de-be-2026.ics"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "END:VCALENDAR",
            with: "BEGIN:VEVENT\r\nDTSTART:20260601T100000Z\r\nSUMMARY:Team meeting\r\nEND:VEVENT\r\nEND:VCALENDAR")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["appendix", "C-2026-041"], in: project)
        #expect(result.code == 0)
        #expect(result.err.contains(
            "Contracts/holidays/de-be-2026.ics:89:1: warning: timed event 'Team meeting' ignored: holidays are "
                + "all-day events (DTSTART;VALUE=DATE)"))
        #expect(result.out.contains("the 10 holidays of holidays/de-be-2026.ics"))
    }

    @Test("event files are read in any letter case: Incidents.YML and TICKETS.CSV give March's $37,500 credit")
    func eventFileCase() throws {
        let folder = CLIHarness.sampleProject()
        let manager = FileManager.default
        try manager.moveItem(
            atPath: folder + "/Scenarios/2026-03/incidents.yaml", toPath: folder + "/Scenarios/2026-03/Incidents.YML")
        try manager.moveItem(
            atPath: folder + "/Scenarios/2026-03/tickets.csv", toPath: folder + "/Scenarios/2026-03/TICKETS.CSV")
        let result = CLIHarness.run(["statement", "--month", "2026-03", "--out", "-", "C-2026-021"], in: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("$37,500.00"))
        #expect(result.out.contains("T-3003"))
    }

    @Test("--out never replaces a pipe or a device with a file (73), and writes through a symbolic link")
    func outSpecialFiles() throws {
        let folder = CLIHarness.sampleProject()
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        let pipe = CLIHarness.run(["appendix", "C-2026-014", "--out", "pipe"], in: folder)
        #expect(pipe.code == 73)
        #expect(pipe.err.contains("cannot create pipe: it is not a regular file (a device, a pipe or a socket)"))
        var info = stat()
        #expect(lstat(folder + "/pipe", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: "target.md")
        FileManager.default.createFile(atPath: folder + "/target.md", contents: Data())
        let link = CLIHarness.run(["appendix", "C-2026-014", "--out", "link.md"], in: folder)
        #expect(link.code == 0, "\(link.err)")
        #expect(lstat(folder + "/link.md", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        let written = try String(contentsOfFile: folder + "/target.md", encoding: .utf8)
        #expect(written.contains("C-2026-014"))
    }

    @Test("a holiday file that is a device is refused at once, never read forever")
    func deviceHolidayFile() throws {
        let folder = CLIHarness.sampleProject()
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/Contracts/holidays/zero.ics", withDestinationPath: "/dev/zero")
        try CLIHarness.edit(folder, "Contracts/nordlicht.yaml", [("holidays/de-be-2026.ics", "holidays/zero.ics")])
        let result = CLIHarness.run(["check", "Contracts/nordlicht.yaml"], in: folder)
        #expect(result.code != 0)
        #expect(result.err.contains("zero.ics: it is not a regular file"), "\(result.err)")
    }
}
