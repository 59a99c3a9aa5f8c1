import Covenant
import CovenantFormat

extension AppendixWriter {
    /// The support targets per severity and the clocks that measure them.
    func supportClause() -> AppendixClause {
        let levels = initial.serviceLevels
        var blocks: [AppendixBlock] = [
            .text(
                "The Provider responds to and resolves support tickets within these targets, each measured in "
                    + "working time on the clock named:"),
            .table(supportTable(levels)),
            .text("The clocks run as follows:"),
            .items(
                levels.clocks.map { clock in
                    "\(clock.name): \(Self.describe(clock, businessDays: usesBusinessDays(clock.name, levels.sla)))"
                }),
            .text(
                "Response time runs from the opening of a ticket to the first human reply, request for information "
                    + "or resolution; automated replies do not count. Resolution time runs from the opening to the "
                    + "resolution, pauses while the Provider waits for the Customer's reply and resumes if the "
                    + "ticket is reopened. A target is met when the working time at the stop is at most the "
                    + "target. A ticket's severity for its targets is the one in force when its clock stops."),
            .paragraph([
                .text("Each month, at least "), .strong(Formatting.percent(sla.responseAchievement)),
                .text(" of counted tickets are to meet their response target and at least "),
                .strong(Formatting.percent(sla.resolutionAchievement)),
                .text(
                    " their resolution target. Support results are reported on the monthly statement; service "
                        + "credits depend on availability only (clause \(number(.credits)))"
                        + (clauses.contains(.supportRemedy)
                            ? ", and clause \(number(.supportRemedy)) says what follows a month below these targets."
                            : ".")),
            ]),
        ]
        if levels.clocks.isEmpty { blocks.remove(at: 2) }
        blocks.insert(contentsOf: holidayFileBlocks(levels.clocks), at: levels.clocks.isEmpty ? 2 : 4)
        return AppendixClause("Support response and resolution", blocks)
    }

