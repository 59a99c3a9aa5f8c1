import Covenant
import CovenantFormat

extension AppendixWriter {
    /// Who, what and for how long.
    func scopeClause() -> AppendixClause {
        var blocks: [AppendixBlock] = [
            .text(
                "This section sets out the service levels the Provider commits to for the Customer's "
                    + "\(tierName) service under contract \(contract.id), and what the Customer receives when they "
                    + "are missed."),
            .text(
                "The initial term runs from \(describe(contract.term)), both days included: service starts at "
                    + "00:00 on the first day and ends at the end of the last day, \(contract.zone.identifier) time."),
        ]
        if let renewal = contract.renewal, let index = appendix.periods.firstIndex(where: \.isRenewal) {
            blocks.append(
                .text(
                    "A renewal term follows, from \(describe(renewal.term)), on the terms of clause "
                        + "\(number(ofPeriod: index))."))
        }
        if let ended = contract.ended {
            blocks.append(
                .text("The Customer's service ended early: its last day of service was \(Wording.date(ended))."))
        }
        blocks.append(
            .text(
                "Local times and calendar months are those of \(contract.zone.identifier) unless a clause names "
                    + "another "
                    + "zone. Amounts are in \(contract.currency.code). The terms in force on a month's first day of "
                    + "service govern that whole month."))
        return AppendixClause("Scope and term", blocks)
    }

    /// The monthly fee, proration and fee changes.
    func feesClause() -> AppendixClause {
        let first = appendix.fees[0]
        var blocks: [AppendixBlock] = [
            .paragraph([
                .text("The monthly fee is "), .strong(Formatting.money(first.fee)),
                .text(
                    ". A month only partly in service is charged the monthly fee × days in service ÷ days in the "
                        + "month, \(rounding(initial.terms.catalogVersion.rounding))."),
            ])
        ]
        if appendix.fees.count > 1 {
            blocks.append(.text("The monthly fee changes as follows; fee changes never change the service levels:"))
            blocks.append(
                .table(
                    AppendixTable(
                        header: ["From", "Monthly fee"],
                        rows: appendix.fees.map { change in
                            [
                                Wording.month(change.from) + (change.inRenewal ? " (renewal term)" : ""),
                                Formatting.money(change.fee),
                            ]
                        },
                        numericColumns: [1])))
        }
        return AppendixClause("Fees", blocks)
    }

    /// The target and how it is measured.
    func availabilityClause() -> AppendixClause {
        let target = Formatting.percent(sla.uptime)
        return AppendixClause(
            "Availability",
            [
                .paragraph([
                    .text("The Provider will make the service available at least "), .strong(target),
                    .text(" of each month (the availability target)."),
                ]),
                .text(
                    "Availability is measured per calendar month in \(contract.zone.identifier), from 00:00 on its "
                        + "first day "
                        + "to 00:00 on the first day of the next month, counting only days of service, so the first "
                        + "and last months of service may be partial. Months have their real length"
                        + (Self.clockChange(in: contract.zone, during: serviceSpan).map {
                            ": a month with a daylight-saving change is \($0) shorter or longer."
                        } ?? ".")),
                .paragraph([
                    .strong("Availability"),
                    .text(" = (eligible time − downtime) ÷ eligible time. "),
                    .strong("Eligible time"),
                    .text(
                        " is the month's time in service less excluded maintenance (clause "
                            + "\(number(.maintenance))). "),
                    .strong("Downtime"),
                    .text(
                        " is the time in which an incident that counts (clause \(number(.exclusions))), or "
                            + "maintenance that is not excluded, made the service unavailable; overlapping incidents "
                            + "count once, and an incident still open at the end of a month counts to the end of that "
                            + "month. A month with no eligible time has 100% availability."),
                ]),
                .text(
                    "Time is counted in whole seconds and the comparison is exact: the target is met when availability "
                        + "is at or above \(target) exactly, without rounding. A percentage shown on a statement is "
                        + "cut, not rounded, to its digits, so it never overstates availability."),
            ])
    }

    /// The downtime the target allows in 28-, 30- and 31-day months.
    func allowedDowntimeClause() -> AppendixClause {
        AppendixClause("Allowed downtime", Self.allowedDowntimeBlocks(initial, lead: "At"))
    }

