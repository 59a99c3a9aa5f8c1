import Covenant
import CovenantFormat
import Foundation

/// 1,000,000 ticket events over 10,000 generated contracts in January 2026,
/// end to end: CSV read, tickets decoded and checked, every statement built
/// (availability, credit, support and surveys). Prints each phase's wall time
/// and the peak resident memory (VmHWM). Targets: under 3 s and under 1 GB.
func runTicketsBenchmark() {
    let contractCount = 10_000
    let eventTarget = 1_000_000
    var random = SplitMix64(seed: 0x5EED_7C6E_7500)

    // The catalog and contracts, decoded like the project's files.
    guard let catalogDocument = try? DocumentParser.parse(SourceFile(path: "bench/catalog.yaml", text: benchCatalog)),
        let version = CatalogVersion.decode(catalogDocument).0
    else {
        print("cannot read the benchmark catalog")
        return
    }
    let catalog = Catalog(versions: [version])
    let tiers = ["starter", "professional", "enterprise"]
    var contracts: [Contract] = []
    contracts.reserveCapacity(contractCount)
    for index in 0..<contractCount {
        let zone = index % 5 == 0 ? "America/New_York" : "America/Los_Angeles"
        let text = """
            contract: C-B-\(pad(index, 5))
            customer: Bench customer \(index)
            tier: \(tiers[index % 3])
            timezone: \(zone)
            signed: 2026-01-01
            term:
              start: 2026-01-01
              months: 12

            """
        guard let document = try? DocumentParser.parse(SourceFile(path: "bench/C-B-\(pad(index, 5)).yaml", text: text)),
            let contract = Contract.decode(document, catalog: catalog).0
        else {
            print("cannot decode contract \(index)")
            return
        }
        contracts.append(contract)
    }

    // The tickets: each one opened in January, then a seeded mix of events.
    let monthStart: Int64 = 1_767_254_400  // 2026-01-01T08:00:00Z, midnight in Los Angeles
    let severities = ["critical", "high", "medium", "low"]
    var csv = "ticket,contract,event,at,severity,note\n"
    csv.reserveCapacity(eventTarget * 64)
    var events = 0
    var ticketCount = 0
    while events < eventTarget {
        let id = "T-\(ticketCount)"
        let contract = contracts[Int(random.next() % UInt64(contractCount))].id.rawValue
        var at = monthStart + Int64(random.next() % (29 * 86_400))
        func row(_ event: String, _ severity: String = "", _ note: String = "") {
            csv += "\(id),\(event == "opened" ? contract : ""),\(event),\(RFC3339Instant.utc(at)),\(severity),\(note)\n"
            events += 1
        }
        func later(_ most: UInt64) { at += 60 + Int64(random.next() % most) }
        row("opened", severities[Int(random.next() % 4)])
        let shape = random.next() % 100
        if shape < 60 { later(30); row("auto_reply") }
        if shape % 7 == 0 { later(3_600); row("severity", severities[Int(random.next() % 4)]) }
        later(6 * 3_600)
        row(shape % 3 == 0 ? "awaiting_customer" : "replied")
        if shape % 3 == 0 { later(8 * 3_600); row("customer_replied") }
        if shape % 11 == 0 { row("excluded", "", "third-party") }
        if shape < 85 {
            later(30 * 3_600)
            row("resolved")
            if shape % 13 == 0 { later(20 * 3_600); row("reopened"); later(10 * 3_600); row("resolved") }
        }
        ticketCount += 1
    }
    let bytes = Array(csv.utf8)
    csv = ""

    // The timed run, best of three: these machines are shared and noisy.
    // The peak is read after the first run: later runs reuse memory the
    // allocator kept from the first, which would only add fragmentation.
    var best: TicketsRun?
    var firstPeak: Int?
    for _ in 0..<3 {
        guard let run = TicketsRun(bytes: bytes, catalog: catalog, contracts: contracts) else { return }
        if best == nil || run.total < best!.total { best = run }
        if firstPeak == nil { firstPeak = peakResidentKilobytes() }
    }
    guard let run = best else { return }
    // Baseline in the same run: the same statements with no tickets (availability and credit only).
    let baselineStart = ContinuousClock.now
    _ = try? StatementBuilder(catalog: catalog, contracts: contracts, events: EventLog())
        .statements(for: LocalMonth(year: 2026, month: 1)!)
    let baseline = ContinuousClock.now - baselineStart
    print("\(events) ticket events, \(ticketCount) tickets, \(contracts.count) contracts, \(bytes.count / 1_000_000) MB of CSV")
    print("best of 3 end-to-end runs:")
    print("  read CSV:          \(milliseconds(run.read))")
    print("  decode tickets:    \(milliseconds(run.decode))")
    print("  build statements:  \(milliseconds(run.build))  (\(run.statements) statements, \(run.measured) tickets measured)")
    print("    of which without tickets (baseline, same run): \(milliseconds(baseline))")
    print("  total:             \(milliseconds(run.total))  (target under 3 s: \(run.total < .seconds(3) ? "met" : "missed"))")
    print("  clocks: \(run.met) met, \(run.missed) missed, \(run.pending) pending")
    print("  peak memory (VmHWM) after one run: \(firstPeak.map { "\($0 / 1024) MB (target under 1 GB: \($0 < 1_048_576 ? "met" : "missed"))" } ?? "unknown")")
    print("  peak memory (VmHWM) after three runs: \(peakResidentKilobytes().map { "\($0 / 1024) MB" } ?? "unknown")")
}

