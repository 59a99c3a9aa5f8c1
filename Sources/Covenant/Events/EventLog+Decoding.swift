import CovenantFormat

extension EventLog {
    /// Decodes an `incidents.yaml` or `maintenance.yaml` document into this
    /// log, reporting every problem, including ids already read.
    /// - Parameters:
    ///   - defaultZone: the catalog's zone, for files without `timezone`.
    ///   - knownContracts: ids a scope may name (`nil`: any).
    ///   - knownRegions: the contracts' regions; a scope naming another
    ///     region is warned about, since it applies to no contract (`nil`: no check).
    public mutating func add(
        _ document: Document, defaultZone: ZoneRules, knownContracts: Set<ContractID>?,
        knownRegions: Set<RegionName>? = nil
    ) -> [Diagnostic] {
        var reader = SchemaReader(file: document.file)
        let isIncidents = document.root["incidents"] != nil
        let listKey = isIncidents ? "incidents" : "maintenance"
        guard let top = reader.mapping(document.root, "an \(listKey) file", required: [listKey], optional: ["timezone"])
        else {
            return reader.diagnostics
        }
        var zone = defaultZone
        if let node = top.value("timezone"), let rules = reader.zone(node) { zone = rules }
        guard let list = top[listKey], let items = reader.sequence(list, "a list of \(listKey)") else {
            return reader.diagnostics
        }
        for item in items {
            if isIncidents {
                if let incident = readIncident(item, zone: zone, (knownContracts, knownRegions), &reader) {
                    if let twin = incidentPositions[incident.id] {
                        reader.error(
                            "incident id \(incident.id) is already used at \(Self.place(incidents[twin].location))",
                            at: incident.location.range)
                    } else {
                        incidentPositions[incident.id] = incidents.count
                        incidents.append(incident)
                    }
                }
            } else if let event = readMaintenance(item, zone: zone, (knownContracts, knownRegions), &reader) {
                if let twin = maintenancePositions[event.id] {
                    reader.error(
                        "maintenance id \(event.id) is already used at \(Self.place(maintenance[twin].location))",
                        at: event.location.range)
                } else {
                    maintenancePositions[event.id] = maintenance.count
                    maintenance.append(event)
                }
            }
        }
        return reader.diagnostics
    }

    /// The longest an incident or a maintenance event may last: 100 years of
    /// 365 days, the limit of a duration (FORMAT.md), so that the work an
    /// event costs (its standing windows, its days) is bounded.
    static let longestEvent: Int64 = 36_500 * 86_400

    static func place(_ location: SourceLocation) -> String {
        let (line, column) = location.lineAndColumn
        return "\(location.file.path):\(line):\(column)"
    }

    private func readIncident(
        _ node: Node, zone: ZoneRules, _ known: (contracts: Set<ContractID>?, regions: Set<RegionName>?),
        _ reader: inout SchemaReader
    ) -> Incident? {
        guard
            let fields = reader.mapping(
                node, "an incident", required: ["id", "start", "end", "cause"],
                optional: ["title", "severity", "scope", "root_cause", "fix", "counts_as_downtime"])
        else { return nil }
        let id = fields.value("id").flatMap { reader.read($0, .identifier) }.map { IncidentID($0) }
        let start = fields.value("start").flatMap { reader.instant($0, zone: zone) }
        var end: Int64?? = .none
        if let node = fields.value("end") {
            end = node.scalar == "open" ? .some(nil) : reader.instant(node, zone: zone).map { .some($0) }
        }
        var cause: IncidentCause?
        if let node = fields.value("cause"), let text = reader.read(node, .text) {
            cause = IncidentCause(rawValue: text)
            if cause == nil {
                reader.error(
                    "unknown cause '\(text)'; expected one of "
                        + "\(IncidentCause.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: node.range)
            }
        }
        if let severity = fields.value("severity"), let text = severity.scalar,
            !["P1", "P2", "P3", "P4"].contains(text)
        {
            reader.error("expected a severity P1 to P4, found '\(text)'", at: severity.range)
        }
        let scope =
            fields.value("scope").map {
                reader.scope($0, knownContracts: known.contracts, knownRegions: known.regions)
            } ?? .all
        let counts = fields.value("counts_as_downtime").flatMap { reader.read($0, .boolean) } ?? true
        if let start, case .some(.some(let endValue)) = end, endValue <= start, let node = fields["end"] {
            reader.error("an incident must end after it starts", at: node.range)
            return nil
        }
        if let start, case .some(.some(let endValue)) = end, endValue - start > Self.longestEvent,
            let node = fields["end"]
        {
            reader.error("an incident lasts at most 100 years (36500d)", at: node.range)
            return nil
        }
        guard let id, let start, case .some(let endValue) = end, let cause, let scope, let idNode = fields["id"] else {
            return nil
        }
        return Incident(
            id: id, title: fields.value("title").flatMap { reader.read($0, .text) } ?? id.rawValue,
            severity: fields.value("severity")?.scalar, start: start, end: endValue, scope: scope, cause: cause,
            countsAsDowntime: counts, rootCause: fields.value("root_cause").flatMap { reader.read($0, .text) },
            fix: fields.value("fix").flatMap { reader.read($0, .text) },
            location: SourceLocation(file: reader.file, range: idNode.range))
    }

    private func readMaintenance(
        _ node: Node, zone: ZoneRules, _ known: (contracts: Set<ContractID>?, regions: Set<RegionName>?),
        _ reader: inout SchemaReader
    )
        -> MaintenanceEvent?
    {
        guard
            let fields = reader.mapping(
                node, "a maintenance event", required: ["id", "start", "end", "announced"],
                optional: ["scope", "title"])
        else { return nil }
        let id = fields.value("id").flatMap { reader.read($0, .identifier) }
        let start = fields.value("start").flatMap { reader.instant($0, zone: zone) }
        let end = fields.value("end").flatMap { reader.instant($0, zone: zone) }
        let announced = fields.value("announced").flatMap { reader.dateOrInstant($0, zone: zone) }
        let scope =
            fields.value("scope").map {
                reader.scope($0, knownContracts: known.contracts, knownRegions: known.regions)
            } ?? .all
        if let start, let end, end <= start, let node = fields["end"] {
            reader.error("a maintenance event must end after it starts", at: node.range)
            return nil
        }
        if let start, let end, end - start > Self.longestEvent, let node = fields["end"] {
            reader.error("a maintenance event lasts at most 100 years (36500d)", at: node.range)
            return nil
        }
        guard let id, let start, let end, let announced, let scope, let idNode = fields["id"] else { return nil }
        return MaintenanceEvent(
            id: id, title: fields.value("title").flatMap { reader.read($0, .text) } ?? id, start: start, end: end,
            announced: announced, scope: scope, location: SourceLocation(file: reader.file, range: idNode.range))
    }
}