    /// The allowed-downtime paragraph and table of a period.
    static func allowedDowntimeBlocks(_ period: Appendix.TermsPeriod, lead: String) -> [AppendixBlock] {
        let target = period.terms.sla.uptime
        let missing = Wording.missingShare(of: target)
        return [
            .text(
                "\(lead) a \(Formatting.percent(target)) target, a month may have downtime of up to \(missing) of its "
                    + "eligible time and still meet the target. For a month with no excluded maintenance:"),
            .table(
                AppendixTable(
                    header: ["Month", "Seconds in month", "Allowed downtime, s", "Allowed downtime, min"],
                    rows: period.allowedDowntime.map { allowed in
                        [
                            "\(allowed.days) days", Formatting.grouped(allowed.periodSeconds),
                            Formatting.grouped(allowed.seconds),
                            Formatting.grouped(allowed.minutes),
                        ]
                    },
                    numericColumns: [1, 2, 3])),
            .text(
                "These figures are exact. Excluded maintenance, a daylight-saving change or a partial month changes "
                    + "eligible time, and the allowed downtime with it: it is always \(missing) of the month's "
                    + "eligible time."),
        ]
    }

    /// Standing windows and the extra-window rule.
    func maintenanceClause() -> AppendixClause {
        AppendixClause("Maintenance", maintenanceBlocks(initial.serviceLevels))
    }

    /// The maintenance rules of a period's service levels.
    func maintenanceBlocks(_ levels: Appendix.ServiceLevels) -> [AppendixBlock] {
        let policy = levels.maintenance
        var blocks: [AppendixBlock] = []
        if policy.standing.isEmpty {
            blocks.append(.text("There are no standing maintenance windows."))
        } else {
            blocks.append(
                .paragraph([
                    .strong("Standing windows."),
                    .text(
                        " Maintenance inside these weekly windows, in \(levels.maintenanceZone) time, is excluded from "
                            + "availability and needs no notice:"),
                ]))
            blocks.append(.items(policy.standing.map(Self.describe)))
            var note =
                Self.clockChange(in: levels.maintenanceZone, during: serviceSpan).map {
                    "A window keeps its local times on a day the clocks change, so that day it may be \($0) "
                        + "shorter or longer."
                } ?? "A window keeps its local times."
            if levels.maintenanceZone != contract.zone {
                note +=
                    " The windows stay in \(levels.maintenanceZone) time although months are measured in "
                    + "\(contract.zone.identifier)."
            }
            blocks.append(.text(note))
        }
        if policy.extraPerMonth > 0 {
            blocks.append(
                .paragraph([
                    .strong("Extra windows."),
                    .text(
                        " Outside the standing windows, the Provider may take up to "
                            + "\(Wording.count(policy.extraPerMonth, "extra window")) per contract month, each at most "
                            + "\(Wording.hoursAndMinutes(policy.extraMaxDuration)) long in total and announced to the "
                            + "Customer at least \(Wording.daysOrHours(policy.extraNotice)) before it starts (an "
                            + "announcement on a date counts from 00:00 that day). Such a window is excluded from "
                            + "availability; it uses the allowance of the month in which it starts."),
                ]))
            blocks.append(
                .text(
                    "Maintenance outside the standing windows that is announced late, is too long or exceeds the "
                        + "monthly allowance counts as downtime in full, and the statement says why."))
        } else {
            blocks.append(.text("Any other maintenance counts as downtime."))
        }
        return blocks
    }

    /// `every Sunday from 02:00 to 04:00`.
    static func describe(_ window: StandingWindow) -> String {
        let days = Wording.weekdays(window.days.weekdays)
        let start = window.interval.start
        let end = window.interval.end
        return "every \(days) from \(start) to \(end)" + (window.interval.isOvernight ? " the next day" : "")
    }

    /// The instants the appendix covers: the first day of service to the end of its last period.
    var serviceSpan: Range<Int64> {
        let last = appendix.periods.last?.last ?? contract.term.end
        return contract.zone.startOfDay(contract.term.start)..<contract.zone.startOfDay(last.adding(days: 1))
    }

    /// How much the clocks of `zone` change at once during `span` ("an hour",
    /// "half an hour"), or `nil` when they never change then.
    static func clockChange(in zone: ZoneRules, during span: Range<Int64>) -> String? {
        var shifts: Set<Int> = []
        for instant in zone.transitions where span.contains(instant) {
            let shift = abs(zone.offset(at: instant) - zone.offset(at: instant - 1))
            if shift > 0 { shifts.insert(shift) }
        }
        guard !shifts.isEmpty else { return nil }
        let words = shifts.sorted().map { seconds -> String in
            if seconds == 3600 { return "an hour" }
            if seconds == 1800 { return "half an hour" }
            return seconds % 3600 == 0 ? "\(seconds / 3600) hours" : "\(seconds / 60) minutes"
        }
        return words.joined(separator: " or ")
    }
}
