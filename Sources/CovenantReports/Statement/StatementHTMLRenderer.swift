import Covenant
import CovenantFormat

/// A contract-month's statement as one self-contained HTML page: the
/// headline figures, a timeline of the month's downtime and maintenance
/// (inline SVG), availability, the credit, support, surveys and every
/// incident and maintenance window. Inline CSS with a print stylesheet; no
/// scripts, no external resources. Every text passes through ``Escape/html(_:)``.
public struct StatementHTMLRenderer: Sendable {
    /// An HTML statement renderer.
    public init() {}

    /// The page of a statement document.
    public func render(_ document: StatementDocument) -> String {
        var body = "<main class=\"statement\">\n"
        body += header(document.heading, zone: document.zone)
        body += headline(document)
        body += section("The month, day by day", timeline(document))
        body += section("Availability", availability(document.availability, charge: document.charge))
        body += section("Service credit", credit(document))
        body += section("Invoice", invoice(document.charge, document.invoice))
        for metric in document.support.metrics {
            body += section(metric.sectionTitle, support(metric, of: document.support, zone: document.zone))
        }
        if !document.support.excludedTickets.isEmpty {
            body += section("Excluded tickets (not counted)", excluded(document.support, zone: document.zone))
        }
        body += section("Surveys", surveys(document.surveys))
        body += section("Incidents", incidents(document))
        body += section("Maintenance", maintenance(document))
        if !document.notes.isEmpty {
            body += section(
                "Notes", "<ul>\n" + document.notes.map { "<li>\(Escape.html($0))</li>\n" }.joined() + "</ul>\n")
        }
        body +=
            "<footer class=\"muted\"><p>Availability is compared with the target exactly, as a fraction of whole "
            + "seconds; a percentage shown is cut, never rounded up. Times are in "
            + "\(Escape.html(document.zone.identifier)).</p></footer>\n"
        body += "</main>\n"
        let heading = document.heading
        let title = "Service level statement \(heading.month): \(heading.customer) (\(heading.contract))"
        return HTMLPage(title: title, style: Self.pageStyle, body: body).render()
    }

    /// The page's whole CSS, joined once.
    static let pageStyle = HTMLPage.baseStyle + style

    /// A titled section.
    func section(_ title: String, _ content: String) -> String {
        "<section>\n<h2>\(Escape.html(title))</h2>\n\(content)</section>\n"
    }

    /// Who, which month, which terms.
    func header(_ heading: StatementDocument.Heading, zone: ZoneRules) -> String {
        var kicker = "Service level statement · \(Wording.month(heading.month))"
        if heading.provisional { kicker += " · provisional" }
        let subtitle =
            "Contract \(heading.contract) · \(heading.tier) tier · catalog "
            + "\(heading.catalogVersion)\(heading.locked ? ", locked" : "") · times in \(zone)"
        let contacts =
            heading.contacts.isEmpty
            ? ""
            : "<p class=\"subtitle\">Contacts: "
                + heading.contacts.map { Escape.html("\($0.role) \($0.address)") }.joined(separator: "; ") + "</p>\n"
        return "<header>\n<p class=\"kicker\">\(Escape.html(kicker))</p>\n"
            + "<h1>\(Escape.html(heading.customer))</h1>\n"
            + "<p class=\"subtitle\">\(Escape.html(subtitle))</p>\n\(contacts)</header>\n"
    }

    /// Uptime against the target, downtime, the net invoice and the credit
    /// applied to the next one (a forfeited credit shown as forfeited).
    func headline(_ document: StatementDocument) -> String {
        let availability = document.availability
        let state = availability.met ? "met" : "missed"
        let figures = [
            figure(
                "Uptime", "\(availability.uptime)%", "target \(Formatting.percent(availability.target)): \(state)",
                state: state),
            figure(
                "Downtime", Formatting.span(availability.downtime),
                "the target allows \(Formatting.span(availability.allowedDowntime))"),
            invoiceFigure(document),
            creditFigure(document.credit),
        ]
        return "<section class=\"headline\" aria-label=\"Headline figures\">\n" + figures.joined() + "</section>\n"
    }

    /// The net invoice: the charge less last month's credit.
    func invoiceFigure(_ document: StatementDocument) -> String {
        let invoice = document.invoice
        let charge = document.charge
        var note = "\(charge.daysInService) of \(charge.daysInMonth) days in service"
        if let month = invoice.creditFrom {
            note = "\(Formatting.money(invoice.charge)) charge less the \(Wording.month(month)) credit of "
                + Formatting.money(invoice.creditApplied)
        }
        return figure("Net invoice", Formatting.money(invoice.net), note)
    }

