import Covenant
import CovenantFormat

/// Every step behind one contract's month, in words and numbers
/// (`covenant explain`).
public enum StatementExplanation {
    /// Renders the explanation of a statement.
    public static func render(_ statement: MonthStatement) -> String {
        let contract = statement.contract
        let terms = statement.terms
        let availability = statement.availability
        let period = availability.period
        let zone = contract.zone
        var out = TextBlock()
        out.line("EXPLANATION \(contract.id) \(statement.month): \(contract.customer)")
        out.line("")

        out.line("1. Terms in force on \(period.firstDay.map(\.description) ?? "-"), the month's first day of service")
        let (versionDate, locked, inRenewal) = contract.catalogDate(for: period.firstDay ?? contract.term.start)
        if locked {
            let term = inRenewal ? contract.renewal!.term : contract.term
            out.line("   The \(inRenewal ? "renewal" : "initial") term \(term.start) to \(term.end) lasts 24 months or more, so it is locked:")
            out.line("   catalog \(terms.catalogVersion.version), the version in force on \(versionDate)\(inRenewal ? " (the renewal's start)" : " (the signing date)").")
        } else {
            out.line("   Not locked: catalog \(terms.catalogVersion.version), the version in force on \(versionDate),")
            out.line("   the most recent anniversary of the \(inRenewal ? "renewal" : "term") start.")
        }
        out.line("   Tier \(terms.tier.id) (\(terms.tier.name)); overrides: \(terms.overrides.isEmpty ? "none" : "applied field by field").")
        out.line("   Uptime target \(Formatting.percent(terms.sla.uptime)); bands: "
            + (terms.sla.credits.isEmpty ? "none" : terms.sla.credits.map { "below \(Formatting.percent($0.below)) → \(Formatting.percent($0.credit))" }.joined(separator: ", "))
            + "; cap \(Formatting.percent(terms.sla.creditCap)); minimum credit \(Money(terms.sla.minimumCredit, currency: contract.currency).map(Formatting.money) ?? terms.sla.minimumCredit.description).")
        out.line("   Monthly fee in force: \(Formatting.money(terms.monthlyFee)).")
        out.line("")

        out.line("2. The month")
        out.line("   \(statement.month) in \(contract.zone.identifier) runs from \(Formatting.utc(period.monthRange.lowerBound)) to \(Formatting.utc(period.monthRange.upperBound)):")
        out.line("   \(Formatting.grouped(period.monthRange.upperBound - period.monthRange.lowerBound)) s.")
        out.line("   In service \(period.daysInService) of \(statement.month.numberOfDays) local days: period = \(Formatting.grouped(period.seconds)) s.")
        out.line("")

        out.line("3. Incidents")
        if availability.incidents.isEmpty { out.line("   none apply") }
        for entry in availability.incidents {
            let incident = entry.incident
            out.line("   \(incident.id) (\(incident.cause.rawValue), scope \(incident.scope)): \(Formatting.utc(incident.start)) to "
                + (incident.end.map(Formatting.utc) ?? "open, counted to the end of the month"))
            let verdict: String
            if !incident.cause.counts {
                verdict = "an excluded cause: adds nothing"
            } else if !incident.countsAsDowntime {
                verdict = "counts_as_downtime is false: adds nothing"
            } else {
                verdict = "counts: \(Formatting.grouped(entry.countedSeconds)) s outside excluded maintenance"
            }
            out.line("     inside the month's service: \(Formatting.grouped(entry.clippedSeconds)) s; \(verdict)")
        }
        out.line("")

        out.line("4. Maintenance")
        if availability.maintenance.isEmpty { out.line("   none applies") }
        let policy = terms.catalogVersion.maintenance
        for entry in availability.maintenance {
            let c = entry.classification
            out.line("   \(c.event.id): \(Formatting.utc(c.event.start)) to \(Formatting.utc(c.event.end)) (\(Formatting.grouped(c.event.end - c.event.start)) s), announced \(Formatting.utc(c.event.announced))")
            out.line("     inside standing windows (\(policy.standing.map(\.text).joined(separator: ", ")), local time): \(Formatting.grouped(c.standing.measure)) s excluded")
            if !c.rest.isEmpty {
                out.line("     the rest, \(Formatting.grouped(c.rest.measure)) s, as an extra window: notice \(Formatting.grouped(c.noticeSeconds)) s"
                    + " (needs \(Formatting.grouped(policy.extraNotice))), length \(Formatting.grouped(c.rest.measure)) s (at most \(Formatting.grouped(policy.extraMaxDuration))),"
                    + " at most \(policy.extraPerMonth) a month")
                switch c.outcome {
                case .extraGranted: out.line("     granted: excluded")
                case .downtime(let reasons): out.line("     not granted (\(reasons.map(\.words).joined(separator: ", "))): counts as downtime")
                case .standing: break
                }
            }
            out.line("     in this month's service: excluded \(Formatting.grouped(entry.excludedSeconds)) s, downtime \(Formatting.grouped(entry.downtimeSeconds)) s")
        }
        out.line("")

        out.line("5. Availability")
        out.line("   excluded = union of excluded maintenance = \(Formatting.grouped(availability.excludedSeconds)) s")
        out.line("   eligible = period − excluded = \(Formatting.grouped(availability.periodSeconds)) − \(Formatting.grouped(availability.excludedSeconds)) = \(Formatting.grouped(availability.eligibleSeconds)) s")
        out.line("   downtime = union of counting incidents and counted maintenance, minus excluded = \(Formatting.grouped(availability.downtimeSeconds)) s")
        for interval in availability.downtime.intervals {
            out.line("     \(Formatting.utc(interval.lowerBound)) to \(Formatting.utc(interval.upperBound)) (\(Formatting.grouped(interval.upperBound - interval.lowerBound)) s; local \(Formatting.local(interval.lowerBound, zone)))")
        }
        let uptime = availability.uptime
        if uptime.denominator == 0 {
            out.line("   no eligible time: uptime is 100%")
        } else {
            out.line("   uptime = (eligible − downtime) / eligible = \(Formatting.grouped(uptime.numerator)) / \(Formatting.grouped(uptime.denominator)) = \(uptime.percentCut(digits: 4))% (cut, never rounded up)")
        }
        out.line("   target \(Formatting.percent(terms.sla.uptime)): \(statement.met ? "met (uptime ≥ target, exactly)" : "missed (uptime < target, exactly)")")
        out.line("")

        out.line("6. Charge")
        let charge = statement.charge
        out.line("   \(Formatting.money(charge.fee)) × \(charge.daysInService) / \(charge.daysInMonth) days = \(Formatting.money(charge.amount)) (rounded \(charge.rounding.rawValue))")
        out.line("")

        out.line("7. Credit")
        let credit = statement.credit
        for band in terms.sla.credits {
            let applies = uptime.isBelow(band.below)
            out.line("   band below \(Formatting.percent(band.below)) → \(Formatting.percent(band.credit)): uptime is \(applies ? "below: applies" : "not below")")
        }
        if let band = credit.band {
            out.line("   chosen: the lowest bound still above the uptime, \(Formatting.percent(band.below)) → \(Formatting.percent(band.credit))")
            out.line("   cap \(Formatting.percent(terms.sla.creditCap)): \(credit.capped ? "cuts the share to \(Formatting.percent(credit.percent))" : "not reached")")
            out.line("   amount = \(Formatting.percent(credit.percent)) × \(Formatting.money(charge.amount)) = \(exact(charge.amount, credit.percent)) → \(Formatting.money(credit.computed)) (rounded \(charge.rounding.rawValue))")
            if credit.belowMinimum { out.line("   below the minimum credit: none issued") }
        } else {
            out.line("   no band applies: no credit")
        }
        if credit.amount.minorUnits > 0 {
            if let next = statement.nextCharge {
                out.line("   next invoice \(statement.month.adding(months: 1)): charge \(Formatting.money(next.amount)); applied = min(\(Formatting.money(credit.amount)), \(Formatting.money(next.amount))) = \(Formatting.money(credit.applied)); forfeited \(Formatting.money(credit.forfeited))")
            } else {
                out.line("   not in service in \(statement.month.adding(months: 1)): the whole credit, \(Formatting.money(credit.forfeited)), is forfeited (credits are never paid out)")
            }
        }
        for action in credit.actions { out.line("   action: \(action)") }
        supportSteps(statement, into: &out)
        return out.text
    }

    /// `share% × amount` as an exact decimal (cut to six places, `…` when longer).
    static func exact(_ amount: Money, _ percent: DecimalNumber) -> String {
        let scale = amount.currency.minorDigits + percent.scale + 2
        let value = Int128(amount.minorUnits) * percent.numerator
        return DecimalNumber.formatTrimmed(value, scale: scale)
    }
}
