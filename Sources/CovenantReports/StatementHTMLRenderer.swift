import Covenant
import CovenantFormat

/// A contract-month's statement as one self-contained HTML page: the
/// headline figures, a timeline of the month's downtime and maintenance
/// (inline SVG), availability, the credit, support (when given) and every
/// incident and maintenance window. Inline CSS with a print stylesheet; no
/// scripts, no external resources. Every text from a file is escaped.
public struct StatementHTMLRenderer: Sendable {
    /// An HTML statement renderer.
    public init() {}

    /// The page of one statement; `support` adds the support section.
    public func render(_ statement: MonthStatement, support: StatementSupportView? = nil) -> String {
        let zone = statement.contract.zone
        var body = "<main class=\"statement\">\n"
        body += header(statement)
        body += headline(statement)
        body += section("The month, day by day", timeline(statement, zone: zone))
        body += section("Availability", availability(statement))
        body += section("Service credit", credit(statement))
        if let support { body += section("Support", supportSection(support, zone: zone)) }
        body += section("Surveys", surveysSection(statement.surveys))
        body += section("Incidents", incidents(statement, zone: zone))
        body += section("Maintenance", maintenance(statement, zone: zone))
        if !statement.notes.isEmpty {
            body += section("Notes", "<ul>\n" + statement.notes.map { "<li>\(Escape.html($0.words))</li>\n" }.joined() + "</ul>\n")
        }
        body += "<footer class=\"muted\"><p>Availability is compared with the target exactly, as a fraction of whole "
            + "seconds; a percentage shown is cut, never rounded up. Times are in "
            + "\(Escape.html(statement.contract.zone.identifier)).</p></footer>\n"
        body += "</main>\n"
        let title = "Service level statement \(statement.month): \(statement.contract.customer) (\(statement.contract.id))"
        return HTMLPage(title: title, style: HTMLPage.baseStyle + Self.style, body: body).render()
    }

    /// A titled section.
    func section(_ title: String, _ content: String) -> String {
        "<section>\n<h2>\(Escape.html(title))</h2>\n\(content)</section>\n"
    }

    /// Who, which month, which terms.
    func header(_ statement: MonthStatement) -> String {
        let terms = statement.terms
        var kicker = "Service level statement · \(Wording.month(statement.month))"
        if statement.availability.isProvisional { kicker += " · provisional" }
        let subtitle = "Contract \(statement.contract.id) · \(terms.tier.name) tier · catalog "
            + "\(terms.catalogVersion.version)\(terms.locked ? ", locked" : "") · times in \(statement.contract.zone.identifier)"
        return "<header>\n<p class=\"kicker\">\(Escape.html(kicker))</p>\n"
            + "<h1>\(Escape.html(statement.contract.customer))</h1>\n"
            + "<p class=\"subtitle\">\(Escape.html(subtitle))</p>\n</header>\n"
    }

    /// Uptime against the target, downtime, charge and credit.
    func headline(_ statement: MonthStatement) -> String {
        let availability = statement.availability
        let target = statement.terms.sla.uptime
        let allowed = statement.allowedDowntime
        let credit = statement.credit
        var creditNote = "none due"
        if credit.amount.minorUnits > 0 {
            creditNote = "\(Formatting.percent(credit.percent)) of the charge"
            if let month = credit.appliedTo { creditNote += " · applied to the \(Wording.month(month)) invoice" }
            if credit.forfeited.minorUnits > 0 { creditNote += " · \(Formatting.money(credit.forfeited)) forfeited" }
        } else if credit.belowMinimum {
            creditNote = "below the minimum credit"
        }
        let figures = [
            figure(
                "Uptime", "\(availability.uptime.percentCut(digits: 4))%",
                "target \(Formatting.percent(target)): \(statement.met ? "met" : "missed")", state: statement.met ? "met" : "missed"),
            figure(
                "Downtime", "\(Formatting.minutes(availability.downtimeSeconds)) min",
                "\(Formatting.grouped(availability.downtimeSeconds)) s; the target allows \(Formatting.grouped(allowed)) s"),
            figure(
                "Charge", Formatting.money(statement.charge.amount),
                "\(statement.charge.daysInService) of \(statement.charge.daysInMonth) days in service"),
            figure("Service credit", Formatting.money(credit.amount), creditNote, state: credit.amount.minorUnits > 0 ? "credit" : nil),
        ]
        return "<section class=\"headline\" aria-label=\"Headline figures\">\n" + figures.joined() + "</section>\n"
    }

    /// One headline figure.
    func figure(_ label: String, _ value: String, _ note: String, state: String? = nil) -> String {
        "<div class=\"figure\(state.map { " \($0)" } ?? "")\"><p class=\"label\">\(Escape.html(label))</p>"
            + "<p class=\"value\">\(Escape.html(value))</p><p class=\"note\">\(Escape.html(note))</p></div>\n"
    }

    /// The figures behind the uptime.
    func availability(_ statement: MonthStatement) -> String {
        let availability = statement.availability
        let available = availability.eligibleSeconds - availability.downtimeSeconds
        let rows = [
            ["Target", Formatting.percent(statement.terms.sla.uptime)],
            [
                "Uptime",
                "\(availability.uptime.percentCut(digits: 4))% (\(statement.met ? "met" : "missed")), exactly "
                    + "\(Formatting.grouped(available)) / \(Formatting.grouped(availability.eligibleSeconds)) s",
            ],
            [
                "In service",
                "\(Formatting.grouped(availability.periodSeconds)) s (\(statement.charge.daysInService) of "
                    + "\(statement.charge.daysInMonth) days)",
            ],
            ["Excluded maintenance", "\(Formatting.grouped(availability.excludedSeconds)) s"],
            ["Eligible", "\(Formatting.grouped(availability.eligibleSeconds)) s"],
            [
                "Downtime",
                "\(Formatting.grouped(availability.downtimeSeconds)) s (\(Formatting.minutes(availability.downtimeSeconds)) min)",
            ],
        ]
        var html = HTMLTable(header: [], rows: rows, numericColumns: [1], cssClass: "figures").render()
        if availability.eligibleSeconds == 0 { html += "<p>No eligible time this month: uptime is 100%.</p>\n" }
        return html
    }

