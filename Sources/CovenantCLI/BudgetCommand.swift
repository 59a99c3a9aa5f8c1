import Covenant
import CovenantFormat
import CovenantReports
import Foundation

/// `covenant budget SCENARIO-FILE [--format text|md|csv|json|svg|html] [--out FILE|-]`:
/// the month-by-month staffing plan of a scenario (STAFFING.md).
enum BudgetCommand {
    /// The formats `budget` writes.
    static let formats: [ReportFormat] = [.text, .md, .csv, .json, .svg, .html]

    static func run(_ words: [String], console: inout Console) throws(CLIError) {
        let arguments = try Arguments(words, valued: ["format", "out"])
        guard arguments.positionals.count == 1 else {
            throw .usage(
                arguments.positionals.isEmpty
                    ? "budget needs a scenario file"
                    : "budget takes one scenario file, found \(arguments.positionals.count)")
        }
        let formatName = arguments.value("format") ?? ReportFormat.text.rawValue
        guard let format = ReportFormat(rawValue: formatName), formats.contains(format) else {
            throw .usage(
                "unknown budget format '\(formatName)'; use \(formats.map(\.rawValue).joined(separator: ", "))")
        }
        let out = arguments.value("out")
        if out == "" { throw .usage("--out needs a file name or '-'") }

        let tiers = StaffingTierTerms.seedDefaults
        let scenario = try load(arguments.positionals[0], tiers: tiers, console: console)
        let text = BudgetReport.render(BudgetPlan(scenario: scenario, tiers: tiers), as: format)
        if let out, out != "-" {
            try writeAtomically(text, to: out)
        } else {
            console.output(text)
        }
    }

    /// Reads, parses and decodes a scenario; warnings are printed, errors thrown.
    static func load(_ path: String, tiers: StaffingTierTerms, console: Console) throws(CLIError) -> StaffingScenario {
        let file = try read(path)
        let document: Document
        do {
            document = try DocumentParser.parse(file)
        } catch {
            throw .invalidInput([error.diagnostic])
        }
        let decoded = StaffingScenario.decode(document, tiers: tiers)
        guard let scenario = decoded.scenario else { throw .invalidInput(decoded.diagnostics) }
        console.printDiagnostics(decoded.diagnostics)
        return scenario
    }

    /// The bytes of an input file.
    static func read(_ path: String) throws(CLIError) -> SourceFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missingInput(path) }
        guard !isFolder.boolValue else { throw .io("cannot read \(path): it is a folder, not a scenario file") }
        guard let data = FileManager.default.contents(atPath: path) else { throw .io("cannot read \(path)") }
        return SourceFile(path: path, bytes: [UInt8](data))
    }

    /// Writes the whole text or nothing: a temporary file in the same
    /// folder, then a rename over the destination.
    static func writeAtomically(_ text: String, to path: String) throws(CLIError) {
        let destination = URL(fileURLWithPath: path)
        let folder = destination.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .cannotCreate("cannot create \(path): no folder \(folder.path)")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .cannotCreate("cannot create \(path): it is a folder")
        }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw .cannotCreate("cannot create \(path): cannot write in \(folder.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot write \(path): \(error.localizedDescription)")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot write \(path): \(reason)")
        }
    }
}
