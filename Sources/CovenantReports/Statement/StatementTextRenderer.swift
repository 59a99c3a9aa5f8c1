import Covenant
import CovenantFormat

/// The statement a customer reads, as plain text: every line through
/// ``TextBlock``, so through ``Escape/plain(_:)``.
public struct StatementTextRenderer: Sendable {
    /// A text renderer.
    public init() {}

    /// The document as text, ending with a line break.
    public func render(_ document: StatementDocument) -> String {
        var out = TextBlock()
        heading(document.heading, zone: document.zone, into: &out)
        availability(document.availability, charge: document.charge, into: &out)
        incidents(document, into: &out)
        maintenance(document, into: &out)
        invoice(document.charge, document.invoice, into: &out)
        credit(document, into: &out)
        for metric in document.support.metrics {
            support(metric, of: document.support, zone: document.zone, into: &out)
        }
        excluded(document.support, zone: document.zone, into: &out)
        surveys(document.surveys, into: &out)
        if !document.notes.isEmpty {
            out.line("")
            out.line("Notes")
            for note in document.notes { out.line("  - \(note)") }
        }
        return out.text
    }

    func heading(_ heading: StatementDocument.Heading, zone: ZoneRules, into out: inout TextBlock) {
        out.line("SERVICE LEVEL STATEMENT \(heading.month)" + (heading.provisional ? " (PROVISIONAL)" : ""))
        out.line("\(heading.customer) (\(heading.contract))")
        out.line(
            "Tier \(heading.tier) · catalog \(heading.catalogVersion)\(heading.locked ? " (locked)" : "") · times in "
                + "\(zone)"
        )
        if !heading.contacts.isEmpty {
            out.line("Contacts: " + heading.contacts.map { "\($0.role) \($0.address)" }.joined(separator: "; "))
        }
        out.line("")
    }

    func availability(_ availability: StatementDocument.Availability, charge: MonthlyCharge, into out: inout TextBlock)
    {
        out.line("Availability")
        out.row("Target", Formatting.percent(availability.target))
        out.row("Uptime", "\(availability.uptime)% (\(availability.met ? "met" : "missed"))")
        out.row(
            "Exact", "\(Formatting.grouped(availability.available)) / \(Formatting.grouped(availability.eligible)) s")
        let days = "(\(charge.daysInService) of \(charge.daysInMonth) days)"
        out.row("In service", "\(Formatting.span(availability.period)) \(days)")
        out.row("Excluded maintenance", Formatting.span(availability.excluded))
        out.row("Eligible", Formatting.span(availability.eligible))
        out.row("Downtime", Formatting.span(availability.downtime))
        out.row("Allowed downtime", Formatting.span(availability.allowedDowntime))
        out.line("")
    }

    func incidents(_ document: StatementDocument, into out: inout TextBlock) {
        events("Incidents", into: &out, document.incidents.map { incident in
            let note: String
            switch incident.counting {
            case .counts: note = ""
            case .notDowntime: note = " (did not breach availability)"
            case .excludedCause: note = " (excluded cause)"
            }
            var lines = [incident.title]
            if let cause = incident.rootCause { lines.append("Root cause: \(cause)") }
            if let fix = incident.fix { lines.append("Fix: \(fix)") }
            let counted = "counted \(Formatting.span(incident.counted)) of \(Formatting.span(incident.clipped))"
            lines.append(counted + " this month" + note)
            let severity = incident.severity.map { "\($0)  " } ?? ""
            return (
                "\(incident.id)  \(severity)\(span(incident.start, incident.end, document.zone))  \(incident.cause)",
                lines
            )
        })
    }

    func maintenance(_ document: StatementDocument, into out: inout TextBlock) {
        events("Maintenance", into: &out, document.maintenance.map { window in
            (
                "\(window.id)  \(span(window.start, window.end, document.zone))",
                [
                    window.title,
                    "excluded \(Formatting.span(window.excluded)), downtime \(Formatting.span(window.downtime)): "
                        + window.reason,
                ]
            )
        })
    }

    /// A section of events: each one's id and times, then its lines (what it
    /// was, how it counted); `none` without events.
    func events(_ title: String, into out: inout TextBlock, _ events: [(head: String, lines: [String])]) {
        out.line(title)
        if events.isEmpty { out.line("  none") }
        for event in events {
            out.line("  " + event.head)
            for line in event.lines { out.line("    " + line) }
        }
        out.line("")
    }

    /// `2026-02-10 09:00 to 2026-02-10 09:52`, or `… to open` for an open end.
    func span(_ start: Int64, _ end: Int64?, _ zone: ZoneRules) -> String {
        "\(Formatting.local(start, zone)) to \(end.map { Formatting.local($0, zone) } ?? "open")"
    }

    /// The charge, the credit last month's statement applies to it, and the net invoice.
    func invoice(_ charge: MonthlyCharge, _ invoice: Invoice, into out: inout TextBlock) {
        out.line("Invoice")
        let amount = Formatting.money(charge.amount)
        out.row(
            "Monthly fee",
            charge.isProrated
                ? "\(Formatting.money(charge.fee)) × \(charge.daysInService)/\(charge.daysInMonth) days = \(amount)"
                : amount)
        out.row("Credit applied", invoice.creditAppliedWords)
        out.row("Net invoice", Formatting.money(invoice.net))
        out.line("")
    }

    func credit(_ document: StatementDocument, into out: inout TextBlock) {
        out.line("Service credit")
        let credit = document.credit
        guard let band = credit.band else {
            out.line(
                "  none: the uptime target was \(document.availability.met ? "met" : "missed but no band applies")")
            return
        }
        out.row("Band", "uptime below \(Formatting.percent(band.below)): \(Formatting.percent(band.credit))")
        if credit.capped { out.row("Cap", "\(Formatting.percent(document.creditCap)) of the charge") }
        out.row(
            "Credit",
            "\(Formatting.percent(credit.percent)) of \(Formatting.money(document.charge.amount)) = "
                + Formatting.money(credit.computed))
        if credit.belowMinimum { out.row("Minimum", "below the minimum credit: none issued") }
        if let month = credit.appliedTo {
            out.row("Applied", "\(Formatting.money(credit.applied)) to the \(month) invoice")
        }
        if let reason = credit.forfeitReason {
            out.row("Forfeited", "\(Formatting.money(credit.forfeited)) (\(reason.words))")
        }
        for action in credit.actions { out.row("Action", action) }
    }
}
