import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Testing

/// The clauses that depend on a contract's history: custom terms, changes
/// during the term, the renewal and the lock.
@Suite("Appendix terms over a contract's life")
struct AppendixTermsTests {
    /// Not locked (23 months), custom credits, cap and minimum, a monthly
    /// premium item, a fee below list, an SLA amendment, an anniversary that
    /// brings catalog 2027.1, and a 24-month (locked) renewal.
    static let edgeYAML = """
        contract: C-2026-900
        customer: Edge Case GmbH
        tier: professional
        signed: 2026-05-20
        term: {start: 2026-06-01, months: 23}
        monthly_fee: 14000.00
        overrides:
          credit_cap: 20%
          minimum_credit: 100
          credits:
            - {below: 99.9%, credit: 15%}
            - {below: 99%, credit: 30%}
        premium:
          - {item: Named support engineer, monthly_fee: 1500}
        amendments:
          - effective: 2026-10-01
            overrides:
              support:
                high: {response: 1h}
        renewal: {start: 2028-05-01, months: 24}

        """

    static func rendered() throws -> (Appendix, AppendixDocument) {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(yaml: edgeYAML, catalog: catalog)
        let appendix = try Appendix(contract: contract, catalog: catalog)
        return (appendix, AppendixWriter(appendix).document())
    }

    static func clause(_ document: AppendixDocument, _ title: String) throws -> AppendixClause {
        try #require(document.clauses.first { $0.title == title })
    }

