import Covenant
import CovenantFormat
import Foundation

/// Writes a realistic month-end project for `covenant-bench close`: the
/// benchmark catalog, one file per contract, and for each month an
/// `incidents.yaml` (a few `scope: all` incidents, some regional ones, most
/// naming one contract), a `maintenance.yaml`, a `tickets.csv` of ticket
/// lifecycles (an automatic reply, rounds of questions to the customer and
/// answers, severity changes, exclusions, reopens; about eight events a
/// ticket) and a `surveys.csv`. The same seed gives the same
/// bytes.
struct TreeGenerator {
    var contracts = 10_000
    var incidents = 20_000
    var ticketEvents = 1_000_000
    var months = 1
    var seed: UInt64 = 0x0C10_5E00_2026

    /// The first month written: January 2026.
    static let firstMonth = LocalMonth(year: 2026, month: 1)!

    /// The id of contract `index`.
    static func contractID(_ index: Int) -> String { "C-B-\(pad(index, 5))" }

    /// The months written, oldest first.
    var monthList: [LocalMonth] { (0..<months).map { Self.firstMonth.adding(months: $0) } }

    /// Writes the project into `folder` (created; existing inputs replaced).
    func write(to folder: String) throws {
        var random = SplitMix64(seed: seed)
        let manager = FileManager.default
        for sub in ["Contracts/catalog"] + monthList.map({ "Scenarios/\($0)" }) {
            try manager.createDirectory(atPath: folder + "/" + sub, withIntermediateDirectories: true)
        }
        try Self.save(Array(benchCatalog.utf8), folder + "/Contracts/catalog/2026.1.yaml")
        for index in 0..<contracts {
            let text = contractText(index, random: &random)
            try Self.save(Array(text.utf8), folder + "/Contracts/\(Self.contractID(index)).yaml")
        }
        for (offset, month) in monthList.enumerated() {
            let share = { (total: Int) in total / months + (offset < total % months ? 1 : 0) }
            let base = "\(folder)/Scenarios/\(month)/"
            let first = offset * (incidents / months + 1)
            try Self.save(
                incidentsText(month, count: share(incidents), first: first, random: &random), base + "incidents.yaml")
            try Self.save(Array(maintenanceText(month).utf8), base + "maintenance.yaml")
            try Self.save(
                ticketsCSV(month, events: share(ticketEvents), prefix: "T\(offset)-", random: &random),
                base + "tickets.csv")
            try Self.save(surveysCSV(month, random: &random), base + "surveys.csv")
        }
    }

