/// The commands of `covenant`, one table behind dispatch, `help`, `--help`
/// on every command and the usage lines of errors: each case carries its
/// usage, its summary and every option with its help, and the options it
/// parses are the ones it documents.
enum Command: String, CaseIterable, Sendable {
    case statement, ledger, report, explain, watch, check, appendix, budget, clock, help

    /// One option of a command.
    struct Option: Sendable, Hashable {
        /// The name without dashes: `month`.
        var name: String
        /// What its value is (`YYYY-MM`); `nil` for a flag.
        var value: String?
        /// What it does, one or more lines.
        var help: String
        /// Whether it may be given several times.
        var repeats = false

        /// `--month YYYY-MM`.
        var shown: String { "--\(name)" + (value.map { " \($0)" } ?? "") }
    }

    /// The command named by a word.
    init?(named word: String) { self.init(rawValue: word) }

    /// The usage lines, each after `covenant `.
    var usage: [String] {
        switch self {
        case .statement:
            return [
                "statement [--month YYYY-MM] [--contracts DIR] [--events DIR]... [--as-of INSTANT]",
                "          [--format FMT] [--out DIR|-] [--force] [--lenient] [--wait] [CONTRACT-ID...]",
            ]
        case .ledger:
            return [
                "ledger    [--from YYYY-MM] [--to YYYY-MM] [--format text,md,csv,json,journal] [--out DIR|-]",
                "          [--contracts DIR] [--events DIR]... [--as-of INSTANT] [--lenient]",
            ]
        case .report:
            return [
                "report    --from YYYY-MM --to YYYY-MM [--format text,md,html,csv,json] [--out DIR|-]",
                "          [--contracts DIR] [--events DIR]... [--as-of INSTANT] [--lenient]",
            ]
        case .explain:
            return [
                "explain   CONTRACT-ID [--month YYYY-MM] [--contracts DIR] [--events DIR]... [--as-of INSTANT]",
                "          [--lenient]",
            ]
        case .watch:
            return [
                "watch     [--at INSTANT|now] [--contracts DIR] [--events DIR]... [--format text|json|csv]",
                "          [--fail-on breach|warning]",
            ]
        case .check: return ["check     [PATH...] [--contracts DIR]"]
        case .appendix:
            return ["appendix  CONTRACT-ID|FILE [--section N] [--format md|text|html] [--out FILE|-] [--contracts DIR]"]
        case .budget:
            return [
                "budget    SCENARIO-FILE [--format text|md|csv|json|svg|html] [--out FILE|-] [--contracts DIR]",
                "          [--builtin-tiers]",
            ]
        case .clock:
            return [
                "clock     --calendar NAME (--between INSTANT INSTANT | --add DURATION --from INSTANT)",
                "          [--contracts DIR] [--catalog-version V | --contract ID]",
            ]
        case .help: return ["help      [COMMAND] | --help | --version"]
        }
    }

    /// What the command does, in a few lines.
    var summary: String {
        switch self {
        case .statement:
            return """
                Each contract's SLA and credit statement for a month, and the portfolio summary. The month's
                files are one record set (Reports/YYYY-MM/ with a manifest.txt), written all or nothing. A
                statement already written is never silently changed: a rerun that would change a figure stops
                (exit 73) and names each figure, unless --force. One run per folder at a time: another run
                exits 75, or waits with --wait. Contract ids write only those contracts' statements; the
                summary is always the whole month's.
                """
        case .ledger:
            return """
                Every credit earned, applied to the next invoice or forfeited, and each month's net invoice,
                per contract, with totals per currency. Default: from the first month with service to the
                latest month with events, into Reports/ledger/ledger.<ext>; csv is one posting per line for an
                accounting import, journal a double-entry journal hledger reads.
                """
        case .report:
            return """
                Per contract and per tier, month by month: uptime against target, credits, response and
                resolution attainment, CSAT/NPS/CES against the catalog's targets, and red flags. Written to
                Reports/report-<range>.<ext> (report-2026Q1.html for a quarter); html has a chart per tier.
                """
        case .explain:
            return "Every step behind one contract's month, in words and numbers: service days, incidents and\n"
                + "maintenance, the uptime, the band, the cap, the credit and its invoice, each ticket's clocks."
        case .watch:
            return """
                Open tickets at an instant, for a support lead: each running clock's deadline in the contract's
                zone and in UTC, time left (or how long overdue), breached and warning clocks flagged; who is
                due to act on a breach (the catalog's escalation levels) and tickets paused longer than the
                catalog's pause_notice without the customer being told.
                """
        case .check:
            return """
                Validates the catalog, contracts, events and scenarios (default: the contracts folder and
                Scenarios/), printing every error and warning in compiler form. A file named is recognised by
                its top-level keys, a .csv by its header. Exit 0 when there are no errors.
                """
        case .appendix:
            return "The service-level section of the MSA for one contract: targets, clocks, maintenance, credits,\n"
                + "exclusions, custom terms and the lock clause, in numbered clauses."
        case .budget:
            return "The month-by-month staffing plan of a scenario: customers, FTE, cost lines, share of revenue."
        case .clock:
            return "Working time between two instants, or a deadline, on a calendar of the catalog or of a\n"
                + "contract: a small tool to answer \"when is this due?\"."
        case .help:
            return "The general usage, or one command's usage with every option explained."
        }
    }

