import Covenant
import CovenantFormat

/// The statement as Markdown (CommonMark with GitHub tables). Text from
/// files passes through ``Escape/markdown(_:)`` or, in table cells,
/// ``Escape/markdownCell(_:)``.
public struct StatementMarkdownRenderer: Sendable {
    /// A Markdown renderer.
    public init() {}

    /// The document as Markdown, ending with one line break.
    public func render(_ document: StatementDocument) -> String {
        var out = heading(document.heading, zone: document.zone)
        out += availability(document.availability, charge: document.charge)
        out += incidents(document)
        out += maintenance(document)
        out += invoice(document.charge, document.invoice)
        out += credit(document)
        for metric in document.support.metrics { out += support(metric, of: document.support, zone: document.zone) }
        out += excludedList(document.support.excludedTickets, zone: document.zone)
        out += surveys(document.surveys)
        if !document.notes.isEmpty {
            out += "## Notes\n\n" + document.notes.map { "- \(Escape.markdown($0))\n" }.joined() + "\n"
        }
        while out.hasSuffix("\n") { out.removeLast() }
        return out + "\n"
    }

    func heading(_ heading: StatementDocument.Heading, zone: ZoneRules) -> String {
        "# Service level statement \(heading.month)\(heading.provisional ? " (provisional)" : "")\n\n"
            + "**\(Escape.markdown(heading.customer))** (\(Escape.markdown(heading.contract))) · tier "
            + "\(Escape.markdown(heading.tier)) · catalog \(Escape.markdown(heading.catalogVersion))"
            + "\(heading.locked ? " (locked)" : "") · times in \(Escape.markdown(zone.identifier))\n\n"
            + (heading.contacts.isEmpty
                ? ""
                : "Contacts: "
                    + heading.contacts.map { "\(Escape.markdown($0.role)) \(Escape.markdown($0.address))" }
                    .joined(separator: "; ") + "\n\n")
    }

    func availability(_ availability: StatementDocument.Availability, charge: MonthlyCharge) -> String {
        let rows = [
            ["Target", Formatting.percent(availability.target)],
            ["Uptime", "\(availability.uptime)% (\(availability.met ? "met" : "missed"))"],
            ["Exact", "\(availability.available) / \(availability.eligible) s"],
            [
                "In service",
                "\(Formatting.span(availability.period)) (\(charge.daysInService) of \(charge.daysInMonth) days)",
            ],
            ["Excluded maintenance", Formatting.span(availability.excluded)],
            ["Eligible", Formatting.span(availability.eligible)],
            ["Downtime", Formatting.span(availability.downtime)],
            ["Allowed downtime", Formatting.span(availability.allowedDowntime)],
        ]
        return "## Availability\n\n| | |\n|---|---:|\n" + rows.map { MarkdownTable.row($0) + "\n" }.joined() + "\n"
    }

    func incidents(_ document: StatementDocument) -> String {
        guard !document.incidents.isEmpty else { return "## Incidents\n\nNone.\n\n" }
        let rows = document.incidents.map { incident in
            [
                Escape.markdownCell(incident.id), Escape.markdownCell(incident.severity ?? "-"),
                Formatting.local(incident.start, document.zone),
                incident.end.map { Formatting.local($0, document.zone) } ?? "open", incident.cause,
                Formatting.span(incident.counted), Escape.markdownCell(incident.title),
            ]
        }
        let table = MarkdownTable(
            header: ["Incident", "Severity", "Start", "End", "Cause", "Counted", "Title"], rows: rows,
            numericColumns: [5], rule: .compact)
        let details = document.incidents.compactMap { incident -> String? in
            let parts = [incident.rootCause.map { "root cause: \($0)" }, incident.fix.map { "fix: \($0)" }]
                .compactMap { $0 }
            guard !parts.isEmpty else { return nil }
            return "- \(Escape.markdown(incident.id)): " + Escape.markdown(parts.joined(separator: "; ")) + "\n"
        }
        return "## Incidents\n\n" + table.text + (details.isEmpty ? "" : "\n" + details.joined()) + "\n"
    }

    func maintenance(_ document: StatementDocument) -> String {
        guard !document.maintenance.isEmpty else { return "## Maintenance\n\nNone.\n\n" }
        let rows = document.maintenance.map { window in
            [
                Escape.markdownCell(window.id), Formatting.local(window.start, document.zone),
                Formatting.local(window.end, document.zone), Formatting.span(window.excluded),
                Formatting.span(window.downtime), Escape.markdownCell(window.reason),
            ]
        }
        let table = MarkdownTable(
            header: ["Window", "Start", "End", "Excluded", "Downtime", "Why"], rows: rows,
            numericColumns: [3, 4], rule: .compact)
        return "## Maintenance\n\n" + table.text + "\n"
    }

    /// The charge, the credit last month's statement applies to it, and the net invoice.
    func invoice(_ charge: MonthlyCharge, _ invoice: Invoice) -> String {
        var fee = Formatting.money(charge.amount)
        if charge.isProrated {
            fee = "\(Formatting.money(charge.fee)) × \(charge.daysInService)/\(charge.daysInMonth) days = \(fee)"
        }
        let items = [
            "Charge: \(fee)", "Credit applied: \(invoice.creditAppliedWords)",
            "Net invoice: **\(Formatting.money(invoice.net))**",
        ]
        return "## Invoice\n\n" + items.map { "- \($0)\n" }.joined() + "\n"
    }

    func credit(_ document: StatementDocument) -> String {
        let credit = document.credit
        guard let band = credit.band else {
            return "## Service credit\n\nNone: the uptime target was "
                + "\(document.availability.met ? "met" : "missed but no band applies").\n\n"
        }
        var items = ["Band: uptime below \(Formatting.percent(band.below)): \(Formatting.percent(band.credit))"]
        if credit.capped { items.append("Capped at \(Formatting.percent(document.creditCap)) of the charge") }
        items.append(
            "Credit: \(Formatting.percent(credit.percent)) of \(Formatting.money(document.charge.amount)) = "
                + "**\(Formatting.money(credit.computed))**")
        if credit.belowMinimum { items.append("Below the minimum credit: none issued") }
        if let month = credit.appliedTo {
            items.append("Applied to the \(month) invoice: \(Formatting.money(credit.applied))")
        }
        if let reason = credit.forfeitReason {
            items.append("Forfeited: \(Formatting.money(credit.forfeited)) (\(reason.words))")
        }
        items += credit.actions.map { "Action: \(Escape.markdown($0))" }
        return "## Service credit\n\n" + items.map { "- \($0)\n" }.joined() + "\n"
    }
}
