import CovenantFormat

/// Incidents and maintenance indexed by scope, so that finding those of
/// one contract does not scan every event. Positions are kept in the order
/// read, so merging them keeps file order.
struct EventIndex: Sendable {
    private let log: EventLog
    private var incidentsForAll: [Int] = []
    private var incidentsByRegion: [RegionName: [Int]] = [:]
    private var incidentsByContract: [ContractID: [Int]] = [:]
    private var maintenanceForAll: [Int] = []
    private var maintenanceByRegion: [RegionName: [Int]] = [:]
    private var maintenanceByContract: [ContractID: [Int]] = [:]
    private var skippedByContract: [ContractID: [SkippedRow]] = [:]

    /// Indexes the incidents that can touch `month` in any zone (month
    /// boundaries differ by zone by less than a day; the window is widened by
    /// two), and every maintenance event (classified whole, so earlier events
    /// matter). Incidents and maintenance that start after `asOf` have not
    /// happened yet and are left out (RULES.md §4).
    init(_ log: EventLog, month: LocalMonth, asOf: Int64 = .max) {
        let window =
            Int64(month.firstDay.daysSinceEpoch - 2) * 86_400..<Int64(
                month.adding(months: 1).firstDay.daysSinceEpoch + 2) * 86_400
        self.log = log
        for (position, incident) in log.incidents.enumerated()
        where incident.start < window.upperBound && (incident.end ?? Int64.max) > window.lowerBound
            && incident.start <= asOf
        {
            switch incident.scope {
            case .all: incidentsForAll.append(position)
            case .region(let region): incidentsByRegion[region, default: []].append(position)
            case .contracts(let ids): for id in Set(ids) { incidentsByContract[id, default: []].append(position) }
            }
        }
        for row in log.skippedRows {
            if let contract = row.contract, row.instant != nil { skippedByContract[contract, default: []].append(row) }
        }
        for (position, event) in log.maintenance.enumerated() where event.start <= asOf {
            switch event.scope {
            case .all: maintenanceForAll.append(position)
            case .region(let region): maintenanceByRegion[region, default: []].append(position)
            case .contracts(let ids): for id in Set(ids) { maintenanceByContract[id, default: []].append(position) }
            }
        }
    }

    /// The incidents that apply to a contract, in the order read.
    func incidents(for contract: Contract) -> [Incident] {
        Self.merge(incidentsForAll, contract.region.flatMap { incidentsByRegion[$0] }, incidentsByContract[contract.id])
            .map { log.incidents[$0] }
    }

    /// The maintenance events that apply to a contract, in the order read.
    func maintenance(for contract: Contract) -> [MaintenanceEvent] {
        Self.merge(
            maintenanceForAll, contract.region.flatMap { maintenanceByRegion[$0] }, maintenanceByContract[contract.id]
        )
        .map { log.maintenance[$0] }
    }

    /// The rows `--lenient` skipped that belong to a contract and fall in a range (its month).
    func skippedRows(for contract: Contract, in range: Range<Int64>) -> [SkippedRow] {
        (skippedByContract[contract.id] ?? []).filter { range.contains($0.instant ?? .min) }
    }

    private static func merge(_ a: [Int], _ b: [Int]?, _ c: [Int]?) -> [Int] {
        let b = b ?? []
        let c = c ?? []
        if b.isEmpty && c.isEmpty { return a }
        return (a + b + c).sorted()
    }
}
