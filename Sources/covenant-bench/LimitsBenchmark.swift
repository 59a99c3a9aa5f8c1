import Covenant
import CovenantFormat

/// The linear-time cases of FORMAT.md's limits, each end to end in the
/// library (the command line adds reading the file and printing): a contract
/// whose free-form `contacts` mapping has 1,000,000 keys, parsed and decoded;
/// a contract with 1,000,000 unknown keys, each reported and rendered; a
/// `tickets.csv` of 1,000,000 bad rows, read, decoded and every diagnostic
/// rendered. Prints seconds for each; the target is under 3 s each.
func runLimitsBenchmark() {
    guard let catalogDocument = try? DocumentParser.parse(SourceFile(path: "bench/catalog.yaml", text: benchCatalog)),
        let version = CatalogVersion.decode(catalogDocument).0
    else {
        print("cannot read the benchmark catalog")
        return
    }
    let catalog = Catalog(versions: [version])
    let head =
        "contract: C-1\ncustomer: Bench\ntier: starter\nsigned: 2026-01-01\nterm: {start: 2026-01-01, months: 12}\n"
    let count = 1_000_000

    var contacts = Array((head + "contacts:\n").utf8)
    for index in 0..<count { contacts += Array("  person\(index): p\(index)@example.com\n".utf8) }
    time("contacts: 1,000,000 keys", bytes: contacts.count) { phases in
        let document = try? DocumentParser.parse(SourceFile(path: "bench/contacts.yaml", bytes: contacts))
        guard let document else { return "parse failed" }
        phases.end("parse")
        let (contract, diagnostics) = Contract.decode(document, catalog: catalog)
        phases.end("decode")
        return "\(contract?.contacts.count ?? 0) contacts, \(diagnostics.count) diagnostics"
    }

    var unknown = Array(head.utf8)
    for index in 0..<count { unknown += Array("custmer\(index): x\n".utf8) }
    time("1,000,000 unknown keys", bytes: unknown.count) { phases in
        let document = try? DocumentParser.parse(SourceFile(path: "bench/unknown.yaml", bytes: unknown))
        guard let document else { return "parse failed" }
        phases.end("parse")
        let (_, diagnostics) = Contract.decode(document, catalog: catalog)
        phases.end("decode")
        let rendered = diagnostics.reduce(0) { $0 + $1.rendered.utf8.count }
        phases.end("render")
        return "\(diagnostics.count) diagnostics, \(rendered) bytes rendered"
    }

    var tickets = Array("ticket,contract,event,at,severity,note\n".utf8)
    for index in 0..<count {
        // Alternately a bad instant and a row with too few fields.
        tickets += Array((index % 2 == 0 ? "T-\(index),C-1,opened,2026-13-01,low,\n" : "T-\(index),C-1,opened\n").utf8)
    }
    time("tickets.csv: 1,000,000 bad rows", bytes: tickets.count) { phases in
        let file = SourceFile(path: "bench/tickets.csv", bytes: tickets)
        guard let table = try? CSVReader.read(file) else { return "CSV error" }
        phases.end("read")
        let (_, diagnostics) = TicketLog.decode([(file, table)], knownContracts: [ContractID("C-1")], lenient: true)
        phases.end("decode")
        let rendered = diagnostics.reduce(0) { $0 + $1.rendered.utf8.count }
        phases.end("render")
        return "\(diagnostics.count) warnings, \(rendered) bytes rendered"
    }
}

/// The phases of one timed case.
private struct Phases {
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private(set) var shown: [String] = []

    init() { last = clock.now }

    /// Ends the phase running since the last one.
    mutating func end(_ name: String) {
        let now = clock.now
        shown.append("\(name) \(seconds(now - last)) s")
        last = now
    }
}

/// Runs `work` once and prints its wall time against the 3 s target, with its phases.
private func time(_ name: String, bytes: Int, _ work: (inout Phases) -> String) {
    let clock = ContinuousClock()
    let start = clock.now
    var phases = Phases()
    let result = work(&phases)
    let elapsed = clock.now - start
    let met = elapsed < .seconds(3) ? "met" : "missed"
    print("  \(name) (\(bytes / 1_000_000) MB): \(seconds(elapsed)) s (target under 3 s: \(met))")
    print("    \(phases.shown.joined(separator: ", ")); \(result)")
}

private func seconds(_ duration: Duration) -> String {
    let (whole, attoseconds) = duration.components
    let milliseconds = whole * 1000 + attoseconds / 1_000_000_000_000_000
    return "\(milliseconds / 1000).\(pad(Int(milliseconds % 1000), 3))"
}
