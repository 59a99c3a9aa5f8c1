import Covenant
import CovenantFormat

/// Loads and validates the catalog and contracts of a project folder.
struct ProjectLoader: Sendable {
    /// The folder holding `catalog/` and contract files.
    var contractsFolder: String
    /// Where files are read from.
    var files: FileSystem

    /// The catalog folder.
    var catalogFolder: String { contractsFolder + "/catalog" }

    /// Whether a file name is one of the contract language: `.yaml` or
    /// `.yml`, in any case. Every command reads both alike.
    static func isYAML(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// Parses a file of the contract language.
    static func parse(_ file: SourceFile) -> (Document?, [Diagnostic]) {
        do {
            return (try DocumentParser.parse(file), [])
        } catch {
            return (nil, [error.diagnostic])
        }
    }

    /// Every catalog version, with the diagnostics of their files.
    func loadCatalog() throws(CLIError) -> (Catalog, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var versions: [CatalogVersion] = []
        for path in try files.files(under: catalogFolder, accept: Self.isYAML) {
            let (document, syntax) = Self.parse(try files.read(path))
            diagnostics += syntax
            guard let document else { continue }
            let (version, found) = CatalogVersion.decode(document)
            diagnostics += found
            if let version {
                if let twin = versions.first(where: {
                    $0.version == version.version || $0.effective == version.effective
                }) {
                    diagnostics.append(.error(
                        "catalog version \(version.version) effective \(version.effective) repeats \(twin.file.path)",
                        in: document.file, document.root["version"]?.range ?? .at(0)))
                } else {
                    versions.append(version)
                }
            }
        }
        if versions.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(Diagnostic(.error, "no catalog version found", path: catalogFolder))
        }
        return (Catalog(versions: versions), diagnostics)
    }

    /// The contract files: every `.yaml` or `.yml` below the folder outside `catalog/`.
    func contractPaths() throws(CLIError) -> [String] {
        try files.files(under: contractsFolder, accept: Self.isYAML)
            .filter { !$0.hasPrefix(catalogFolder + "/") }
    }

    /// Every contract, checked against the catalog, with duplicate and
    /// unsafe ids reported. Files are read and decoded on every core; the
    /// results and diagnostics come in file order.
    func loadContracts(catalog: Catalog, paths: [String]? = nil) throws(CLIError) -> ([Contract], [Diagnostic]) {
        let chosen: [String]
        if let paths { chosen = paths } else { chosen = try contractPaths() }
        let files = self.files
        let holidayFiles = HolidayFileLoader(files: files)
        typealias Decoded = (Contract?, [Diagnostic], HolidayFileLoader.Result)
        let decoded = Parallel.map(chosen.count, chunk: 32) { index -> Result<Decoded, CLIError> in
            do throws(CLIError) {
                let (document, syntax) = Self.parse(try files.read(chosen[index]))
                guard let document else { return .success((nil, syntax, .init())) }
                return .success(holidayFiles.decode(document, catalog: catalog))
            } catch {
                return .failure(error)
            }
        }
        var diagnostics: [Diagnostic] = []
        var contracts: [Contract] = []
        contracts.reserveCapacity(chosen.count)
        var names = ContractNames()
        var holidays = HolidayDiagnostics()
        for result in decoded {
            let (found, more, read) = try result.get()
            diagnostics += holidays.admit(read) + more
            guard let contract = found else { continue }
            let problems = names.admit(contract, in: contract.file)
            diagnostics += problems
            if problems.isEmpty { contracts.append(contract) }
        }
        return (contracts, diagnostics)
    }

    /// Decodes one contract document with the holiday files it names (their
    /// own diagnostics first, unless `holidays` reported them already); an id
    /// that is unsafe as a file name or repeats one in `names` is an error at
    /// the id.
    func decodeContract(
        _ document: Document, catalog: Catalog, names: inout ContractNames, holidays: inout HolidayDiagnostics
    ) -> (Contract?, [Diagnostic]) {
        let (decoded, found, read) = HolidayFileLoader(files: files).decode(document, catalog: catalog)
        var contract = decoded
        var diagnostics = holidays.admit(read) + found
        if let found = contract {
            let problems = names.admit(found, in: document.file)
            diagnostics += problems
            if !problems.isEmpty { contract = nil }
        }
        return (contract, diagnostics)
    }

    /// Loads catalog and contracts, failing with every diagnostic when any is an error.
    func loadAll() throws(CLIError) -> (Catalog, [Contract], warnings: [Diagnostic]) {
        let (catalog, catalogDiagnostics) = try loadCatalog()
        let (contracts, contractDiagnostics) = try loadContracts(catalog: catalog)
        let all = catalogDiagnostics + contractDiagnostics
        if all.hasErrors { throw .invalidInput(all) }
        return (catalog, contracts, all)
    }
}