    /// The options, in the order the help lists them.
    var options: [Option] {
        switch self {
        case .statement:
            return [
                Self.month("the latest month with events"), Self.contracts, Self.events, Self.asOf,
                Option(
                    name: "format", value: "FMT",
                    help: "text (default), md, json, csv or html; several: --format json,html"),
                Option(
                    name: "out", value: "DIR|-",
                    help: "the folder to write (default Reports/YYYY-MM/); - prints everything\n"
                        + "on standard output and records nothing"),
                Option(
                    name: "force",
                    help: "replace statements already written whose figures changed (without it\n"
                        + "such a run stops with exit 73 and names each figure)"),
                Self.lenient,
                Option(name: "wait", help: "wait for a run writing the same folder, instead of exiting 75"),
            ]
        case .ledger:
            return [
                Option(name: "from", value: "YYYY-MM", help: "the first month (default: the first month with service)"),
                Option(name: "to", value: "YYYY-MM", help: "the last month (default: the latest month with events)"),
                Option(
                    name: "format", value: "FMT",
                    help: "text (default), md, csv, json or journal; several: --format csv,journal"),
                Option(
                    name: "out", value: "DIR|-",
                    help: "the folder to write (default Reports/ledger/); - prints on standard output"),
                Self.contracts, Self.events, Self.asOf, Self.lenient,
            ]
        case .report:
            return [
                Option(name: "from", value: "YYYY-MM", help: "the first month (required)"),
                Option(name: "to", value: "YYYY-MM", help: "the last month (required)"),
                Option(
                    name: "format", value: "FMT",
                    help: "text (default), md, html, csv or json; several: --format md,html"),
                Option(
                    name: "out", value: "DIR|-",
                    help: "the folder to write (default Reports/); - prints on standard output"),
                Self.contracts, Self.events, Self.asOf, Self.lenient,
            ]
        case .explain:
            return [Self.month("the same month as statement: the latest month with events"), Self.contracts,
                Self.events, Self.asOf, Self.lenient]
        case .watch:
            return [
                Option(
                    name: "at", value: "INSTANT|now",
                    help: "the instant to watch at; now reads the machine's clock (default: now\n"
                        + "when the latest event read is less than a day old, a live export; else\n"
                        + "that event, so the same old files always give the same list)"),
                Self.contracts, Self.events,
                Option(name: "format", value: "text|json|csv", help: "text (default), json or csv, on standard output"),
                Option(
                    name: "fail-on", value: "breach|warning",
                    help: "exit 1 when a clock is breached (breach); or breached, within its\n"
                        + "warn_before, or a pause notice is due (warning). The list is printed\n"
                        + "either way; excluded tickets never count"),
            ]
        case .check: return [Self.contracts]
        case .appendix:
            return [
                Option(name: "section", value: "N", help: "the section number of the clauses, 1 to 999 (default 7)"),
                Option(name: "format", value: "md|text|html", help: "md (default), text or html"),
                Option(name: "out", value: "FILE|-", help: "the file to write; - (default) prints on standard output"),
                Self.contracts,
            ]
        case .budget:
            return [
                Option(
                    name: "format", value: "text|md|csv|json|svg|html",
                    help: "text (default), md, csv, json, svg or html"),
                Option(name: "out", value: "FILE|-", help: "the file to write; - (default) prints on standard output"),
                Self.contracts,
                Option(
                    name: "builtin-tiers",
                    help: "plan with the source policy's built-in fees and ratios instead of a\ncatalog's"),
            ]
        case .clock:
            return [
                Option(
                    name: "calendar", value: "NAME",
                    help: "a calendar of the catalog (or the contract's, with --contract)"),
                Option(name: "between", value: "INSTANT INSTANT", help: "the working time between two instants"),
                Option(name: "add", value: "DURATION", help: "a working duration to add (4h, 2 business days)"),
                Option(name: "from", value: "INSTANT", help: "the instant --add starts from"),
                Self.contracts,
                Option(name: "catalog-version", value: "V", help: "the catalog version (default: the newest)"),
                Option(
                    name: "contract", value: "ID",
                    help: "a contract's calendars instead: its own and its catalog version's, as its\n"
                        + "terms on the first instant's day give them"),
            ]
        case .help: return []
        }
    }

