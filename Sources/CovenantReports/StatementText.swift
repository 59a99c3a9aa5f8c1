import Covenant
import CovenantFormat

/// The statement a customer reads, as plain text.
public enum StatementText {
    /// Renders one statement.
    public static func render(_ statement: MonthStatement) -> String {
        let contract = statement.contract
        let availability = statement.availability
        let zone = contract.zone
        let terms = statement.terms
        var out = TextBlock()
        out.line("SERVICE LEVEL STATEMENT \(statement.month)" + (availability.isProvisional ? " (PROVISIONAL)" : ""))
        out.line("\(contract.customer) (\(contract.id))")
        out.line("Tier \(terms.tier.name) · catalog \(terms.catalogVersion.version)\(terms.locked ? " (locked)" : "") · times in \(contract.zone.identifier)")
        out.line("")
        out.line("Availability")
        out.row("Target", "\(Formatting.percent(terms.sla.uptime))")
        out.row("Uptime", "\(availability.uptime.percentCut(digits: 4))% (\(statement.met ? "met" : "missed"))")
        out.row("Exact", "\(Formatting.grouped(availability.eligibleSeconds - availability.downtimeSeconds)) / \(Formatting.grouped(availability.eligibleSeconds)) s")
        out.row("In service", "\(Formatting.grouped(availability.periodSeconds)) s (\(statement.charge.daysInService) of \(statement.charge.daysInMonth) days)")
        out.row("Excluded maintenance", "\(Formatting.grouped(availability.excludedSeconds)) s")
        out.row("Eligible", "\(Formatting.grouped(availability.eligibleSeconds)) s")
        out.row("Downtime", "\(Formatting.grouped(availability.downtimeSeconds)) s (\(Formatting.minutes(availability.downtimeSeconds)) min)")
        out.line("")
        out.line("Incidents")
        if availability.incidents.isEmpty { out.line("  none") }
        for entry in availability.incidents {
            let incident = entry.incident
            let end = incident.end.map { Formatting.local($0, zone) } ?? "open"
            out.line("  \(incident.id)  \(Formatting.local(incident.start, zone)) to \(end)  \(incident.cause.rawValue)")
            out.line("    \(incident.title)")
            out.line("    counted \(Formatting.grouped(entry.countedSeconds)) s of \(Formatting.grouped(entry.clippedSeconds)) s this month"
                + (incident.counts ? "" : incident.cause.counts ? " (did not breach availability)" : " (excluded cause)"))
        }
        out.line("")
        out.line("Maintenance")
        if availability.maintenance.isEmpty { out.line("  none") }
        for entry in availability.maintenance {
            let event = entry.classification.event
            out.line("  \(event.id)  \(Formatting.local(event.start, zone)) to \(Formatting.local(event.end, zone))")
            out.line("    \(event.title)")
            out.line("    excluded \(Formatting.grouped(entry.excludedSeconds)) s, downtime \(Formatting.grouped(entry.downtimeSeconds)) s: \(entry.classification.reasonWords)")
        }
        out.line("")
        out.line("Charge")
        let charge = statement.charge
        if charge.isProrated {
            out.row("Monthly fee", "\(Formatting.money(charge.fee)) × \(charge.daysInService)/\(charge.daysInMonth) days = \(Formatting.money(charge.amount))")
        } else {
            out.row("Monthly fee", "\(Formatting.money(charge.amount))")
        }
        out.line("")
        out.line("Service credit")
        let credit = statement.credit
        if let band = credit.band {
            out.row("Band", "uptime below \(Formatting.percent(band.below)): \(Formatting.percent(band.credit))")
            if credit.capped { out.row("Cap", "\(Formatting.percent(terms.sla.creditCap)) of the charge") }
            out.row("Credit", "\(Formatting.percent(credit.percent)) of \(Formatting.money(charge.amount)) = \(Formatting.money(credit.computed))")
            if credit.belowMinimum { out.row("Minimum", "below the minimum credit: none issued") }
            if let month = credit.appliedTo {
                out.row("Applied", "\(Formatting.money(credit.applied)) to the \(month) invoice")
            }
            if credit.forfeited.minorUnits > 0 { out.row("Forfeited", "\(Formatting.money(credit.forfeited))") }
            for action in credit.actions { out.row("Action", action) }
        } else {
            out.line("  none: the uptime target was \(statement.met ? "met" : "missed but no band applies")")
        }
        supportSection(statement, into: &out)
        if !statement.notes.isEmpty {
            out.line("")
            out.line("Notes")
            for note in statement.notes { out.line("  - \(note.words)") }
        }
        return out.text
    }

    /// Renders the portfolio summary.
    public static func render(_ portfolio: Portfolio) -> String {
        var out = TextBlock()
        out.line("PORTFOLIO SUMMARY \(portfolio.month)")
        out.line("")
        let header = ["contract", "customer", "tier", "charge", "uptime", "target", "credit", "amount", "response", "resolution"]
        var rows = [header]
        for statement in portfolio.statements {
            rows.append([
                statement.contract.id.rawValue, statement.contract.customer, statement.contract.tier.rawValue,
                Formatting.money(statement.charge.amount), statement.availability.uptime.percentCut(digits: 4) + "%"
                    + (statement.availability.isProvisional ? "*" : ""),
                Formatting.percent(statement.terms.sla.uptime), Formatting.percent(statement.credit.percent),
                Formatting.money(statement.credit.amount), SupportText.percent(statement.support.response),
                SupportText.percent(statement.support.resolution),
            ])
        }
        out.table(rows, rightAligned: [3, 4, 5, 6, 7, 8, 9])
        for currency in portfolio.currencies {
            out.line("")
            out.line("Totals (\(currency.code))")
            var totals = [["tier", "contracts", "charges", "credits"]]
            for (tier, sums) in portfolio.totalsByTier(currency: currency) {
                totals.append([tier.rawValue, String(sums.contracts), Formatting.money(sums.charges), Formatting.money(sums.credits)])
            }
            let all = portfolio.totals(currency: currency)
            totals.append(["all", String(all.contracts), Formatting.money(all.charges), Formatting.money(all.credits)])
            out.table(totals, rightAligned: [1, 2, 3])
        }
        if portfolio.statements.contains(where: { $0.availability.isProvisional }) {
            out.line("")
            out.line("* provisional: an incident is still open")
        }
        return out.text
    }
}
