import CovenantFormat

/// A contract's availability in one month (RULES.md §4), with the parts
/// that produced it.
public struct MonthAvailability: Sendable, Hashable {
    /// One incident's share of the month.
    public struct IncidentEntry: Sendable, Hashable {
        public var incident: Incident
        /// Its seconds inside the month's service.
        public var clippedSeconds: Int64
        /// Of those, the seconds that count as downtime (0 for excluded causes;
        /// time inside excluded maintenance removed).
        public var countedSeconds: Int64
        /// Whether it was still open (counted to the end of the month).
        public var isOpen: Bool
    }

    /// One maintenance event's share of the month.
    public struct MaintenanceEntry: Sendable, Hashable {
        public var classification: MaintenanceClassification
        /// Its excluded seconds inside the month's service.
        public var excludedSeconds: Int64
        /// Its downtime seconds inside the month's service (outside excluded time).
        public var downtimeSeconds: Int64
    }

    /// The month's service.
    public var period: ServicePeriod
    /// The union of excluded maintenance, in service.
    public var excluded: IntervalSet
    /// The union of counting incidents and counted maintenance, less excluded.
    public var downtime: IntervalSet
    /// Incidents that apply and touch the month.
    public var incidents: [IncidentEntry]
    /// Maintenance that applies and touches the month.
    public var maintenance: [MaintenanceEntry]

    /// Seconds in service.
    public var periodSeconds: Int64 { period.seconds }
    /// Seconds of excluded maintenance.
    public var excludedSeconds: Int64 { excluded.measure }
    /// `period − excluded`.
    public var eligibleSeconds: Int64 { periodSeconds - excludedSeconds }
    /// `eligible − downtime`: the numerator of the uptime.
    public var availableSeconds: Int64 { eligibleSeconds - downtimeSeconds }
    /// Seconds of downtime.
    public var downtimeSeconds: Int64 { downtime.measure }
    /// The exact uptime.
    public var uptime: Uptime { Uptime(numerator: eligibleSeconds - downtimeSeconds, denominator: eligibleSeconds) }
    /// Whether an open incident makes the month provisional.
    public var isProvisional: Bool { incidents.contains { $0.isOpen && $0.incident.counts && $0.clippedSeconds > 0 } }

    /// Computes the month from the incidents and classified maintenance that
    /// apply to the contract.
    public init(period: ServicePeriod, incidents: [Incident], maintenance: [MaintenanceClassification]) {
        self.period = period
        let service = period.service
        var excluded = IntervalSet()
        for entry in maintenance { excluded = excluded.union(entry.excluded) }
        excluded = excluded.intersection(service)
        var counting: [Range<Int64>] = []
        var incidentEntries: [IncidentEntry] = []
        incidentEntries.reserveCapacity(incidents.count)
        for incident in incidents {
            let end = incident.end ?? max(period.monthRange.upperBound, incident.start)
            var clipped: Int64 = 0
            var counted: Int64 = 0
            for part in service.intervals {
                let low = max(incident.start, part.lowerBound), high = min(end, part.upperBound)
                guard low < high else { continue }
                clipped += high - low
                if incident.counts {
                    counting.append(low..<high)
                    counted += excluded.measure(outside: low..<high)
                }
            }
            guard clipped > 0 else { continue }
            incidentEntries.append(IncidentEntry(
                incident: incident, clippedSeconds: clipped, countedSeconds: counted, isOpen: incident.end == nil))
        }
        var maintenanceEntries: [MaintenanceEntry] = []
        for entry in maintenance {
            let touched = IntervalSet([entry.event.start..<entry.event.end]).intersection(service)
            guard !touched.isEmpty else { continue }
            let down = entry.downtime.intersection(service).subtracting(excluded)
            counting += down.intervals
            maintenanceEntries.append(MaintenanceEntry(
                classification: entry, excludedSeconds: entry.excluded.intersection(service).measure,
                downtimeSeconds: down.measure))
        }
        self.excluded = excluded
        self.downtime = IntervalSet(counting).intersection(service).subtracting(excluded)
        self.incidents = incidentEntries
        self.maintenance = maintenanceEntries
    }
}