    /// The words of the values the usage names, each with what it means.
    var values: [(String, String)] {
        let separators: Set<Character> = [" ", "[", "]", "(", ")", "|", "."]
        let tokens = Set(usage.joined(separator: " ").split { separators.contains($0) }.map(String.init))
        return Self.valueWords.filter { tokens.contains($0.0) }
    }

    /// Every value word a usage may name, and what it means.
    static let valueWords: [(String, String)] = [
        ("YYYY-MM", "a month: 2026-03"),
        (
            "INSTANT",
            "an RFC 3339 instant (2026-03-15T12:00:00Z, 2026-03-15T05:00:00-07:00), or a\n"
                + "local time (2026-03-15 12:00, seconds optional) in the catalog's zone"
        ),
        ("FMT", "one format, or several joined by commas"),
        ("DIR", "a folder, relative to the current folder or absolute"),
        ("FILE", "a file, relative to the current folder or absolute"),
        ("-", "standard output"),
        ("CONTRACT-ID", "a contract's id, the value of its contract: key (C-2026-014)"),
        ("DURATION", "30m, 4h, 2d, or working time: 8 business hours, 2 business days"),
        ("PATH", "a file or a folder to check"),
        ("SCENARIO-FILE", "a staffing scenario: a file with a plan: key"),
        ("NAME", "a calendar's name in the catalog: always, business, extended..."),
        ("V", "a catalog version's label: 2026.1"),
        ("N", "a whole number"),
    ]

    /// The names of the options with a value.
    var valued: Set<String> { Set(options.filter { $0.value != nil }.map(\.name)) }

    /// The names of the flags.
    var flags: Set<String> { Set(options.filter { $0.value == nil }.map(\.name)) }

    /// Parses this command's arguments with the options it documents.
    func arguments(_ words: [String]) throws(CLIError) -> Arguments {
        try Arguments(words, valued: valued, flags: flags)
    }

    // MARK: Options several commands share

    static func month(_ fallback: String) -> Option {
        Option(name: "month", value: "YYYY-MM", help: "the month (default: \(fallback))")
    }

    static let contracts = Option(
        name: "contracts", value: "DIR",
        help: "the folder of contract files, with the catalog in its catalog/\n(default Contracts)")

    static let events = Option(
        name: "events", value: "DIR",
        help: "a folder of event files, read with the folders below it; give it\n"
            + "several times for several folders (default Scenarios)", repeats: true)

    static let asOf = Option(
        name: "as-of", value: "INSTANT",
        help: "what is known: events after it are not read, support clocks are\n"
            + "taken at it (default: the latest event read); a date (2026-03-15)\n"
            + "means the end of that day. With it, a month the events do not\n"
            + "cover is computed instead of refused")

    static let lenient = Option(
        name: "lenient",
        help: "skip bad rows of tickets.csv and surveys.csv with a warning instead\n"
            + "of stopping; each statement they belong to says how many and why")
}
