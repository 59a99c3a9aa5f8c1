// libFuzzer harness: the whole path from a contract project in memory to every
// report. Built and run by Tests/Fuzz/run.sh (not a SwiftPM target).
//
// An input is a project bundle: files separated by lines `=== NAME` (the
// bundle's first line may be one too). Each file is recognised as `check`
// recognises it: by its top-level keys (`tiers`, `contract`, `incidents`,
// `maintenance`) or its CSV header (tickets, surveys). The harness reads the
// catalog, the contracts and the events as the commands do, then for up to
// three months builds every statement in every format, the summary in every
// format, each statement's explanation, the watch list, and the appendix of
// the first two contracts, and renders every diagnostic. Besides crashes it
// checks that no text, Markdown or diagnostic output carries a hidden
// character (a control, a bidi control, a stray line break).
import Covenant
import CovenantFormat
import CovenantReports

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProject(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let files = ProjectBundle.files(in: Array(UnsafeBufferPointer(start: data, count: size)))
    var diagnostics: [Diagnostic] = []
    var catalogs: [Document] = [], contractDocuments: [Document] = [], eventDocuments: [Document] = []
    var tables: [(file: SourceFile, table: CSVTable)] = []
    for file in files {
        if file.path.hasSuffix(".csv") {
            do {
                tables.append((file, try CSVReader.read(file)))
            } catch {
                diagnostics.append(error.diagnostic)
            }
            continue
        }
        let document: Document
        do {
            document = try DocumentParser.parse(file)
        } catch {
            diagnostics.append(error.diagnostic)
            continue
        }
        if document.root["tiers"] != nil {
            catalogs.append(document)
        } else if document.root["contract"] != nil {
            contractDocuments.append(document)
        } else if document.root["incidents"] != nil || document.root["maintenance"] != nil {
            eventDocuments.append(document)
        }
    }
    var versions: [CatalogVersion] = []
    for document in catalogs {
        let (version, found) = CatalogVersion.decode(document)
        diagnostics += found
        if let version { versions.append(version) }
    }
    let catalog = Catalog(versions: versions)
    var contracts: [Contract] = []
    var seen: Set<ContractID> = []
    for document in contractDocuments {
        let (contract, found) = Contract.decode(document, catalog: catalog)
        diagnostics += found
        if let contract, seen.insert(contract.id).inserted { contracts.append(contract) }
    }
    let known = Set(contracts.map(\.id))
    var events = EventLog()
    for document in eventDocuments {
        diagnostics += events.add(
            document, defaultZone: catalog.defaultZone, knownContracts: known,
            knownRegions: Set(contracts.compactMap(\.region)))
    }
    let tickets = tables.filter { TicketLog.recognises(header: $0.table.header) }
    let surveys = tables.filter { SurveyLog.recognises(header: $0.table.header) }
    let (ticketLog, ticketDiagnostics) = TicketLog.decode(tickets, knownContracts: known, lenient: true)
    let (surveyLog, surveyDiagnostics) = SurveyLog.decode(surveys, knownContracts: known, lenient: true)
    events.tickets = ticketLog
    events.surveys = surveyLog
    diagnostics += ticketDiagnostics + surveyDiagnostics
    // A diagnostic's echoed line keeps its tabs, so the caret lines up under them.
    for diagnostic in diagnostics { Expect.shown(diagnostic.rendered, "a diagnostic", tabs: true) }

    let builder = StatementBuilder(catalog: catalog, contracts: contracts, events: events)
    for month in Months.chosen(contracts: contracts, events: events, zone: catalog.defaultZone) {
        render(month, builder)
    }
    for contract in contracts.prefix(2) {
        guard let appendix = try? Appendix(contract: contract, catalog: catalog) else { continue }
        let document = AppendixWriter(appendix).document()
        for format in AppendixReport.formats {
            let text = AppendixReport.render(document, format: format)
            if format == .text || format == .md { Expect.shown(text, "the appendix") }
        }
    }
    return 0
}