    /// Writes a file without syncing it: the benchmark measures covenant, not this.
    private static func save(_ bytes: [UInt8], _ path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown) }
        defer { try? handle.close() }
        try handle.write(contentsOf: bytes)
    }

    private static let tiers = ["starter", "professional", "enterprise"]
    private static let regions = (0..<20).map { "region-\($0)" }

    /// A contract: mostly a year from January, some starting mid-month, some
    /// locked for two years, some in New York time, a few with custom terms.
    private func contractText(_ index: Int, random: inout SplitMix64) -> String {
        let tier = Self.tiers[index % 3]
        let fee = [2500, 15000, 75000][index % 3] + Int(random.next() % 40) * 250
        let startDay = index % 17 == 0 ? Int(random.next() % 27) + 2 : 1
        var text = """
            # Generated contract \(index)
            contract: \(Self.contractID(index))
            customer: Customer \(index) Ltd
            tier: \(tier)
            region: \(Self.regions[index % Self.regions.count])
            timezone: \(index % 5 == 0 ? "America/New_York" : "America/Los_Angeles")
            signed: 2026-01-01
            term:
              start: 2026-01-\(pad(startDay, 2))
              months: \(index % 4 == 0 ? 24 : 12)
            monthly_fee: \(fee).00

            """
        if tier == "enterprise" && index % 9 == 2 {
            text += """
                overrides:
                  uptime: 99.99%
                  credits:
                    - {below: 99.99%, credit: 10%}
                    - {below: 99.95%, credit: 15%}
                    - {below: 99.5%, credit: 25%}
                premium:
                  - {item: 99.99% availability commitment, annual_fee: 120000}

                """
        }
        return text
    }

    /// The month's incidents: one in five thousand for everyone, one in a
    /// hundred for a region, the rest for one contract; a seventh of them of
    /// an excluded cause, some degradations that do not count.
    private func incidentsText(_ month: LocalMonth, count: Int, first: Int, random: inout SplitMix64) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count * 190 + 100)
        out.append(contentsOf: "# Generated incidents for \(month)\ntimezone: America/Los_Angeles\nincidents:\n".utf8)
        let days = month.numberOfDays
        for number in 0..<count {
            let index = first + number
            let day = Int(random.next() % UInt64(days)) + 1
            let hour = Int(random.next() % 23)
            let minutes = Int(random.next() % 50) + 1
            let scope: String
            if number % 5000 == 7 {
                scope = "all"
            } else if number % 100 == 3 {
                scope = "{region: \(Self.regions[Int(random.next() % 20)])}"
            } else {
                scope = "{contracts: [\(Self.contractID(Int(random.next() % UInt64(max(contracts, 1)))))]}"
            }
            let cause = number % 7 == 0 ? "third-party" : "platform"
            let date = "\(month)-\(pad(day, 2))"
            out.append(
                contentsOf: """
                      - id: INC-B-\(pad(index, 6))
                        title: Generated incident \(index)
                        severity: P\(number % 4 + 1)
                        start: \(date)T\(pad(hour, 2)):05:00Z
                        end: \(date)T\(pad(hour, 2)):\(pad(5 + minutes, 2)):00Z
                        scope: \(scope)
                        cause: \(cause)

                    """.utf8)
            if number % 23 == 0 { out.append(contentsOf: "    counts_as_downtime: false\n".utf8) }
        }
        return out
    }

    /// A standing-window drill for everyone, an extra window for a region,
    /// and one announced too late.
    private func maintenanceText(_ month: LocalMonth) -> String {
        var sundayDate = month.firstDay
        while sundayDate.isoWeekday != 7 { sundayDate = sundayDate.adding(days: 1) }
        return """
            # Generated maintenance for \(month)
            timezone: America/Los_Angeles
            maintenance:
              - id: MW-B-\(month)-01
                title: Database failover drill
                start: \(sundayDate) 02:00
                end: \(sundayDate) 03:30
                announced: \(sundayDate)
                scope: all
              - id: MW-B-\(month)-02
                title: Network switch replacement
                start: \(month)-12 22:00
                end: \(month)-12 23:30
                announced: \(month)-01
                scope: {region: region-3}
              - id: MW-B-\(month)-03
                title: Storage firmware update
                start: \(month)-20 21:00
                end: \(month)-20 22:00
                announced: \(month)-18
                scope: {region: region-7}

            """
    }

    /// Ticket lifecycles opened in the month until `events` rows are written.
    private func ticketsCSV(_ month: LocalMonth, events: Int, prefix: String, random: inout SplitMix64) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(events * 70 + 64)
        out.append(contentsOf: "ticket,contract,event,at,severity,note\n".utf8)
        let severities = ["critical", "high", "medium", "low"]
        let monthStart = Int64(month.firstDay.daysSinceEpoch) * 86_400 + 8 * 3_600
        let span = UInt64(month.numberOfDays - 2) * 86_400
        var written = 0
        var ticket = 0
        while written < events {
            let id = "\(prefix)\(ticket)"
            let contract = Self.contractID(Int(random.next() % UInt64(max(contracts, 1))))
            var at = monthStart + Int64(random.next() % span)
            func row(_ event: String, _ severity: String = "", _ note: String = "") {
                let line = "\(id),\(event == "opened" ? contract : ""),\(event),\(RFC3339Instant.utc(at)),"
                out.append(contentsOf: (line + "\(severity),\(note)\n").utf8)
                written += 1
            }
            func later(_ most: UInt64) { at += 60 + Int64(random.next() % most) }
            row("opened", severities[Int(random.next() % 4)], "Generated ticket \(ticket)")
            let shape = random.next() % 100
            if shape < 60 {
                later(30)
                row("auto_reply")
            }
            if shape % 7 == 0 {
                later(3_600)
                row("severity", severities[Int(random.next() % 4)])
            }
            later(6 * 3_600)
            row(shape % 3 == 0 ? "awaiting_customer" : "replied")
            if shape % 3 == 0 {
                later(8 * 3_600)
                row("customer_replied")
            }
            // A conversation: rounds of asking the customer, their answer, and a reply.
            for _ in 0..<(random.next() % 4) {
                later(4 * 3_600)
                row("awaiting_customer")
                later(12 * 3_600)
                row("customer_replied")
                later(2 * 3_600)
                row("replied")
            }
            if shape % 11 == 0 { row("excluded", "", "third-party") }
            if shape < 85 {
                later(30 * 3_600)
                row("resolved")
                if shape % 13 == 0 {
                    later(20 * 3_600)
                    row("reopened")
                    later(10 * 3_600)
                    row("resolved")
                }
            }
            ticket += 1
        }
        return out
    }

    /// A few scores for one contract in fifty.
    private func surveysCSV(_ month: LocalMonth, random: inout SplitMix64) -> [UInt8] {
        var out = Array("contract,at,kind,score\n".utf8)
        let monthStart = Int64(month.firstDay.daysSinceEpoch) * 86_400 + 12 * 3_600
        for index in stride(from: 0, to: contracts, by: 50) {
            let at = RFC3339Instant.utc(monthStart + Int64(random.next() % 20) * 86_400)
            out.append(contentsOf: "\(Self.contractID(index)),\(at),csat,\(random.next() % 10 + 1)\n".utf8)
            out.append(contentsOf: "\(Self.contractID(index)),\(at),nps,\(random.next() % 11)\n".utf8)
        }
        return out
    }
}
