import Covenant
import CovenantFormat
import CovenantReports

/// `covenant appendix CONTRACT-ID|FILE [--section N] [--format md|text|html]
/// [--out FILE|-]`: the service-level section of the MSA for one contract.
enum AppendixCommand {
    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Command.appendix.arguments(words)
        guard arguments.positionals.count == 1, let target = arguments.positionals.first else {
            throw .usage("appendix needs exactly one CONTRACT-ID or FILE")
        }
        let section = try parseSection(arguments.value("section"))
        let format = try parseFormat(arguments.value("format"))
        let project = base.with(arguments)
        try project.requireFolders(events: false)
        let loader = project.loader
        let (contract, catalog, warnings) =
            try isFile(target, project.files) ? loadFile(target, loader) : loadID(target, loader)
        console.printDiagnostics(warnings)
        let appendix: Appendix
        do {
            appendix = try Appendix(contract: contract, catalog: catalog)
        } catch {
            throw .invalidInput([Diagnostic(.error, error.message, path: contract.file.path)])
        }
        let document = AppendixWriter(appendix, section: section).document()
        let text = AppendixReport.render(document, format: format)
        let out = arguments.value("out") ?? "-"
        if out == "-" {
            console.output(text)
            return
        }
        if project.files.kind(of: out).isFolder {
            throw .cannotCreate("\(out) is a folder; --out names the file to write")
        }
        try project.files.writeAtomically(text, to: out)
        console.output("wrote the appendix of \(contract.id) to \(out)\n")
    }

    /// A path rather than an id: it exists as a file, ends in `.yaml` or `.yml`, or names a folder.
    static func isFile(_ target: String, _ files: FileSystem) -> Bool {
        ProjectLoader.isYAML(target) || target.contains("/") || files.kind(of: target).exists
    }

    /// `--section N`: a whole number from 1 to 999 (default 7).
    static func parseSection(_ text: String?) throws(CLIError) -> Int {
        guard let text else { return 7 }
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text.utf8.count <= 3, let value = Int(text),
            value >= 1
        else {
            throw .usage("--section expects a whole number from 1 to 999, found '\(text)'")
        }
        return value
    }

    /// `--format md|text|html` (default md).
    static func parseFormat(_ text: String?) throws(CLIError) -> ReportFormat {
        guard let text else { return .md }
        guard let format = ReportFormat(rawValue: text), AppendixReport.formats.contains(format) else {
            throw .usage(
                "unknown appendix format '\(text)'; expected "
                    + "\(AppendixReport.formats.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return format
    }

    /// The contract with an id among the project's contracts; every file must
    /// be valid, as for statements. Only the contract's own warnings (and
    /// its holiday files') are returned: the catalog's belong to `check`.
    static func loadID(_ id: String, _ loader: ProjectLoader) throws(CLIError) -> (Contract, Catalog, [Diagnostic]) {
        let (catalog, contracts, warnings) = try loader.loadAll()
        guard let contract = contracts.first(where: { $0.id.rawValue == id }) else {
            throw .usage("no contract has the id '\(id)' in \(loader.contractsFolder)/")
        }
        // The contract's warnings and those of the holiday files it names.
        var own: Set<String> = [contract.file.path]
        for calendar in contract.calendars.values {
            for case .file(let file) in calendar.holidays {
                own.insert(HolidayFileLoader.path(of: file.name, besideContract: contract.file.path))
            }
        }
        return (contract, catalog, warnings.filter { own.contains($0.location?.file.path ?? $0.path ?? "") })
    }

    /// A contract file named on the command line, checked against the
    /// project's catalog; returns the file's warnings.
    static func loadFile(_ path: String, _ loader: ProjectLoader) throws(CLIError)
        -> (Contract, Catalog, [Diagnostic])
    {
        let file = try loader.files.read(path)
        let (catalog, catalogDiagnostics) = try loader.loadCatalog()
        if catalogDiagnostics.hasErrors { throw .invalidInput(catalogDiagnostics) }
        let (parsed, syntax) = ProjectLoader.parse(file)
        guard let document = parsed else { throw .invalidInput(syntax) }
        guard document.root["contract"] != nil else {
            throw .invalidInput([
                Diagnostic(.error, "not a contract: expected a top-level 'contract' key", at: document.location(.at(0)))
            ])
        }
        var names = ContractNames()
        var holidays = HolidayDiagnostics()
        let (found, diagnostics) = loader.decodeContract(document, catalog: catalog, names: &names, holidays: &holidays)
        guard let contract = found, !diagnostics.hasErrors else { throw .invalidInput(diagnostics) }
        return (contract, catalog, diagnostics)
    }
}
