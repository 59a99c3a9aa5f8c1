import Covenant
import CovenantFormat

extension StatementCommand {
    /// `--month`, or the latest month that has events (in the catalog's
    /// zone). Without `--as-of`, a month the events read do not reach (after
    /// the month of the last event, or before the month of the first) is
    /// refused, and so is any month when no events were read: its statements
    /// would record 100% uptime and no tickets for want of files, not of
    /// incidents.
    static func chooseMonth(_ arguments: Arguments, _ inputs: Inputs, project: Project) throws(CLIError)
        -> LocalMonth
    {
        let zone = inputs.catalog.defaultZone
        let first = inputs.events.earliestEventInstant.map { LocalMonth(zone.local($0).date) }
        let last = inputs.events.latestEventInstant.map { LocalMonth(zone.local($0).date) }
        var month: LocalMonth
        if let text = arguments.value("month") {
            month = try MonthSpanOptions.month(text, option: "month")
        } else if let last {
            month = last
        } else if inputs.asOf != nil {
            throw .usage("no events were read to choose a month from; give --month YYYY-MM")
        } else {
            throw refusal(
                nil, project: project, "no events were read", then: "give --month YYYY-MM and --as-of INSTANT")
        }
        guard inputs.asOf == nil else { return month }
        guard let first, let last else {
            throw refusal(month, project: project, "no events were read", then: "give --as-of INSTANT")
        }
        if month > last {
            throw refusal(
                month, project: project,
                "the events read cover \(Self.range(first, last)); \(month) is after the last of them",
                then: "add the month's events, or give --as-of INSTANT to compute it as of that instant")
        }
        if month < first {
            throw refusal(
                month, project: project,
                "the events read cover \(Self.range(first, last)); \(month) is before the first of them",
                then: "give --events for that month's files, or --as-of INSTANT to compute it anyway")
        }
        return month
    }

    /// A warning when the month before `month` has no events read while a
    /// contract was in service then: the credit it applies to this month's
    /// invoices is computed as if nothing happened in it (RULES.md §5: a
    /// month's credit goes on the next invoice), so the net invoice may be
    /// too high. `nil` when the events cover it or nobody was in service.
    static func previousMonthWarning(_ month: LocalMonth, _ inputs: Inputs, project: Project) -> Diagnostic? {
        let zone = inputs.catalog.defaultZone
        let previous = month.adding(months: -1)
        guard let first = inputs.events.earliestEventInstant.map({ LocalMonth(zone.local($0).date) }),
            previous < first
        else { return nil }
        let inService = inputs.contracts.filter { $0.serviceDays(in: previous) != nil }.count
        guard inService > 0 else { return nil }
        let folders = project.eventFolders.joined(separator: ", ")
        let contracts = inService == 1 ? "1 contract was" : "\(inService) contracts were"
        return Diagnostic(
            .warning,
            "the events read start in \(first), but \(contracts) in service in \(previous): the credits of "
                + "\(previous) applied to \(month)'s invoices count no incident in \(previous); give --events for "
                + "\(previous)'s files too for exact net invoices", path: folders)
    }

    /// Refuses a range of months that ends after the events read (exit 65),
    /// as `statement` refuses such a month, unless `--as-of` says what is
    /// known: `ledger` and `report` would otherwise record months with no
    /// incident and no ticket whatever happened.
    static func requireCovered(through month: LocalMonth, _ inputs: Inputs, project: Project, what: String)
        throws(CLIError)
    {
        guard inputs.asOf == nil else { return }
        let zone = inputs.catalog.defaultZone
        guard let first = inputs.events.earliestEventInstant.map({ LocalMonth(zone.local($0).date) }),
            let last = inputs.events.latestEventInstant.map({ LocalMonth(zone.local($0).date) })
        else {
            throw refusal(month, project: project, "no events were read", then: "give --as-of INSTANT", what: what)
        }
        guard month > last else { return }
        throw refusal(
            month, project: project,
            "the events read cover \(Self.range(first, last)); \(month) is after the last of them",
            then: "end the range at \(last), add the later months' events, or give --as-of INSTANT", what: what)
    }

    /// `2026-01 to 2026-03`, or one month.
    private static func range(_ first: LocalMonth, _ last: LocalMonth) -> String {
        first == last ? "\(first) only" : "\(first) to \(last)"
    }

    /// The refusal of a month (exit 65), naming the event folders read.
    private static func refusal(
        _ month: LocalMonth?, project: Project, _ why: String, then advice: String, what: String = "no statements"
    ) -> CLIError {
        let folders = project.eventFolders.joined(separator: ", ")
        let what = month.map { "\(what) for \($0): " } ?? ""
        let empty = why == "no events were read"
            ? " (no incidents.yaml, maintenance.yaml or tickets.csv in \(folders))" : ""
        let message = "\(what)\(why)\(empty), so they would show no incident and no ticket whatever happened; "
        return .invalidInput([Diagnostic(.error, message + advice, path: folders)])
    }

    /// `--as-of`: an instant as `clock` reads one, or a date, meaning the
    /// end of that day (its last second) in the catalog's zone.
    static func asOfInstant(_ text: String, _ zone: ZoneRules) throws(CLIError) -> Int64 {
        if let date = ScalarReader.date(text) { return zone.startOfDay(date.adding(days: 1)) - 1 }
        return try ClockCommand.instant(text, zone)
    }
}