    /// The credit applied to the next invoice; what is forfeited says so.
    func creditFigure(_ credit: ServiceCredit) -> String {
        var note = "none due"
        var state: String?
        if credit.amount.minorUnits > 0 {
            note = "\(Formatting.percent(credit.percent)) of the charge"
            if let month = credit.appliedTo {
                note += " · applied to the \(Wording.month(month)) invoice"
                state = "credit"
            }
            if credit.forfeited.minorUnits > 0 {
                note += " · \(Formatting.money(credit.forfeited)) forfeited"
                if case .notInService(let month) = credit.forfeitReason {
                    note += ": not in service in \(Wording.month(month))"
                }
                if credit.appliedTo == nil { state = "forfeited" }
            }
        } else if credit.belowMinimum {
            note = "below the minimum credit"
        }
        return figure("Credit applied", Formatting.money(credit.applied), note, state: state)
    }

    /// One headline figure.
    func figure(_ label: String, _ value: String, _ note: String, state: String? = nil) -> String {
        "<div class=\"figure\(state.map { " \($0)" } ?? "")\"><p class=\"label\">\(Escape.html(label))</p>"
            + "<p class=\"value\">\(Escape.html(value))</p><p class=\"note\">\(Escape.html(note))</p></div>\n"
    }

    /// The figures behind the uptime.
    func availability(_ availability: StatementDocument.Availability, charge: MonthlyCharge) -> String {
        let rows = [
            ["Target", Formatting.percent(availability.target)],
            [
                "Uptime",
                "\(availability.uptime)% (\(availability.met ? "met" : "missed")), exactly "
                    + "\(Formatting.grouped(availability.available)) / \(Formatting.grouped(availability.eligible)) s",
            ],
            [
                "In service",
                "\(Formatting.span(availability.period)) (\(charge.daysInService) of \(charge.daysInMonth) days)",
            ],
            ["Excluded maintenance", Formatting.span(availability.excluded)],
            ["Eligible", Formatting.span(availability.eligible)],
            ["Downtime", Formatting.span(availability.downtime)],
            ["Allowed downtime", Formatting.span(availability.allowedDowntime)],
        ]
        var html = HTMLTable(header: [], rows: rows, numericColumns: [1], cssClass: "figures").render()
        if availability.eligible == 0 { html += "<p>No eligible time this month: uptime is 100%.</p>\n" }
        return html
    }

    /// The charge, the credit last month's statement applies to it, and the net invoice.
    func invoice(_ charge: MonthlyCharge, _ invoice: Invoice) -> String {
        var fee = Formatting.money(charge.amount)
        if charge.isProrated {
            fee = "\(Formatting.money(charge.fee)) × \(charge.daysInService)/\(charge.daysInMonth) days = \(fee)"
        }
        let rows = [
            ["Charge", fee], ["Credit applied", invoice.creditAppliedWords],
            ["Net invoice", Formatting.money(invoice.net)],
        ]
        return HTMLTable(header: [], rows: rows, numericColumns: [1], cssClass: "figures").render()
    }

    /// The band, the cap, the amount, and where it goes.
    func credit(_ document: StatementDocument) -> String {
        let credit = document.credit
        let charge = document.charge
        guard let band = credit.band else {
            return "<p>None: the uptime target was "
                + "\(document.availability.met ? "met" : "missed, but no credit band applies").</p>\n"
        }
        let cap = Formatting.percent(document.creditCap)
        var items = [
            "Band: uptime below \(Formatting.percent(band.below)) earns \(Formatting.percent(band.credit)) of the "
                + "month's charge.",
            credit.capped
                ? "Cap: \(cap) of the charge, which cuts the credit to \(cap)."
                : "Cap: \(cap) of the charge, not reached.",
        ]
        var amount =
            "Credit: \(Formatting.percent(credit.percent)) of \(Formatting.money(charge.amount)) = "
            + Formatting.money(credit.computed)
        if charge.isProrated {
            amount +=
                " (the charge is \(Formatting.money(charge.fee)) × \(charge.daysInService)/\(charge.daysInMonth) days)"
        }
        items.append(amount + ".")
        if credit.belowMinimum { items.append("Below the minimum credit: none issued.") }
        if let month = credit.appliedTo {
            items.append("Applied to the \(Wording.month(month)) invoice: \(Formatting.money(credit.applied)).")
        }
        if credit.forfeited.minorUnits > 0 {
            let forfeited = Formatting.money(credit.forfeited)
            items.append(
                credit.applied.minorUnits == 0
                    ? "Forfeited: \(forfeited), since the contract is not in service next month and credits are never "
                        + "paid out."
                    : "Forfeited: \(forfeited), the part above next month's charge; credits never roll over.")
        }
        items += credit.actions.map { "Action: \($0)." }
        return "<ul class=\"credit\">\n" + items.map { "<li>\(Escape.html($0))</li>\n" }.joined() + "</ul>\n"
    }
}
