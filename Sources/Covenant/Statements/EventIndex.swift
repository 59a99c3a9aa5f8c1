/// Incidents and maintenance indexed by scope, so that finding those of
/// one contract does not scan every event.
struct EventIndex: Sendable {
    private var incidentsForAll: [Incident] = []
    private var incidentsByRegion: [String: [Incident]] = [:]
    private var incidentsByContract: [ContractID: [Incident]] = [:]
    private var maintenanceForAll: [(Int, MaintenanceEvent)] = []
    private var maintenanceByRegion: [String: [(Int, MaintenanceEvent)]] = [:]
    private var maintenanceByContract: [ContractID: [(Int, MaintenanceEvent)]] = [:]
    private var incidentOrder: [String: Int] = [:]

    /// Indexes the events that touch `window` (maintenance is kept whole).
    init(_ log: EventLog, window: Range<Int64>) {
        for (order, incident) in log.incidents.enumerated()
        where incident.start < window.upperBound && (incident.end ?? Int64.max) > window.lowerBound {
            incidentOrder[incident.id] = order
            switch incident.scope {
            case .all: incidentsForAll.append(incident)
            case .region(let region): incidentsByRegion[region, default: []].append(incident)
            case .contracts(let ids): for id in Set(ids) { incidentsByContract[id, default: []].append(incident) }
            }
        }
        for (order, event) in log.maintenance.enumerated() {
            switch event.scope {
            case .all: maintenanceForAll.append((order, event))
            case .region(let region): maintenanceByRegion[region, default: []].append((order, event))
            case .contracts(let ids): for id in Set(ids) { maintenanceByContract[id, default: []].append((order, event)) }
            }
        }
    }

    /// The incidents that apply to a contract, in the order read.
    func incidents(for contract: Contract) -> [Incident] {
        var found = incidentsForAll
        if let region = contract.region { found += incidentsByRegion[region] ?? [] }
        found += incidentsByContract[contract.id] ?? []
        return found.sorted { incidentOrder[$0.id, default: 0] < incidentOrder[$1.id, default: 0] }
    }

    /// The maintenance events that apply to a contract, in the order read.
    func maintenance(for contract: Contract) -> [MaintenanceEvent] {
        var found = maintenanceForAll
        if let region = contract.region { found += maintenanceByRegion[region] ?? [] }
        found += maintenanceByContract[contract.id] ?? []
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
