import Covenant
import CovenantFormat

extension StatementWriter {
    /// Every step behind the statement's figures, in words and numbers.
    func steps(_ support: StatementDocument.Support) -> [StatementDocument.Step] {
        [
            termsStep(), monthStep(), incidentsStep(), maintenanceStep(), availabilityStep(), chargeStep(),
            creditStep(), supportStep(support),
        ]
    }

    /// Step 1: the terms in force on the month's first day of service, and why.
    func termsStep() -> StatementDocument.Step {
        let terms = statement.terms
        let version = terms.catalogVersion.version
        let firstDay = statement.availability.period.firstDay.map(\.description) ?? "-"
        var step = StepBuilder("Terms in force on \(firstDay), the month's first day of service")
        if terms.locked {
            step.line(
                "The \(terms.inRenewal ? "renewal" : "initial") term \(terms.term.start) to \(terms.term.end) lasts 24 "
                    + "months or more, so it is locked:")
            step.line(
                "catalog \(version), the version in force on \(terms.catalogDate)"
                    + (terms.inRenewal ? " (the renewal's start)." : " (the signing date)."))
        } else {
            step.line("Not locked: catalog \(version), the version in force on \(terms.catalogDate),")
            step.line("the most recent anniversary of the \(terms.inRenewal ? "renewal" : "term") start.")
        }
        step.line(
            "Tier \(terms.tier.id) (\(terms.tier.name)); overrides: "
                + (terms.overrides.isEmpty ? "none" : "applied field by field") + ".")
        let sla = terms.sla
        let bands = sla.credits.map { "below \(Formatting.percent($0.below)) → \(Formatting.percent($0.credit))" }
        let minimum = Formatting.money(sla.minimumCredit ?? .zero(statement.contract.currency))
        step.line(
            "Uptime target \(Formatting.percent(sla.uptime)); bands: "
                + (bands.isEmpty ? "none" : bands.joined(separator: ", "))
                + "; cap \(Formatting.percent(sla.creditCap)); minimum credit \(minimum).")
        step.line("Monthly fee in force: \(Formatting.money(terms.monthlyFee)).")
        return step.step
    }

    /// Step 2: the month's instants in the contract's zone and its service.
    func monthStep() -> StatementDocument.Step {
        let period = statement.availability.period
        let range = period.monthRange
        var step = StepBuilder("The month")
        step.line(
            "\(statement.month) in \(statement.contract.zone) runs from \(Formatting.utc(range.lowerBound)) to "
                + "\(Formatting.utc(range.upperBound)):")
        step.line("\(Formatting.grouped(range.upperBound - range.lowerBound)) s.")
        step.line(
            "In service \(period.daysInService) of \(statement.month.numberOfDays) local days: period = "
                + "\(Formatting.grouped(period.seconds)) s.")
        return step.step
    }

    /// Step 3: each incident inside the month's service and what it adds.
    func incidentsStep() -> StatementDocument.Step {
        var step = StepBuilder("Incidents")
        if statement.availability.incidents.isEmpty { step.line("none apply") }
        for entry in statement.availability.incidents {
            let incident = entry.incident
            step.line(
                "\(incident.id) (\(incident.cause.rawValue), scope \(incident.scope)): "
                    + "\(Formatting.utc(incident.start)) "
                    + "to " + (incident.end.map(Formatting.utc) ?? "open, counted to the end of the month"))
            let verdict: String
            switch incident.counting {
            case .excludedCause: verdict = "an excluded cause: adds nothing"
            case .notDowntime: verdict = "counts_as_downtime is false: adds nothing"
            case .counts: verdict = "counts: \(Formatting.grouped(entry.countedSeconds)) s outside excluded maintenance"
            }
            step.detail("inside the month's service: \(Formatting.grouped(entry.clippedSeconds)) s; \(verdict)")
        }
        return step.step
    }

    /// Step 4: each maintenance event, its standing part and its extra window.
    func maintenanceStep() -> StatementDocument.Step {
        var step = StepBuilder("Maintenance")
        if statement.availability.maintenance.isEmpty { step.line("none applies") }
        let policy = statement.terms.catalogVersion.maintenance
        for entry in statement.availability.maintenance {
            let classification = entry.classification
            let event = classification.event
            step.line(
                "\(event.id): \(Formatting.utc(event.start)) to \(Formatting.utc(event.end)) "
                    + "(\(Formatting.grouped(event.end - event.start)) s), announced \(Formatting.utc(event.announced))"
            )
            step.detail(
                "inside standing windows (\(policy.standing.map(\.text).joined(separator: ", ")), local time): "
                    + "\(Formatting.grouped(classification.standing.measure)) s excluded")
            if !classification.rest.isEmpty {
                let rest = Formatting.grouped(classification.rest.measure)
                step.detail(
                    "the rest, \(rest) s, as an extra window: notice "
                        + "\(Formatting.grouped(classification.noticeSeconds)) s"
                        + " (needs \(Formatting.grouped(policy.extraNotice))), length \(rest) s "
                        + "(at most \(Formatting.grouped(policy.extraMaxDuration))), at most \(policy.extraPerMonth) "
                        + "a month"
                )
                switch classification.outcome {
                case .extraGranted: step.detail("granted: excluded")
                case .downtime(let reasons):
                    step.detail("not granted (\(reasons.map(\.words).joined(separator: ", "))): counts as downtime")
                case .standing: break
                }
            }
            step.detail(
                "in this month's service: excluded \(Formatting.grouped(entry.excludedSeconds)) s, downtime "
                    + "\(Formatting.grouped(entry.downtimeSeconds)) s")
        }
        return step.step
    }
}

/// Collects a step's lines.
struct StepBuilder {
    private(set) var step: StatementDocument.Step

    init(_ title: String) { step = StatementDocument.Step(title: title, lines: []) }

    /// A line of the step.
    mutating func line(_ text: String) { step.lines.append(StatementDocument.Line(depth: 0, text: text)) }

    /// A detail under the line before it.
    mutating func detail(_ text: String) { step.lines.append(StatementDocument.Line(depth: 1, text: text)) }
}