/// One timed end-to-end run: read the CSV, decode the tickets, build every statement.
private struct TicketsRun {
    var read: Duration
    var decode: Duration
    var build: Duration
    var total: Duration { read + decode + build }
    var statements = 0
    var measured = 0
    var met = 0
    var missed = 0
    var pending = 0

    init?(bytes: [UInt8], catalog: Catalog, contracts: [Contract]) {
        let began = ContinuousClock.now
        var read = began
        // The table is dropped once decoded, as `statement` does.
        let tickets: TicketLog
        do {
            let file = SourceFile(path: "bench/tickets.csv", bytes: bytes)
            let table: CSVTable
            do {
                table = try CSVReader.read(file)
            } catch {
                print("CSV error: \(error.diagnostic.rendered)")
                return nil
            }
            read = ContinuousClock.now
            let (decoded, diagnostics) = TicketLog.decode([(file, table)], knownContracts: Set(contracts.map(\.id)))
            if diagnostics.hasErrors {
                print("ticket errors: \(diagnostics.prefix(3).map(\.rendered).joined(separator: "\n"))")
                return nil
            }
            tickets = decoded
        }
        let decoded = ContinuousClock.now
        var log = EventLog()
        log.tickets = tickets
        let statements: [MonthStatement]
        do {
            statements = try StatementBuilder(catalog: catalog, contracts: contracts, events: log)
                .statements(for: LocalMonth(year: 2026, month: 1)!)
        } catch {
            print("terms error: \(error.message)")
            return nil
        }
        let built = ContinuousClock.now
        self.read = read - began
        self.decode = decoded - read
        self.build = built - decoded
        self.statements = statements.count
        for statement in statements {
            measured += statement.support.tickets.count
            met += statement.support.response.met + statement.support.resolution.met
            missed += statement.support.response.missed + statement.support.resolution.missed
            pending += statement.support.response.pending + statement.support.resolution.pending
        }
    }
}

/// A duration as whole milliseconds.
private func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
}

/// The process's peak resident set size in kilobytes, from `/proc/self/status`.
private func peakResidentKilobytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "")
    }
    return nil
}

/// Catalog 2026.1's calendars and tiers (holiday period included).
let benchCatalog = """
    version: 2026.1
    effective: 2026-01-01
    provider: Bench
    currency: USD
    rounding: half-up
    timezone: America/Los_Angeles
    calendars:
      always:
        hours: 24x7
      business:
        hours:
          mon-fri: 09:00-17:00
        holidays: [us-federal]
      extended:
        hours:
          mon-fri: 09:00-18:00
        holidays: [us-federal]
      extended-weekend:
        hours:
          mon-fri: 09:00-18:00
          sat-sun: 09:00-17:00
        holidays: [us-federal]
    holiday_periods:
      - name: Year-end
        from: 12-24
        to: 01-02
        extend_response: 24h
        tiers: [starter, professional]
    maintenance:
      standing:
        - sun 02:00-04:00
      extra:
        per_month: 1
        max_duration: 4h
        notice: 7d
    tiers:
      starter:
        name: Starter
        list_fee: 2500
        uptime: 99.5%
        credits:
          - {below: 99.5%, credit: 10%}
        credit_cap: 50%
        achievement: {response: 90%, resolution: 95%}
        clocks: {response: always, resolution: business}
        support:
          critical: {response: 24h, resolution: 5 business days, warn_before: 10m}
          high:     {response: 8h,  resolution: 2 business days, warn_before: 15m}
          medium:   {response: 24h, resolution: 7 business days}
          low:      {response: 48h}
      professional:
        name: Professional
        list_fee: 15000
        uptime: 99.9%
        credits:
          - {below: 99.9%, credit: 15%}
        credit_cap: 50%
        achievement: {response: 95%, resolution: 95%}
        clocks: {response: extended, resolution: extended}
        support:
          critical:
            response: 4h
            resolution: 2 business days
            clocks: {response: extended-weekend, resolution: extended-weekend}
          high:     {response: 2h,  resolution: 8 business hours}
          medium:   {response: 4h,  resolution: 1 business day}
          low:      {response: 24h, resolution: 3 business days}
      enterprise:
        name: Enterprise
        list_fee: 75000
        uptime: 99.95%
        credits:
          - {below: 99.95%, credit: 15%}
        credit_cap: 50%
        achievement: {response: 99%, resolution: 99%}
        clocks: {response: extended, resolution: extended}
        support:
          critical:
            response: 1h
            resolution: 8h
            clocks: {response: always, resolution: always}
          high:
            response: 30m
            resolution: 2h
            clocks: {response: always, resolution: always}
          medium:   {response: 1h, resolution: 4h}
          low:      {response: 4h, resolution: 24h}

    """
