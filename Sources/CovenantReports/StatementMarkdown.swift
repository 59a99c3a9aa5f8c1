import Covenant
import CovenantFormat

/// The statement as Markdown.
public enum StatementMarkdown {
    /// Renders one statement.
    public static func render(_ statement: MonthStatement) -> String {
        let contract = statement.contract
        let availability = statement.availability
        let terms = statement.terms
        let zone = contract.zone
        var out = ""
        out += "# Service level statement \(statement.month)\(availability.isProvisional ? " (provisional)" : "")\n\n"
        out += "**\(inline(contract.customer))** (\(contract.id)) · tier \(inline(terms.tier.name)) · catalog \(terms.catalogVersion.version)"
        out += "\(terms.locked ? " (locked)" : "") · times in \(contract.zone.identifier)\n\n"
        out += "## Availability\n\n| | |\n|---|---:|\n"
        out += "| Target | \(Formatting.percent(terms.sla.uptime)) |\n"
        out += "| Uptime | \(availability.uptime.percentCut(digits: 4))% (\(statement.met ? "met" : "missed")) |\n"
        out += "| Exact | \(availability.eligibleSeconds - availability.downtimeSeconds) / \(availability.eligibleSeconds) s |\n"
        out += "| In service | \(availability.periodSeconds) s (\(statement.charge.daysInService) of \(statement.charge.daysInMonth) days) |\n"
        out += "| Excluded maintenance | \(availability.excludedSeconds) s |\n"
        out += "| Eligible | \(availability.eligibleSeconds) s |\n"
        out += "| Downtime | \(availability.downtimeSeconds) s (\(Formatting.minutes(availability.downtimeSeconds)) min) |\n\n"
        out += "## Incidents\n\n"
        if availability.incidents.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| Incident | Start | End | Cause | Counted (s) | Title |\n|---|---|---|---|---:|---|\n"
            for entry in availability.incidents {
                let incident = entry.incident
                out += "| \(cell(incident.id)) | \(Formatting.local(incident.start, zone)) | \(incident.end.map { Formatting.local($0, zone) } ?? "open") "
                out += "| \(incident.cause.rawValue) | \(entry.countedSeconds) | \(cell(incident.title)) |\n"
            }
            out += "\n"
        }
        out += "## Maintenance\n\n"
        if availability.maintenance.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| Window | Start | End | Excluded (s) | Downtime (s) | Why |\n|---|---|---|---:|---:|---|\n"
            for entry in availability.maintenance {
                let event = entry.classification.event
                out += "| \(cell(event.id)) | \(Formatting.local(event.start, zone)) | \(Formatting.local(event.end, zone)) "
                out += "| \(entry.excludedSeconds) | \(entry.downtimeSeconds) | \(cell(entry.classification.reasonWords)) |\n"
            }
            out += "\n"
        }
        let charge = statement.charge
        out += "## Charge\n\n"
        out += charge.isProrated
            ? "\(Formatting.money(charge.fee)) × \(charge.daysInService)/\(charge.daysInMonth) days = **\(Formatting.money(charge.amount))**\n\n"
            : "**\(Formatting.money(charge.amount))**\n\n"
        out += "## Service credit\n\n"
        let credit = statement.credit
        if let band = credit.band {
            out += "- Band: uptime below \(Formatting.percent(band.below)): \(Formatting.percent(band.credit))\n"
            if credit.capped { out += "- Capped at \(Formatting.percent(terms.sla.creditCap)) of the charge\n" }
            out += "- Credit: \(Formatting.percent(credit.percent)) of \(Formatting.money(charge.amount)) = **\(Formatting.money(credit.computed))**\n"
            if credit.belowMinimum { out += "- Below the minimum credit: none issued\n" }
            if let month = credit.appliedTo { out += "- Applied to the \(month) invoice: \(Formatting.money(credit.applied))\n" }
            if credit.forfeited.minorUnits > 0 { out += "- Forfeited: \(Formatting.money(credit.forfeited))\n" }
            for action in credit.actions { out += "- Action: \(inline(action))\n" }
            out += "\n"
        } else {
            out += "None: the uptime target was \(statement.met ? "met" : "missed but no band applies").\n\n"
        }
        out += supportSection(statement)
        if !statement.notes.isEmpty {
            out += "## Notes\n\n"
            for note in statement.notes { out += "- \(inline(note.words))\n" }
            out += "\n"
        }
        return out.trimmingTrailingNewlines + "\n"
    }

    /// Renders the portfolio summary.
    public static func render(_ portfolio: Portfolio) -> String {
        var out = "# Portfolio summary \(portfolio.month)\n\n"
        out += "| Contract | Customer | Tier | Charge | Uptime | Target | Credit | Amount | Response | Resolution |\n"
        out += "|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n"
        for statement in portfolio.statements {
            out += "| \(statement.contract.id) | \(cell(statement.contract.customer)) | \(statement.contract.tier) "
            out += "| \(Formatting.money(statement.charge.amount)) | \(statement.availability.uptime.percentCut(digits: 4))%\(statement.availability.isProvisional ? "*" : "") "
            out += "| \(Formatting.percent(statement.terms.sla.uptime)) | \(Formatting.percent(statement.credit.percent)) | \(Formatting.money(statement.credit.amount)) "
            out += "| \(SupportText.percent(statement.support.response)) | \(SupportText.percent(statement.support.resolution)) |\n"
        }
        for currency in portfolio.currencies {
            out += "\n## Totals (\(currency.code))\n\n| Tier | Contracts | Charges | Credits |\n|---|---:|---:|---:|\n"
            for (tier, sums) in portfolio.totalsByTier(currency: currency) {
                out += "| \(tier) | \(sums.contracts) | \(Formatting.money(sums.charges)) | \(Formatting.money(sums.credits)) |\n"
            }
            let all = portfolio.totals(currency: currency)
            out += "| **all** | \(all.contracts) | \(Formatting.money(all.charges)) | \(Formatting.money(all.credits)) |\n"
        }
        if portfolio.statements.contains(where: { $0.availability.isProvisional }) {
            out += "\n\\* provisional: an incident is still open\n"
        }
        return out
    }

    /// Text for a table cell: ``Escape/markdownCell(_:)``.
    static func cell(_ text: String) -> String { Escape.markdownCell(text) }

    /// Text in running Markdown: ``Escape/markdown(_:)``.
    static func inline(_ text: String) -> String { Escape.markdown(text) }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
