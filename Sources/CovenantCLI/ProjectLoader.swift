import Covenant
import CovenantFormat

/// Loads and validates the catalog and contracts of a project folder.
struct ProjectLoader {
    /// The folder holding `catalog/` and contract files.
    var contractsFolder: String

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
        for path in try FileSystem.files(under: catalogFolder, accept: { $0.hasSuffix(".yaml") }) {
            let (document, syntax) = Self.parse(try FileSystem.read(path))
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
        try FileSystem.files(under: contractsFolder, accept: { $0.hasSuffix(".yaml") })
            .filter { !$0.hasPrefix(catalogFolder + "/") }
    }

    /// Every contract, checked against the catalog, with duplicate ids reported.
    func loadContracts(catalog: Catalog, paths: [String]? = nil) throws(CLIError) -> ([Contract], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var contracts: [Contract] = []
        let chosen: [String]
        if let paths { chosen = paths } else { chosen = try contractPaths() }
        for path in chosen {
            let (document, syntax) = Self.parse(try FileSystem.read(path))
            diagnostics += syntax
            guard let document else { continue }
            let (found, more) = Self.decodeContract(document, catalog: catalog, existing: contracts)
            diagnostics += more
            if let found { contracts.append(found) }
        }
        return (contracts, diagnostics)
    }

    /// Decodes one contract document, reporting a duplicate id at its second occurrence.
    static func decodeContract(_ document: Document, catalog: Catalog, existing: [Contract]) -> (Contract?, [Diagnostic]) {
        var (contract, diagnostics) = Contract.decode(document, catalog: catalog)
        if let found = contract, let twin = existing.first(where: { $0.id == found.id }) {
            diagnostics.append(.error(
                "contract id \(found.id) is already used by \(twin.file.path)", in: document.file,
                found.places.contract ?? .at(0)))
            contract = nil
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
