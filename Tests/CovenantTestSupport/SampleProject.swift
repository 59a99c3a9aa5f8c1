import Covenant
import CovenantFormat
import Foundation
import Testing

/// The shipped samples, read as the commands read them: the catalog, the
/// contracts, every month's events and the staffing scenarios.
public enum SampleProject {
    /// The repository root, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// A file's text, from a path relative to the root; empty when missing.
    public static func text(_ relative: String) -> String {
        String(decoding: FileManager.default.contents(atPath: root + "/" + relative) ?? Data(), as: UTF8.self)
    }

    /// A shipped file, parsed.
    public static func document(_ relative: String) throws -> Document {
        let data = try #require(FileManager.default.contents(atPath: root + "/" + relative))
        return try DocumentParser.parse(SourceFile(path: relative, bytes: [UInt8](data)))
    }

    /// The files below a folder whose names pass `accept`, in byte order of their paths.
    public static func files(_ folder: String, named accept: (String) -> Bool) -> [String] {
        let base = root + "/" + folder
        let names = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
        return names.filter { accept(($0 as NSString).lastPathComponent) }.map { folder + "/" + $0 }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The contract files (not the catalog's), in byte order.
    public static var contractFiles: [String] {
        files("Contracts", named: { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") })
            .filter { !$0.hasPrefix("Contracts/catalog/") }
    }

    /// The catalog, every version.
    public static func catalog() throws -> Catalog {
        var versions: [CatalogVersion] = []
        for path in files("Contracts/catalog", named: { $0.hasSuffix(".yaml") }) {
            versions.append(try #require(CatalogVersion.decode(try document(path)).0))
        }
        return Catalog(versions: versions)
    }

    /// The holiday files a shipped contract names, read as the command line
    /// reads them: relative to the contract's folder.
    public static func holidayFiles(for document: Document) -> [String: HolidayFileReading] {
        var readings: [String: HolidayFileReading] = [:]
        let folder = (document.file.path as NSString).deletingLastPathComponent
        for name in Contract.holidayFileNames(in: document) {
            let path = folder.isEmpty ? name : folder + "/" + name
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else {
                readings[name] = .missing(path: path)
                continue
            }
            let (events, diagnostics) = ICalendarReader.read(SourceFile(path: path, bytes: [UInt8](data)))
            readings[name] = .read(path: path, events: events, errors: diagnostics.filter(\.isError).count)
        }
        return readings
    }

    /// A shipped contract, decoded against the catalog with its holiday files.
    public static func contract(_ relative: String, catalog: Catalog) throws -> (Contract?, [Diagnostic]) {
        let document = try document(relative)
        return Contract.decode(document, catalog: catalog, holidayFiles: holidayFiles(for: document))
    }

    /// Catalog, contracts and every month's incidents, maintenance, tickets and surveys.
    public static func load() throws -> (Catalog, [Contract], EventLog) {
        let catalog = try catalog()
        var contracts: [Contract] = []
        for path in contractFiles {
            contracts.append(try #require(try contract(path, catalog: catalog).0))
        }
        let known = Set(contracts.map(\.id))
        var log = EventLog()
        for path in files("Scenarios", named: { $0 == "incidents.yaml" || $0 == "maintenance.yaml" }) {
            let diagnostics = log.add(try document(path), defaultZone: catalog.defaultZone, knownContracts: known)
            #expect(!diagnostics.hasErrors)
        }
        func tables(_ name: String) throws -> [(file: SourceFile, table: CSVTable)] {
            try files("Scenarios", named: { $0 == name }).map { path in
                let data = try #require(FileManager.default.contents(atPath: root + "/" + path))
                let file = SourceFile(path: path, bytes: [UInt8](data))
                return (file, try CSVReader.read(file))
            }
        }
        let (tickets, ticketDiagnostics) = TicketLog.decode(try tables("tickets.csv"), knownContracts: known)
        let (surveys, surveyDiagnostics) = SurveyLog.decode(try tables("surveys.csv"), knownContracts: known)
        #expect(ticketDiagnostics.isEmpty && surveyDiagnostics.isEmpty)
        log.tickets = tickets
        log.surveys = surveys
        return (catalog, contracts, log)
    }

    /// A month's statements of the samples, in contract-id order.
    public static func statements(_ month: String) throws -> [MonthStatement] {
        let (catalog, contracts, events) = try load()
        return try StatementBuilder(catalog: catalog, contracts: contracts, events: events)
            .statements(for: try #require(ScalarReader.month(month)))
    }

    /// A month's statement of one sample contract.
    public static func statement(_ contract: String, _ month: String) throws -> MonthStatement {
        try #require(try statements(month).first { $0.contract.id.rawValue == contract })
    }

    /// A staffing scenario of `Scenarios/staffing/` planned with SEED.md's tiers, as `budget` does without a catalog.
    public static func budgetPlan(_ name: String) throws -> BudgetPlan {
        let decoded = StaffingScenario.decode(try document("Scenarios/staffing/\(name).yaml"), tiers: .seedDefaults)
        let scenario = try #require(decoded.scenario, "\(decoded.diagnostics.map(\.rendered))")
        return BudgetPlan(scenario: scenario, tiers: .seedDefaults)
    }
}
