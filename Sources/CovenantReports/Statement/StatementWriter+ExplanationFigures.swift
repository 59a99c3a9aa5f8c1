import Covenant
import CovenantFormat

extension StatementWriter {
    /// Step 5: excluded, eligible, downtime and the exact uptime against the target.
    func availabilityStep() -> StatementDocument.Step {
        let availability = statement.availability
        let excluded = Formatting.grouped(availability.excludedSeconds)
        var step = StepBuilder("Availability")
        step.line("excluded = union of excluded maintenance = \(excluded) s")
        step.line(
            "eligible = period − excluded = \(Formatting.grouped(availability.periodSeconds)) − \(excluded) = "
                + "\(Formatting.grouped(availability.eligibleSeconds)) s")
        step.line(
            "downtime = union of counting incidents and counted maintenance, minus excluded = "
                + "\(Formatting.grouped(availability.downtimeSeconds)) s")
        for interval in availability.downtime.intervals {
            step.detail(
                "\(Formatting.utc(interval.lowerBound)) to \(Formatting.utc(interval.upperBound)) "
                    + "(\(Formatting.grouped(interval.upperBound - interval.lowerBound)) s; local "
                    + "\(Formatting.local(interval.lowerBound, statement.contract.zone)))")
        }
        let uptime = availability.uptime
        if uptime.denominator == 0 {
            step.line("no eligible time: uptime is 100%")
        } else {
            step.line(
                "uptime = (eligible − downtime) / eligible = \(Formatting.grouped(uptime.numerator)) / "
                    + "\(Formatting.grouped(uptime.denominator)) = \(uptime.percentCut(digits: 4))% (cut, never "
                    + "rounded up)"
            )
        }
        step.line(
            "target \(Formatting.percent(statement.terms.sla.uptime)): "
                + (statement.met ? "met (uptime ≥ target, exactly)" : "missed (uptime < target, exactly)"))
        return step.step
    }

    /// Step 6: the charge, prorated by days in service, and the invoice:
    /// the credit the month before applies to it, and the net amount.
    func chargeStep() -> StatementDocument.Step {
        let charge = statement.charge
        let invoice = statement.invoice
        var step = StepBuilder("Charge and invoice")
        step.line(
            "\(Formatting.money(charge.fee)) × \(charge.daysInService) / \(charge.daysInMonth) days = "
                + "\(Formatting.money(charge.amount)) (rounded \(charge.rounding.rawValue))")
        if let month = invoice.creditFrom {
            step.line(
                "credit applied from the \(month) statement: \(Formatting.money(invoice.creditApplied)) (that "
                    + "month's credit, at most this charge)")
            step.line(
                "net invoice = \(Formatting.money(invoice.charge)) − \(Formatting.money(invoice.creditApplied)) = "
                    + Formatting.money(invoice.net))
        } else {
            step.line("no credit from the month before: net invoice = charge = \(Formatting.money(invoice.net))")
        }
        return step.step
    }

    /// Step 7: every band tested, the one chosen, the cap, the amount and where it goes.
    func creditStep() -> StatementDocument.Step {
        let credit = statement.credit
        let charge = statement.charge
        let rounding = charge.rounding.rawValue
        var step = StepBuilder("Credit")
        for test in credit.bandTests {
            step.line(
                "band below \(Formatting.percent(test.band.below)) → \(Formatting.percent(test.band.credit)): uptime "
                    + "is "
                    + (test.uptimeIsBelow ? "below: applies" : "not below"))
        }
        if let band = credit.band {
            let share = Formatting.percent(credit.percent)
            step.line(
                "chosen: the lowest bound still above the uptime, \(Formatting.percent(band.below)) → "
                    + Formatting.percent(band.credit))
            step.line(
                "cap \(Formatting.percent(statement.terms.sla.creditCap)): "
                    + (credit.capped ? "cuts the share to \(share)" : "not reached"))
            step.line(
                "amount = \(share) × \(Formatting.money(charge.amount)) = "
                    + "\(Self.exact(charge.amount, credit.percent)) → "
                    + "\(Formatting.money(credit.computed)) (rounded \(rounding))")
            if credit.belowMinimum { step.line("below the minimum credit: none issued") }
        } else {
            step.line("no band applies: no credit")
        }
        if credit.amount.minorUnits > 0 {
            let next = statement.month.adding(months: 1)
            if let nextCharge = statement.nextCharge {
                let charged = Formatting.money(nextCharge.amount)
                step.line(
                    "next invoice \(next): charge \(charged); applied = min(\(Formatting.money(credit.amount)), "
                        + "\(charged)) = \(Formatting.money(credit.applied)); forfeited "
                        + "\(Formatting.money(credit.forfeited))"
                )
            } else {
                step.line(
                    "not in service in \(next): the whole credit, \(Formatting.money(credit.forfeited)), is forfeited "
                        + "(credits are never paid out)")
            }
        }
        for action in credit.actions { step.line("action: \(action)") }
        return step.step
    }

    /// `share% × amount` as an exact decimal (cut to six places, `…` when longer).
    static func exact(_ amount: Money, _ percent: DecimalNumber) -> String {
        let scale = amount.currency.minorDigits + percent.scale + 2
        let value = Int128(amount.minorUnits) * percent.numerator
        return DecimalNumber.formatTrimmed(value, scale: scale)
    }

    /// Step 8: each ticket's clocks and the attainment they add up to.
    func supportStep(_ support: StatementDocument.Support) -> StatementDocument.Step {
        let zone = statement.contract.zone
        var step = StepBuilder("Support, as of \(Formatting.utc(support.asOf))")
        if support.tickets.isEmpty { step.line("no tickets opened this month") }
        for ticket in support.tickets {
            step.line(
                "\(ticket.id) opened \(Formatting.local(ticket.opened, zone)) (\(Formatting.utc(ticket.opened)))"
                    + (ticket.exclusion.map { ": excluded, \($0.rawValue); not counted" } ?? ""))
            for (metric, measure) in zip(support.metrics, ticket.clocks) {
                step.detail("\(metric.name) (\(measure.severity) on \(measure.clock)): " + SupportText.explain(measure))
            }
        }
        for metric in support.metrics {
            let attainment = metric.attainment
            guard let percent = attainment.percent, let achieved = attainment.achieved else {
                step.line("\(metric.name): nothing counted (\(attainment.pending) pending): attainment null")
                continue
            }
            step.line(
                "\(metric.name): \(attainment.met) met / (\(attainment.met) met + \(attainment.missed) missed) = "
                    + "\(percent)% (cut); target \(Formatting.percent(attainment.target)): "
                    + (achieved ? "achieved" : "not achieved")
                    + (attainment.pending > 0 ? "; \(attainment.pending) pending, not counted" : ""))
        }
        return step.step
    }
}
