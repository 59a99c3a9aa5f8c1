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
        for path in try files.files(under: catalogFolder, accept: { $0.hasSuffix(".yaml") }) {
            let (document, syntax) = Self.parse(try files.read(path))
            diagnostics += syntax
            guard let document else { continue }
            let (version, found) = CatalogVersion.decode(document)
            diagnostics += found
            if let version {
                if let twin = versions.first(where: { $0.version == version.version || $0.effective == version.effective }) {
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

    /// The contract files: every `.yaml` below the folder outside `catalog/`.
    func contractPaths() throws(CLIError) -> [String] {
        try files.files(under: contractsFolder, accept: { $0.hasSuffix(".yaml") })
            .filter { !$0.hasPrefix(catalogFolder + "/") }
    }

    /// Every contract, checked against the catalog, with duplicate and
    /// unsafe ids reported. Files are read and decoded on every core; the
    /// results and diagnostics come in file order.
    func loadContracts(catalog: Catalog, paths: [String]? = nil) throws(CLIError) -> ([Contract], [Diagnostic]) {
        let chosen: [String]
        if let paths { chosen = paths } else { chosen = try contractPaths() }
        let files = self.files
        let decoded = Parallel.map(chosen.count, chunk: 32) { index -> Result<(Contract?, [Diagnostic]), CLIError> in
            do throws(CLIError) {
                let (document, syntax) = Self.parse(try files.read(chosen[index]))
                guard let document else { return .success((nil, syntax)) }
                return .success(Contract.decode(document, catalog: catalog))
            } catch {
                return .failure(error)
            }
        }
        var diagnostics: [Diagnostic] = []
        var contracts: [Contract] = []
        contracts.reserveCapacity(chosen.count)
        var names = ContractNames()
        for result in decoded {
            let (found, more) = try result.get()
            diagnostics += more
            guard let contract = found else { continue }
            let problems = names.admit(contract, in: contract.file)
            diagnostics += problems
            if problems.isEmpty { contracts.append(contract) }
        }
        return (contracts, diagnostics)
    }

    /// Decodes one contract document; an id that is unsafe as a file name or
    /// repeats one in `names` is an error at the id.
    static func decodeContract(_ document: Document, catalog: Catalog, names: inout ContractNames)
        -> (Contract?, [Diagnostic])
    {
        var (contract, diagnostics) = Contract.decode(document, catalog: catalog)
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
