import Covenant
import CovenantFormat

/// Writes a ``MonthStatement`` out as a ``StatementDocument``: the facts of
/// every statement format, its notes and reasons in words, the month's
/// timeline and the explanation's steps.
public struct StatementWriter: Sendable {
    /// The statement being written.
    public var statement: MonthStatement

    /// A writer for a statement.
    public init(_ statement: MonthStatement) {
        self.statement = statement
    }

    /// The document with the costlier parts a renderer asks for (all unless
    /// told); a part not asked for is empty.
    public func document(_ parts: StatementDocument.Parts = .all) -> StatementDocument {
        let support = support()
        return StatementDocument(
            heading: heading(), zone: statement.contract.zone, availability: availability(),
            incidents: statement.availability.incidents.map(incident),
            maintenance: statement.availability.maintenance.map(maintenance), charge: statement.charge,
            invoice: statement.invoice,
            credit: statement.credit, creditCap: statement.terms.sla.creditCap, support: support,
            surveys: statement.surveys,
            timeline: parts.contains(.timeline) ? timeline() : StatementDocument.Timeline(days: [], marks: []),
            notes: statement.notes.map(\.words), steps: parts.contains(.steps) ? steps(support) : [])
    }

    func heading() -> StatementDocument.Heading {
        StatementDocument.Heading(
            month: statement.month, customer: statement.contract.customer, contract: statement.contract.id.rawValue,
            tier: statement.terms.tier.name, catalogVersion: statement.terms.catalogVersion.version,
            locked: statement.terms.locked, provisional: statement.availability.isProvisional,
            contacts: statement.contract.contacts)
    }

    func availability() -> StatementDocument.Availability {
        let availability = statement.availability
        return StatementDocument.Availability(
            target: statement.terms.sla.uptime, uptime: availability.uptime.percentCut(digits: 4), met: statement.met,
            available: availability.availableSeconds, eligible: availability.eligibleSeconds,
            period: availability.periodSeconds, excluded: availability.excludedSeconds,
            downtime: availability.downtimeSeconds, allowedDowntime: statement.allowedDowntime)
    }

    func incident(_ entry: MonthAvailability.IncidentEntry) -> StatementDocument.Incident {
        let incident = entry.incident
        return StatementDocument.Incident(
            id: incident.id.rawValue, title: incident.title, severity: incident.severity, start: incident.start,
            end: incident.end, cause: incident.cause.rawValue, rootCause: incident.rootCause, fix: incident.fix,
            counting: incident.counting, clipped: entry.clippedSeconds, counted: entry.countedSeconds)
    }

    func maintenance(_ entry: MonthAvailability.MaintenanceEntry) -> StatementDocument.Maintenance {
        let event = entry.classification.event
        return StatementDocument.Maintenance(
            id: event.id, title: event.title, start: event.start, end: event.end, excluded: entry.excludedSeconds,
            downtime: entry.downtimeSeconds, reason: entry.classification.reasonWords)
    }
}
