import Covenant
import CovenantFormat

/// `covenant check [PATH...]`: validates catalog, contracts, events and
/// scenarios, printing every error and warning in compiler form.
enum CheckCommand {
    static func run(_ words: [String], console: inout Console) throws(CLIError) {
        let arguments = try Arguments(words, valued: ["contracts"])
        let contractsFolder = arguments.value("contracts") ?? "Contracts"
        let loader = ProjectLoader(contractsFolder: contractsFolder)
        var paths = arguments.positionals
        if paths.isEmpty {
            paths = [contractsFolder] + (FileSystem.kind(of: "Scenarios").exists ? ["Scenarios"] : [])
        }
        var files: [String] = []
        for path in paths {
            files += try FileSystem.files(under: path, accept: { $0.hasSuffix(".yaml") || $0.hasSuffix(".csv") })
        }
        let (catalog, catalogDiagnostics) = try loader.loadCatalog()
        var diagnostics: [Diagnostic] = []
        var context = CheckContext(catalog: catalog)
        for path in files {
            let file = try FileSystem.read(path)
            diagnostics += context.check(file, isCatalogFile: path.hasPrefix(loader.catalogFolder + "/"))
        }
        // The catalog is read whatever was named; its errors are reported
        // here unless its files were checked (and reported) themselves.
        let checked = Set(files)
        diagnostics = catalogDiagnostics.filter { $0.isError && !checked.contains($0.location?.file.path ?? $0.path ?? "") }
            + diagnostics
        console.printDiagnostics(diagnostics)
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        console.error("checked \(files.count) file\(files.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw .invalidInput([]) }
    }
}

/// What `check` knows while it goes through files: the catalog, and the
/// contracts seen so far (for duplicate ids).
struct CheckContext {
    var catalog: Catalog
    var contracts: [Contract] = []

    /// Parses a file, recognises it by its top-level keys (or CSV header), and checks it.
    mutating func check(_ file: SourceFile, isCatalogFile: Bool) -> [Diagnostic] {
        if file.path.hasSuffix(".csv") {
            return [Diagnostic(.error, "cannot recognise this CSV file by its header", path: file.path)]
        }
        let (parsed, syntax) = ProjectLoader.parse(file)
        guard let document = parsed else { return syntax }
        let keys = Set(document.root.entries?.map(\.key) ?? [])
        if keys.contains("tiers") {
            return CatalogVersion.decode(document).1
        }
        if keys.contains("contract") {
            let (contract, diagnostics) = ProjectLoader.decodeContract(document, catalog: catalog, existing: contracts)
            if let contract { contracts.append(contract) }
            return diagnostics
        }
        return [Diagnostic(
            .error, "cannot recognise this file: expected top-level 'tiers', 'contract', 'incidents', 'maintenance' or 'plan'",
            at: SourceLocation(file: file, range: .at(0)))]
    }
}