/// Every statement of a month in every format, the summary, the explanations and the watch list.
func render(_ month: LocalMonth, _ builder: StatementBuilder) {
    let statements: [MonthStatement]
    do {
        statements = try builder.statements(for: month)
    } catch {
        Expect.shown(error.message, "a terms error")
        return
    }
    for statement in statements {
        for format in StatementReport.formats {
            let text = StatementReport.render(statement, format: format)
            if format == .text || format == .md { Expect.shown(text, "a \(format) statement") }
            if format == .json { Expect.writableYears(text) }
        }
        Expect.shown(ExplanationReport.render(statement, format: .text), "an explanation")
    }
    let portfolio = Portfolio(month: month, statements: statements)
    for format in PortfolioReport.formats {
        let text = PortfolioReport.render(portfolio, format: format)
        if format == .text || format == .md { Expect.shown(text, "a \(format) summary") }
    }
    let list = WatchList(
        catalog: builder.catalog, contracts: builder.contracts, tickets: builder.events.tickets,
        at: builder.effectiveAsOf(for: month))
    Expect.shown(WatchReport.render(list, format: .text), "the watch list")
}

/// The files of a project bundle.
enum ProjectBundle {
    static func files(in bytes: [UInt8]) -> [SourceFile] {
        var files: [SourceFile] = []
        var name = "Contracts/file-0.yaml"
        var start = 0
        var lineStart = 0
        func close(at end: Int) {
            if end > start || !files.isEmpty || name != "Contracts/file-0.yaml" {
                files.append(SourceFile(path: name, bytes: Array(bytes[start..<end])))
            }
        }
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let isMarker = lineEnd - lineStart > 4 && bytes[lineStart] == 0x3D && bytes[lineStart + 1] == 0x3D
                && bytes[lineStart + 2] == 0x3D && bytes[lineStart + 3] == 0x20
            if isMarker {
                close(at: lineStart)
                name = String(decoding: bytes[(lineStart + 4)..<lineEnd], as: UTF8.self)
                if name.isEmpty || files.count > 24 { name = "Contracts/file-\(files.count).yaml" }
                start = min(lineEnd + 1, bytes.count)
            }
            lineStart = lineEnd + 1
        }
        close(at: bytes.count)
        return files
    }
}

/// Which months to build: the latest event month (the command's default),
/// and the first months of the first contracts; at most three.
enum Months {
    static func chosen(contracts: [Contract], events: EventLog, zone: ZoneRules) -> [LocalMonth] {
        var months: [LocalMonth] = []
        if let latest = events.latestEventInstant { months.append(LocalMonth(zone.local(latest).date)) }
        for contract in contracts.prefix(4) {
            let month = LocalMonth(contract.term.start)
            if !months.contains(month) { months.append(month) }
        }
        return Array(months.prefix(3))
    }
}

/// What every output must hold, checked as a precondition (a crash libFuzzer reports).
enum Expect {
    /// No control but line feeds (and tabs when allowed), no bidi control, no separator: hostile text
    /// shows as `\u{…}`.
    static func shown(_ text: String, _ what: String, tabs: Bool = false) {
        for scalar in text.unicodeScalars
        where scalar != "\n" && !(tabs && scalar == "\t") && VisibleText.isHidden(scalar) {
            preconditionFailure("\(what) carries U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }

    /// Every RFC 3339 instant in a JSON text has a four-digit year.
    static func writableYears(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        while let quote = bytes[index...].firstIndex(of: 0x22) {
            // `"YYYY-MM-DDTHH:MM:SSZ"`: a 'Z' and a quote 21 bytes on, a 'T' 11 on.
            if quote + 21 < bytes.count, bytes[quote + 21] == 0x22, bytes[quote + 20] == 0x5A,
                bytes[quote + 11] == 0x54
            {
                precondition(bytes[quote + 5] == 0x2D, "an instant with a year of four digits")
            }
            if quote + 22 < bytes.count, bytes[quote + 22] == 0x22, bytes[quote + 21] == 0x5A,
                bytes[quote + 12] == 0x54, bytes[quote + 6] == 0x2D
            {
                let shown = String(decoding: bytes[quote..<quote + 23], as: UTF8.self)
                preconditionFailure("an instant with a five-digit year: \(shown)")
            }
            index = quote + 1
        }
    }
}