    /// The band, the cap, the amount, and where it goes.
    func credit(_ statement: MonthStatement) -> String {
        let credit = statement.credit
        let charge = statement.charge
        guard let band = credit.band else {
            return "<p>None: the uptime target was \(statement.met ? "met" : "missed, but no credit band applies").</p>\n"
        }
        var items = [
            "Band: uptime below \(Formatting.percent(band.below)) earns \(Formatting.percent(band.credit)) of the month's charge."
        ]
        let cap = Formatting.percent(statement.terms.sla.creditCap)
        items.append(credit.capped ? "Cap: \(cap) of the charge, which cuts the credit to \(cap)." : "Cap: \(cap) of the charge, not reached.")
        var amount = "Credit: \(Formatting.percent(credit.percent)) of \(Formatting.money(charge.amount)) = \(Formatting.money(credit.computed))"
        if charge.isProrated { amount += " (the charge is \(Formatting.money(charge.fee)) × \(charge.daysInService)/\(charge.daysInMonth) days)" }
        items.append(amount + ".")
        if credit.belowMinimum { items.append("Below the minimum credit: none issued.") }
        if let month = credit.appliedTo {
            items.append("Applied to the \(Wording.month(month)) invoice: \(Formatting.money(credit.applied)).")
        }
        if credit.forfeited.minorUnits > 0 {
            items.append(
                credit.applied.minorUnits == 0
                    ? "Forfeited: \(Formatting.money(credit.forfeited)), since the contract is not in service next month and credits are never paid out."
                    : "Forfeited: \(Formatting.money(credit.forfeited)), the part above next month's charge; credits never roll over.")
        }
        for action in credit.actions { items.append("Action: \(action).") }
        return "<ul class=\"credit\">\n" + items.map { "<li>\(Escape.html($0))</li>\n" }.joined() + "</ul>\n"
    }

    /// Every incident that touched the month.
    func incidents(_ statement: MonthStatement, zone: ZoneRules) -> String {
        let entries = statement.availability.incidents
        guard !entries.isEmpty else { return "<p>None.</p>\n" }
        let rows = entries.map { entry -> [String] in
            let incident = entry.incident
            var counted = "\(Formatting.grouped(entry.countedSeconds)) s"
            if !incident.cause.counts {
                counted += " (excluded cause)"
            } else if !incident.countsAsDowntime {
                counted += " (did not breach availability)"
            } else if entry.countedSeconds < entry.clippedSeconds {
                counted += " of \(Formatting.grouped(entry.clippedSeconds)) s"
            }
            return [
                incident.id, incident.title, Formatting.local(incident.start, zone),
                incident.end.map { Formatting.local($0, zone) } ?? "still open", incident.cause.rawValue, counted,
            ]
        }
        return HTMLTable(header: ["Incident", "What happened", "Start", "End", "Cause", "Counted"], rows: rows, numericColumns: [5])
            .render()
    }

    /// Every maintenance window that touched the month.
    func maintenance(_ statement: MonthStatement, zone: ZoneRules) -> String {
        let entries = statement.availability.maintenance
        guard !entries.isEmpty else { return "<p>None.</p>\n" }
        let rows = entries.map { entry -> [String] in
            let event = entry.classification.event
            return [
                event.id, event.title, Formatting.local(event.start, zone), Formatting.local(event.end, zone),
                "\(Formatting.grouped(entry.excludedSeconds)) s", "\(Formatting.grouped(entry.downtimeSeconds)) s",
                entry.classification.reasonWords,
            ]
        }
        return HTMLTable(
            header: ["Window", "What", "Start", "End", "Excluded", "Downtime", "Why"], rows: rows, numericColumns: [4, 5]
        ).render()
    }

    /// Support attainment per severity and the month's tickets.
    func supportSection(_ support: StatementSupportView, zone: ZoneRules) -> String {
        func counts(_ figures: StatementSupportView.Figures) -> String {
            "\(figures.met) met, \(figures.missed) missed" + (figures.pending > 0 ? ", \(figures.pending) pending" : "")
        }
        func attainment(_ figures: StatementSupportView.Figures) -> String {
            guard let percent = figures.attainment, let achieved = figures.achieved else {
                return "none counted (target \(Formatting.percent(figures.target)))"
            }
            return "\(Formatting.percent(percent)) (target \(Formatting.percent(figures.target)): \(achieved ? "achieved" : "not achieved"))"
        }
        var html = HTMLTable(
            header: ["Severity", "Response", "Response attainment", "Resolution", "Resolution attainment"],
            rows: support.rows.map { row in
                [row.label, counts(row.response), attainment(row.response), counts(row.resolution), attainment(row.resolution)]
            }
        ).render()
        if !support.tickets.isEmpty {
            html += HTMLTable(
                header: ["Ticket", "Severity", "Opened", "Response", "Resolution", "Excluded"],
                rows: support.tickets.map { ticket in
                    [
                        ticket.id, ticket.severity.title, Formatting.local(ticket.opened, zone), ticket.response,
                        ticket.resolution, ticket.excluded ?? "",
                    ]
                }
            ).render()
        }
        return html
    }
}
