import Covenant
import CovenantFormat
import CovenantReports

/// `covenant clock`: working time between two instants, or a deadline, on a
/// calendar of the catalog, or of a contract (`--contract`).
enum ClockCommand {
    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Command.clock.arguments(words)
        guard let name = arguments.value("calendar") else { throw .usage("clock needs --calendar NAME") }
        let project = base.with(arguments)
        try project.requireFolders(events: false)
        let (definition, path) =
            try arguments.value("contract") != nil
            ? contractCalendar(name, arguments, project) : catalogCalendar(name, arguments, project)
        let calendar: WorkingCalendar
        do {
            calendar = try WorkingCalendar(definition)
        } catch {
            throw .invalidInput([
                Diagnostic(.error, "calendar '\(name)' cannot be used: \(error)", path: path)
            ])
        }
        if let first = arguments.value("between") {
            guard arguments.positionals.count == 1, arguments.value("add") == nil else {
                throw .usage("--between takes two instants: --between A B")
            }
            let start = try instant(first, calendar.zone)
            let end = try instant(arguments.positionals[0], calendar.zone)
            let seconds =
                end >= start
                ? calendar.workingSeconds(from: start, to: end) : -calendar.workingSeconds(from: end, to: start)
            console.output("\(seconds) seconds (\(Formatting.hours(seconds)))\n")
        } else if let durationText = arguments.value("add") {
            guard let fromText = arguments.value("from"), arguments.positionals.isEmpty else {
                throw .usage("--add takes a duration and --from an instant: --add 4h --from A")
            }
            let start = try instant(fromText, calendar.zone)
            let working: Int64
            switch TargetDuration.reading(durationText) {
            case .value(let target): working = target.workingSeconds(dayLength: calendar.dayLength)
            case .malformed:
                throw .usage("--add expects a duration like '4h' or '2 business days', found '\(durationText)'")
            case .outOfRange(let allowed):
                throw .usage("--add expects \(allowed), found '\(durationText)'")
            }
            guard let deadline = calendar.deadline(from: start, adding: working) else {
                let shown = Escape.plain(name)
                console.output(
                    "never (calendar '\(shown)' does not reach \(durationText) of working time before 10000-01-01)\n")
                return
            }
            console.output(
                "\(Formatting.utc(deadline)) (\(Formatting.local(deadline, calendar.zone)) "
                    + "\(calendar.zone.identifier))\n"
            )
        } else {
            throw .usage("clock needs --between A B or --add DURATION --from A")
        }
    }

    /// A calendar of a catalog version: `--catalog-version`, else the newest.
    private static func catalogCalendar(_ name: String, _ arguments: Arguments, _ project: Project)
        throws(CLIError) -> (definition: CalendarDefinition, path: String)
    {
        let (catalog, diagnostics) = try project.loader.loadCatalog()
        if diagnostics.hasErrors { throw .invalidInput(diagnostics) }
        let version: CatalogVersion
        if let label = arguments.value("catalog-version") {
            guard let found = catalog.version(named: label) else { throw .usage("no catalog version '\(label)'") }
            version = found
        } else {
            guard let newest = catalog.newest else { throw .usage("no catalog version found") }
            version = newest
        }
        guard let definition = version.calendars[CalendarName(name)] else {
            throw .usage(
                "catalog \(version.version) has no calendar '\(name)'; it has "
                    + "\(version.calendars.keys.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        return (definition, version.file.path)
    }

    /// A calendar a contract's clocks may name (its own, else its catalog
    /// version's), from its terms on the day of the first instant given.
    private static func contractCalendar(_ name: String, _ arguments: Arguments, _ project: Project)
        throws(CLIError) -> (definition: CalendarDefinition, path: String)
    {
        let id = arguments.value("contract") ?? ""
        guard arguments.value("catalog-version") == nil else {
            throw .usage("give --contract or --catalog-version, not both: a contract's terms choose its version")
        }
        let (catalog, contracts, _) = try project.loader.loadAll()
        guard let contract = contracts.first(where: { $0.id.rawValue == id }) else {
            throw .usage(
                "no contract has the id '\(id)'" + Usage.didYouMean(id, among: contracts.map(\.id.rawValue).sorted()))
        }
        let first = arguments.value("between") ?? arguments.value("from") ?? ""
        let day = contract.zone.local(try instant(first, contract.zone)).date
        let terms: GoverningTerms
        do {
            terms = try contract.terms(on: day, catalog: catalog)
        } catch {
            throw .usage("\(error.message); --contract reads the calendars of the terms in force on \(day)")
        }
        guard let definition = terms.calendar(CalendarName(name)) else {
            throw .usage(
                "contract \(contract.id) has no calendar '\(name)' on \(day); it has "
                    + "\(terms.calendars.keys.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        return (definition, contract.file.path)
    }

    /// An RFC 3339 instant, or a local one in the calendar's zone.
    static func instant(_ text: String, _ zone: ZoneRules) throws(CLIError) -> Int64 {
        guard let parsed = ScalarReader.instant(text) else {
            throw .usage("expected an instant like '2026-01-06 15:45' or '2026-01-06T15:45:00-08:00', found '\(text)'")
        }
        let instant: Int64
        do {
            instant = try zone.instant(of: parsed)
        } catch {
            switch error {
            case .skipped: throw .usage("\(text) does not exist in \(zone) (the clocks spring forward); give an offset")
            case .ambiguous: throw .usage("\(text) is ambiguous in \(zone) (the clocks fall back); give an offset")
            }
        }
        // A local time late on 9999-12-31 can fall after it in UTC.
        guard instant <= RFC3339Instant.latest else {
            throw .usage("expected \(RFC3339Instant.allowed), found '\(text)' (after it in UTC)")
        }
        return instant
    }
}