    static func tables(_ clause: AppendixClause) -> [AppendixTable] {
        clause.blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    @Test("the service levels split into periods at the amendment, the anniversary and the renewal")
    func periods() throws {
        let (appendix, document) = try Self.rendered()
        #expect(appendix.periods.map(\.first.description) == ["2026-06-01", "2026-10-01", "2027-06-01", "2028-05-01"])
        #expect(appendix.periods.map(\.last.description) == ["2026-09-30", "2027-05-31", "2028-04-30", "2030-04-30"])
        #expect(appendix.periods.map(\.terms.catalogVersion.version) == ["2026.1", "2026.1", "2027.1", "2027.1"])
        #expect(appendix.periods.map(\.isRenewal) == [false, false, false, true])
        #expect(document.clauses.map(\.title).suffix(4) == [
            "Catalog updates", "Changes from 1 October 2026", "Changes from 1 June 2027", "Renewal term",
        ])
        let october = Self.tables(try Self.clause(document, "Changes from 1 October 2026"))[0]
        #expect(october.header == ["Term", "Until 30 September 2026", "From 1 October 2026"])
        #expect(october.rows == [["High response", "2 hours on the extended clock", "1 hour on the extended clock"]])
        let june = try Self.clause(document, "Changes from 1 June 2027")
        #expect(Self.tables(june)[0].rows == [["Catalog version", "2026.1", "2027.1"], ["Availability target", "99.9%", "99.8%"]])
        #expect(Self.tables(june)[1].rows.map { $0[3] } == ["80.64", "86.4", "89.28"])
        let renewal = try Self.clause(document, "Renewal term")
        #expect(Self.tables(renewal)[0].rows == [["Locked", "no", "yes"]])
        #expect(Self.tables(renewal)[0].header[1] == "Until 30 April 2028")
        #expect(renewal.blocks.map { block in
            if case .paragraph(let spans) = block { return spans.plain }
            return ""
        }.joined().contains("locked for the whole renewal term"))
    }

    @Test("custom terms sit beside the standard ones: fee, schedule, cap (and the capped band), minimum, monthly premium")
    func custom() throws {
        let (_, document) = try Self.rendered()
        let clause = try Self.clause(document, "Custom terms and premium items")
        let tables = Self.tables(clause)
        #expect(tables[0].header == ["Term", "Standard (Professional)", "This contract"])
        #expect(tables[0].rows == [
            ["Monthly fee", "$15,000.00", "$14,000.00"], ["Credit schedule", "below 99.9%: 15%", "below 99.9%: 15%; below 99%: 30%"],
            ["Credit cap", "50%", "20%"], ["Minimum credit", "$0.00", "$100.00"],
        ])
        #expect(tables[1].rows == [["Named support engineer", "$1,500.00 a month", "$18,000.00"]])
        #expect(tables[1].footer == ["Total", "", "$18,000.00"])
        let credits = Self.tables(try Self.clause(document, "Service credits"))[0]
        #expect(credits.rows.last == ["below 99%", "30% (capped at 20%)"])
    }

    @Test("SmallMart's lock names its term's dates, the pinned version and the version held off; its fees change twice")
    func lock() throws {
        let catalog = try AppendixSamples.catalog()
        let document = try AppendixSamples.document(try AppendixSamples.contract(id: "C-2026-014", catalog: catalog), catalog: catalog)
        let lock = try Self.clause(document, "Term lock")
        let text = lock.blocks.map { block -> String in
            if case .paragraph(let spans) = block { return spans.plain }
            return ""
        }.joined(separator: " ")
        for fragment in [
            "from 1 February 2026 to 31 January 2028", "catalog version 2026.1", "signed on 20 January 2026",
            "catalog version 2027.1 (effective 1 January 2027) does not apply",
        ] {
            #expect(text.contains(fragment), "missing \(fragment)")
        }
        #expect(Self.tables(try Self.clause(document, "Fees"))[0].rows == [
            ["February 2026", "$15,000.00"], ["September 2026", "$16,000.00"], ["February 2027", "$15,750.00"],
        ])
    }

    @Test("a target below the first band's bound gets its own no-credit row")
    func gap() throws {
        let catalog = try AppendixSamples.catalog()
        let yaml = """
            contract: C-2026-901
            customer: Gap Inc.
            tier: enterprise
            signed: 2026-01-01
            term: {start: 2026-01-01, months: 12}
            overrides:
              credits:
                - {below: 99.9%, credit: 15%}
            premium:
              - {item: Custom schedule, annual_fee: 1}

            """
        let document = try AppendixSamples.document(try AppendixSamples.contract(yaml: yaml, catalog: catalog), catalog: catalog)
        #expect(Self.tables(try Self.clause(document, "Service credits"))[0].rows == [
            ["at or above 99.95%", "none (the target is met)"],
            ["below 99.95% and at or above 99.9%", "none (no band applies)"], ["below 99.9%", "15%"],
        ])
    }

    @Test("--section renumbers clauses and cross-references", arguments: [1, 7, 12, 999])
    func section(number: Int) throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(id: "C-2026-021", catalog: catalog)
        let document = try AppendixSamples.document(contract, catalog: catalog, section: number)
        #expect(document.heading == "\(number). Service levels")
        #expect(document.clauses.count == 20)
        #expect(document.number(ofClauseAt: 0) == "\(number).1" && document.number(ofClauseAt: 19) == "\(number).20")
        let titles = document.clauses.map(\.title)
        let maintenance = try #require(titles.firstIndex(of: "Maintenance")) + 1
        let renewal = try #require(titles.firstIndex(of: "Renewal term")) + 1
        let markdown = AppendixMarkdownRenderer().render(document)
        #expect(markdown.contains("(clause \(number).\(maintenance))"))
        #expect(markdown.contains("on the terms of clause \(number).\(renewal)"))
        // Every cross-reference names a clause of this section that exists.
        let references = markdown.components(separatedBy: "clause ").dropFirst()
            .map { $0.prefix { $0.isNumber || $0 == "." } }
            .filter { !$0.isEmpty }.map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
        #expect(references.count > 10)
        for reference in references {
            let parts = reference.split(separator: ".")
            #expect(parts.count == 2 && parts[0] == "\(number)", "clause \(reference)")
            #expect((1...titles.count).contains(Int(parts.last ?? "") ?? 0), "clause \(reference)")
        }
    }

    @Test("a contract in euros shows the list fee as the catalog's dollar price, never relabelled in euros")
    func listFeeNotRelabelled() throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(id: "C-2026-041", catalog: catalog)
        let document = try AppendixSamples.document(contract, catalog: catalog)
        let custom = try #require(document.clauses.first { $0.title == "Custom terms and premium items" })
        let rows = custom.blocks.compactMap { block -> [[String]]? in
            if case .table(let table) = block { return table.rows }
            return nil
        }.flatMap { $0 }
        #expect(rows.first == ["Monthly fee", "$15,000.00", "EUR 14,000.00"])
        for format in AppendixReport.formats {
            let text = AppendixReport.render(document, format: format)
            for relabelled in ["EUR 15,000.00", "EUR 75,000.00", "EUR 2,500.00"] { #expect(!text.contains(relabelled)) }
        }
    }

    @Test("the clock-change sentences follow the zones: an hour, half an hour (Lord Howe), none (Tokyo)", arguments: [
        ("America/Los_Angeles", "America/Los_Angeles", "is an hour shorter or longer.", "may be an hour shorter"),
        ("Australia/Lord_Howe", "Australia/Lord_Howe", "is half an hour shorter or longer.", "may be half an hour"),
        ("Asia/Tokyo", "Asia/Tokyo", "Months have their real length.", "A window keeps its local times."),
        ("Asia/Tokyo", "Europe/Berlin", "Months have their real length.", "may be an hour shorter"),
    ])
    func clockChanges(zone: String, maintenanceZone: String, months: String, windows: String) throws {
        let catalog = try AppendixSamples.catalog()
        let contract = try AppendixSamples.contract(yaml: """
            contract: C-2026-901
            customer: Zone Test Ltd
            tier: starter
            timezone: \(zone)
            maintenance_timezone: \(maintenanceZone)
            signed: 2026-01-01
            term: {start: 2026-01-01, months: 12}

            """, catalog: catalog)
        // Markdown keeps a paragraph on one line.
        let text = AppendixReport.render(try AppendixSamples.document(contract, catalog: catalog), format: .md)
        #expect(text.contains(months))
        #expect(text.contains(windows))
    }
}
