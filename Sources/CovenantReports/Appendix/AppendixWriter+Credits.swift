import Covenant
import CovenantFormat

extension AppendixWriter {
    /// The credit schedule, the cap and the minimum.
    func creditsClause() -> AppendixClause {
        AppendixClause("Service credits", creditBlocks(sla, rounding: initial.terms.catalogVersion.rounding))
    }

    /// The credit rules of a set of terms.
    func creditBlocks(_ sla: SLATerms, rounding rule: RoundingRule) -> [AppendixBlock] {
        guard !sla.credits.isEmpty else {
            return [.text("No service credit is due under this contract when the availability target is missed.")]
        }
        var blocks: [AppendixBlock] = [
            .text(
                "If availability in a month is below the target, the Customer receives a service credit: a share "
                    + "of that month's charge, from the band its availability falls in. A band applies strictly "
                    + "below its upper bound and down to the next band's bound:"),
            .table(AppendixTable(header: ["Availability in the month", "Credit"], rows: Self.creditRows(sla))),
            .paragraph([
                .text("The credit for one month is at most "), .strong(Formatting.percent(sla.creditCap)),
                .text(" of that month's charge (the cap)."),
            ]),
        ]
        var amount = "The credit is the share × the month's charge as invoiced, \(rounding(rule))."
        if let minimum = sla.minimumCredit, minimum.minorUnits > 0 {
            amount += " A credit below \(self.minimum(sla)) is not issued (the minimum credit)."
        } else {
            amount += " There is no minimum credit."
        }
        blocks.append(.text(amount))
        return blocks
    }

    /// The rows of the credit table, half-open bands in words, highest first.
    static func creditRows(_ sla: SLATerms) -> [[String]] {
        let bands = sla.credits.sorted { $1.below < $0.below }
        guard let top = bands.first else { return [] }
        var rows: [[String]] = []
        if top.below < sla.uptime {
            rows.append(["at or above \(Formatting.percent(sla.uptime))", "none (the target is met)"])
            rows.append([
                "below \(Formatting.percent(sla.uptime)) and at or above \(Formatting.percent(top.below))",
                "none (no band applies)",
            ])
        } else {
            rows.append(["at or above \(Formatting.percent(top.below))", "none (the target is met)"])
        }
        for (index, band) in bands.enumerated() {
            var range = "below \(Formatting.percent(band.below))"
            if index + 1 < bands.count { range += " and at or above \(Formatting.percent(bands[index + 1].below))" }
            var credit = Formatting.percent(band.credit)
            if sla.creditCap < band.credit { credit += " (capped at \(Formatting.percent(sla.creditCap)))" }
            if !band.actions.isEmpty { credit += ", and \(Wording.list(band.actions.map(Wording.withArticle)))" }
            rows.append([range, credit])
        }
        return rows
    }

    /// When a credit reaches an invoice, and when it is lost.
    func applyingCreditsClause() -> AppendixClause {
        AppendixClause(
            "How credits are applied and forfeited",
            [
                .items([
                    "A month's credit is shown on that month's statement and applied to the invoice of the next month.",
                    "The amount applied is the lesser of the credit and the next month's charge; the rest is "
                        + "forfeited.",
                    "Credits do not roll over to later months and are never paid out.",
                    "A credit earned in the last month of service is forfeited, since no invoice follows it.",
                    "Credits belong to this contract and never move to another.",
                ]),
                .text(
                    "The next invoice always falls within 60 days of the month, so a credit is used within 60 days or "
                        + "not at all."
                ),
            ])
    }

    /// The monthly statement and where it goes.
    func reportingClause() -> AppendixClause {
        let issued = commitments.statementDay.map {
            ", by the \(Self.ordinal($0)) day of the following month,"
        } ?? ""
        var blocks: [AppendixBlock] = [
            .text(
                "For each calendar month of service the Provider issues a statement\(issued) showing: availability, "
                    + "as an "
                    + "exact fraction of seconds and as a percentage, against the target; each incident and "
                    + "maintenance window with the time it counted or was excluded, and why; the credit with its "
                    + "band, the cap and the amounts applied and forfeited; and support results per severity. A "
                    + "month with an incident still open is marked provisional."
                    + (clauses.contains(.disputes)
                        ? " How a statement is disputed is in clause \(number(.disputes))." : ""))
        ]
        if !contract.contacts.isEmpty {
            blocks.append(.text("Statements and escalations go to these contacts of the Customer:"))
            blocks.append(.items(contract.contacts.map { "\($0.role): \($0.address)" }))
        }
        return AppendixClause("Reporting", blocks)
    }

    /// What never counts against the Provider.
    func exclusionsClause() -> AppendixClause {
        AppendixClause(
            "Exclusions",
            [
                .text("Incidents with these causes do not count as downtime:"),
                .items(IncidentCause.allCases.filter { !$0.counts }.map(Self.describe)),
                .text(
                    "Failures of the Provider's own platform count, including failures of its cloud providers. A "
                        + "degradation recorded as not making the service unavailable does not count. An excluded "
                        + "incident adds no downtime even while it overlaps one that counts; the one that counts still "
                        + "counts."),
                .text("Tickets excluded from the support targets, when the ticket records one of these reasons:"),
                .items(ExclusionReason.allCases.map(\.words)),
                .text("Excluded tickets are listed on the statement with their reason and not counted."),
            ])
    }

    /// An excluded incident cause in words.
    static func describe(_ cause: IncidentCause) -> String {
        switch cause {
        case .platform: return "the Provider's platform"
        case .customerMisconfiguration: return "misconfiguration by the Customer (customer-misconfiguration)"
        case .customerNetwork: return "the Customer's own network (customer-network)"
        case .ddos: return "distributed denial-of-service attacks (ddos)"
        case .thirdParty:
            return "third parties that are the Customer's own providers, such as its payment processor or webhook "
                + "endpoint (third-party)"
        case .forceMajeure: return "force majeure (force-majeure)"
        }
    }
}
