import Covenant
import CovenantFormat
import CovenantReports
import Foundation

/// 10,000 generated contracts and 20,000 incidents in one month, end to end:
/// parse and check the files, build every statement, render them as JSON,
/// then as text, Markdown and HTML (each through its statement document).
func runStatementBenchmark() {
    var random = SplitMix64(seed: 2026)
    let tiers = ["starter", "professional", "enterprise"]
    let regions = (0..<20).map { "region-\($0)" }
    let contractCount = 10_000
    let incidentCount = 20_000
    var contractFiles: [SourceFile] = []
    for index in 0..<contractCount {
        let start = Int.random(in: 1...28, using: &random)
        let text = """
            contract: C-\(index)
            customer: Customer \(index)
            tier: \(tiers[index % 3])
            region: \(regions[index % regions.count])
            signed: 2026-01-01
            term:
              start: 2026-01-\(pad(index % 5 == 0 ? start : 1, 2))
              months: \(index % 4 == 0 ? 24 : 12)
            monthly_fee: \(2500 + index % 100 * 100).00

            """
        contractFiles.append(SourceFile(path: "C-\(index).yaml", text: text))
    }
    var incidents = "timezone: America/Los_Angeles\nincidents:\n"
    for index in 0..<incidentCount {
        let day = Int.random(in: 1...31, using: &random)
        let hour = Int.random(in: 0...23, using: &random)
        let minutes = Int.random(in: 1...180, using: &random)
        let scope: String
        // Mostly one customer's incidents; a few regional ones; one in a thousand platform-wide.
        switch index % 1000 {
        case 0: scope = "all"
        case 1...20: scope = "{region: \(regions[index % regions.count])}"
        default: scope = "{contracts: [C-\(Int.random(in: 0..<contractCount, using: &random))]}"
        }
        let cause = index % 7 == 0 ? "third-party" : "platform"
        let start = "2026-01-\(pad(day, 2))T\(pad(hour, 2)):00:00Z"
        let endMinutes = hour * 60 + minutes
        let end =
            endMinutes < 24 * 60
            ? "2026-01-\(pad(day, 2))T\(pad(endMinutes / 60, 2)):\(pad(endMinutes % 60, 2)):00Z"
            : "2026-01-\(pad(day, 2))T23:59:59Z"
        incidents +=
            "  - id: INC-\(index)\n    start: \(start)\n    end: \(end)\n    scope: \(scope)\n    cause: \(cause)\n"
    }
    let catalogText = (try? String(contentsOfFile: "Contracts/catalog/2026.1.yaml", encoding: .utf8)) ?? ""
    print("  \(contractCount) contracts, \(incidentCount) incidents, month 2026-01")

    var timer = PhaseTimer()
    guard let catalogDocument = try? DocumentParser.parse(SourceFile(path: "catalog.yaml", text: catalogText)),
        let version = CatalogVersion.decode(catalogDocument).0
    else {
        print("  run from the project root: the catalog in Contracts/catalog/2026.1.yaml is needed")
        return
    }
    let catalog = Catalog(versions: [version])
    var contracts: [Contract] = []
    contracts.reserveCapacity(contractCount)
    for file in contractFiles {
        guard let document = try? DocumentParser.parse(file),
            let contract = Contract.decode(document, catalog: catalog).0
        else {
            print("  generated contract \(file.path) did not load")
            return
        }
        contracts.append(contract)
    }
    timer.phase("parse + check contracts")
    var log = EventLog()
    let document: Document
    do {
        document = try DocumentParser.parse(SourceFile(path: "incidents.yaml", text: incidents))
    } catch {
        print("  generated incidents did not parse: \(error.diagnostic.rendered)")
        return
    }
    let diagnostics = log.add(document, defaultZone: catalog.defaultZone, knownContracts: Set(contracts.map(\.id)))
    timer.phase("parse + check incidents", "(\(diagnostics.filter(\.isError).count) errors)")
    let statements =
        (try? StatementBuilder(catalog: catalog, contracts: contracts, events: log)
            .statements(for: LocalMonth(year: 2026, month: 1)!)) ?? []
    timer.phase("compute statements", "(\(statements.count))")
    var bytes = 0
    for statement in statements { bytes += StatementJSON.render(statement).utf8.count }
    timer.phase("render JSON", "(\(bytes / 1024) KiB)")
    var pages = 0
    for format in [ReportFormat.text, .md, .html] {
        for statement in statements { pages += StatementReport.render(statement, format: format).utf8.count }
        timer.phase("render \(format)", "")
    }
    let credits = statements.reduce(Int64(0)) { $0 + $1.credit.amount.minorUnits }
    print(
        String(
            format: "  total %.3f s wall, peak memory %.0f MiB (target: under 2 s); credits %@",
            timer.total, PhaseTimer.peakMemoryMiB(), Money(minorUnits: credits, currency: .usd).plain))
}
