import Covenant
import CovenantFormat
import CovenantTestSupport
import Foundation
import Testing

/// Builds catalogs, contracts and events from file-language text for tests.
enum Fixtures {
    /// A shipped file's text.
    static func text(_ relative: String) -> String { SampleProject.text(relative) }

    /// Parses text; fails the test on a syntax error.
    static func document(_ text: String, path: String = "test.yaml") throws -> Document {
        do {
            return try DocumentParser.parse(SourceFile(path: path, text: text))
        } catch {
            Issue.record("syntax error: \(error.diagnostic.rendered)")
            throw error
        }
    }

    /// The shipped catalog (2026.1 and 2027.1), or catalogs from text.
    static func catalog(_ texts: [String]? = nil) throws -> Catalog {
        let sources = texts ?? [text("Contracts/catalog/2026.1.yaml"), text("Contracts/catalog/2027.1.yaml")]
        var versions: [CatalogVersion] = []
        for (index, source) in sources.enumerated() {
            let (version, diagnostics) = CatalogVersion.decode(try document(source, path: "catalog\(index).yaml"))
            for diagnostic in diagnostics where diagnostic.isError { Issue.record("\(diagnostic.rendered)") }
            versions.append(try #require(version))
        }
        return Catalog(versions: versions)
    }

    /// A contract from text, checked against the catalog; fails on errors.
    static func contract(_ text: String, catalog: Catalog) throws -> Contract {
        let (contract, diagnostics) = Contract.decode(try document(text, path: "contract.yaml"), catalog: catalog)
        for diagnostic in diagnostics where diagnostic.isError { Issue.record("\(diagnostic.rendered)") }
        return try #require(contract)
    }

    /// The diagnostics of a contract text.
    static func contractDiagnostics(_ text: String, catalog: Catalog) throws -> [Diagnostic] {
        Contract.decode(try document(text, path: "contract.yaml"), catalog: catalog).1
    }

    /// An event log from incident and maintenance texts.
    static func events(_ texts: [String], contracts: [Contract] = []) throws -> EventLog {
        var log = EventLog()
        for (index, text) in texts.enumerated() {
            let diagnostics = log.add(
                try document(text, path: "events\(index).yaml"), defaultZone: CatalogCalendars.zone,
                knownContracts: contracts.isEmpty ? nil : Set(contracts.map(\.id)))
            for diagnostic in diagnostics where diagnostic.isError { Issue.record("\(diagnostic.rendered)") }
        }
        return log
    }

    /// A simple contract: `tier`, monthly `fee`, term from `start` for `months`.
    static func simpleContract(
        id: String = "C-1", tier: String = "starter", fee: String = "2500", start: String = "2026-01-01",
        months: Int = 12, signed: String = "2025-12-01", extra: String = ""
    ) -> String {
        """
        contract: \(id)
        customer: Test Customer
        tier: \(tier)
        signed: \(signed)
        term:
          start: \(start)
          months: \(months)
        monthly_fee: \(fee)
        \(extra)
        """
    }

    /// The statement of one contract and month.
    static func statement(
        _ contract: Contract, month: String, events: EventLog = EventLog(), catalog: Catalog
    ) throws -> MonthStatement {
        let builder = StatementBuilder(catalog: catalog, contracts: [contract], events: events)
        let parsed = try #require(ScalarReader.month(month))
        let statement = try builder.statement(for: contract, month: parsed)
        return try #require(statement)
    }

    /// An incidents file with one platform incident per (start, end) pair (UTC).
    static func incidents(_ spans: [(String, String)], cause: String = "platform") -> String {
        var text = "incidents:\n"
        for (index, span) in spans.enumerated() {
            text += "  - {id: INC-\(index), start: \(span.0), end: \(span.1), cause: \(cause), scope: all}\n"
        }
        return text
    }
}
