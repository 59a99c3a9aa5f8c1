import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

/// The sample catalog and contracts for appendix tests, and contracts written
/// in the contract language for the cases the samples do not cover.
enum AppendixSamples {
    /// Every sample contract file, in byte order.
    static let contractFiles: [String] = SampleProject.contractFiles

    /// The sample catalog.
    static func catalog() throws -> Catalog { try SampleProject.catalog() }

    /// A sample contract by its file, decoded against the sample catalog.
    static func contract(file path: String, catalog: Catalog) throws -> Contract {
        try #require(try SampleProject.contract(path, catalog: catalog).0)
    }

    /// A sample contract by its id.
    static func contract(id: String, catalog: Catalog) throws -> Contract {
        for path in contractFiles {
            let contract = try contract(file: path, catalog: catalog)
            if contract.id.rawValue == id { return contract }
        }
        Issue.record("no sample contract \(id)")
        throw CancellationError()
    }

    /// A contract written in the contract language, decoded without errors.
    static func contract(yaml: String, catalog: Catalog) throws -> Contract {
        let document = try DocumentParser.parse(SourceFile(path: "test.yaml", text: yaml))
        let (contract, diagnostics) = Contract.decode(document, catalog: catalog)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.rendered))")
        return try #require(contract)
    }

    /// A contract's appendix as a document.
    static func document(_ contract: Contract, catalog: Catalog, section: Int = 7) throws -> AppendixDocument {
        AppendixWriter(try Appendix(contract: contract, catalog: catalog), section: section).document()
    }

    /// A Starter customer whose name, contact and premium item are hostile
    /// markup.
    static let hostileYAML = """
        contract: C-2026-666
        customer: "<script>alert(1)</script> & Sons"
        tier: starter
        signed: 2026-01-01
        term: {start: 2026-01-01, months: 12}
        premium:
          - {item: "a | b <b>bold</b> *x* [link](x) _u_ `c` # h", monthly_fee: 10}
        contacts:
          escalation: "\\"quotes\\" 'single' <x@y> &amp; |pipe|"

        """
}