    /// Severity, response target and clock, resolution target and clock.
    func supportTable(_ levels: Appendix.ServiceLevels) -> AppendixTable {
        let calendars = Dictionary(levels.clocks.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = Severity.allCases.map { severity -> [String] in
            let terms = levels.sla.support[severity]
            let responseClock = levels.sla.responseClock(for: severity)
            let resolutionClock = levels.sla.resolutionClock(for: severity)
            return [
                severity.title,
                Self.describe(terms?.response, on: calendars[responseClock]),
                terms?.response == nil ? "–" : responseClock.rawValue,
                Self.describe(terms?.resolution, on: calendars[resolutionClock]),
                terms?.resolution == nil ? "–" : resolutionClock.rawValue,
            ]
        }
        return AppendixTable(
            header: ["Severity", "Response target", "Response clock", "Resolution target", "Resolution clock"],
            rows: rows)
    }

    /// `4 hours`, `2 business days (18 working hours)`, or `none`.
    static func describe(_ target: TargetDuration?, on calendar: CalendarDefinition?) -> String {
        guard let target else { return "none" }
        guard case .business(let duration) = target, duration.unit == .days, let calendar else {
            return Wording.target(target)
        }
        let seconds = target.workingSeconds(dayLength: calendar.businessDayLength)
        return "\(Wording.target(target)) (\(Wording.hoursAndMinutes(seconds)) of working time)"
    }

    /// Whether a clock measures a target given in business days.
    func usesBusinessDays(_ clock: CalendarName, _ sla: SLATerms) -> Bool {
        Severity.allCases.contains { severity in
            let terms = sla.support[severity]
            func isDays(_ target: TargetDuration?) -> Bool {
                if case .business(let duration)? = target { return duration.unit == .days }
                return false
            }
            return (isDays(terms?.response) && sla.responseClock(for: severity) == clock)
                || (isDays(terms?.resolution) && sla.resolutionClock(for: severity) == clock)
        }
    }

    /// A clock spelled out: days, hours, zone, holidays, special hours and,
    /// when business days are measured on it, the length of one.
    static func describe(_ calendar: CalendarDefinition, businessDays: Bool) -> String {
        var text = Wording.weeklyHours(calendar.hours)
        let always: Bool
        if case .always = calendar.hours { always = true } else { always = false }
        if !always || !calendar.holidays.isEmpty || !calendar.specialHours.isEmpty {
            text += ", \(calendar.zone) time"
        }
        var excluded: [String] = []
        if calendar.holidays.contains(.usFederal) {
            excluded.append("US federal holidays (both the holiday and the day it is observed)")
        }
        let dates = calendar.holidays.compactMap { rule -> LocalDate? in
            if case .date(let date) = rule { return date }
            return nil
        }.sorted()
        excluded += dates.map(Wording.date)
        for case .file(let file) in calendar.holidays {
            excluded.append("the \(Wording.count(file.days.count, "holiday")) of \(file.name)")
        }
        if !excluded.isEmpty { text += ", excluding \(Wording.list(excluded))" }
        if !calendar.specialHours.isEmpty {
            let special = calendar.specialHours.keys.sorted().map { date -> String in
                switch calendar.specialHours[date]! {
                case .closed: return "\(Wording.date(date)) closed"
                case .open(let intervals):
                    return "\(Wording.date(date)) \(Wording.list(intervals.map(Wording.interval)))"
                }
            }
            text += "; special hours: \(Wording.list(special))"
        }
        if !always { text += "; closed at all other times" }
        if businessDays {
            text +=
                ". A business day on this clock is \(Wording.hoursAndMinutes(calendar.businessDayLength)) of working "
                + "time"
        }
        return text + "."
    }

    /// The most holidays of one file listed in a table; a longer file is
    /// stated by its count and first and last dates.
    static let listedHolidays = 40

    /// The holidays of the holiday files the clocks name, each file once: a
    /// table of dates and names, or the count and the span for a long file.
    func holidayFileBlocks(_ clocks: [CalendarDefinition]) -> [AppendixBlock] {
        var seen: Set<String> = []
        var blocks: [AppendixBlock] = []
        for clock in clocks {
            for case .file(let file) in clock.holidays where seen.insert(file.name).inserted {
                guard let first = file.days.first, let last = file.days.last else { continue }
                if file.days.count > Self.listedHolidays {
                    blocks.append(
                        .text(
                            "\(file.name) lists \(Wording.count(file.days.count, "holiday")), from "
                                + "\(span(first.date, last.date))."))
                    continue
                }
                blocks.append(.text("The holidays of \(file.name), each closing its local day:"))
                blocks.append(
                    .table(
                        AppendixTable(
                            header: ["Date", "Holiday"],
                            rows: file.days.map { [Wording.date($0.date), $0.name.isEmpty ? "–" : $0.name] })))
            }
        }
        return blocks
    }

    /// Holiday periods that move response deadlines later.
    func holidayPeriodsClause() -> AppendixClause {
        AppendixClause("Holiday periods", holidayBlocks(initial.serviceLevels))
    }

    /// The holiday-period rules of a period's service levels.
    func holidayBlocks(_ levels: Appendix.ServiceLevels) -> [AppendixBlock] {
        guard !levels.holidayPeriods.isEmpty else {
            return [.text("No holiday period extends the response targets of the \(tierName) tier.")]
        }
        return [
            .text(
                "A ticket opened during one of these periods (dates in \(levels.catalogZone)) has its response "
                    + "deadline moved later by the period's extension, in wall-clock time:"),
            .items(levels.holidayPeriods.map(Self.describe)),
        ]
    }

    /// `Year-end, 24 December to 2 January inclusive: response deadlines 24 hours later`.
    static func describe(_ period: HolidayPeriod) -> String {
        let from = Wording.dayOfYear(month: period.from.month, day: period.from.day)
        let to = Wording.dayOfYear(month: period.to.month, day: period.to.day)
        return "\(period.name), \(from) to \(to) inclusive: response deadlines "
            + "\(Wording.hoursAndMinutes(period.extendResponse)) later"
    }
}
