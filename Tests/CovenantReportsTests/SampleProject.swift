import Covenant
import CovenantFormat
import Foundation
import Testing

/// The shipped samples, read as the command reads them.
enum SampleProject {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func document(_ relative: String) throws -> Document {
        let data = try #require(FileManager.default.contents(atPath: root + "/" + relative))
        return try DocumentParser.parse(SourceFile(path: relative, bytes: [UInt8](data)))
    }

    static func files(_ folder: String, named accept: (String) -> Bool) -> [String] {
        let base = root + "/" + folder
        let names = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
        return names.filter { accept(($0 as NSString).lastPathComponent) }.map { folder + "/" + $0 }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Catalog, contracts and every month's incidents, maintenance, tickets and surveys.
    static func load() throws -> (Catalog, [Contract], EventLog) {
        var versions: [CatalogVersion] = []
        for path in files("Contracts/catalog", named: { $0.hasSuffix(".yaml") }) {
            versions.append(try #require(CatalogVersion.decode(try document(path)).0))
        }
        let catalog = Catalog(versions: versions)
        var contracts: [Contract] = []
        for path in files("Contracts", named: { $0.hasSuffix(".yaml") }) where !path.hasPrefix("Contracts/catalog/") {
            contracts.append(try #require(Contract.decode(try document(path), catalog: catalog).0))
        }
        var log = EventLog()
        for path in files("Scenarios", named: { $0 == "incidents.yaml" || $0 == "maintenance.yaml" }) {
            let diagnostics = log.add(try document(path), defaultZone: catalog.defaultZone, knownContracts: Set(contracts.map(\.id)))
            #expect(!diagnostics.hasErrors)
        }
        let known = Set(contracts.map(\.id))
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

    /// The month's statements of the samples.
    static func statements(_ month: String) throws -> [MonthStatement] {
        let (catalog, contracts, events) = try load()
        return try StatementBuilder(catalog: catalog, contracts: contracts, events: events)
            .statements(for: try #require(ScalarReader.month(month)))
    }
}
