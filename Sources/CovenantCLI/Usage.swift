/// Usage texts.
enum Usage {
    static let brief =
        "usage: covenant <statement|ledger|report|appendix|budget|check|explain|watch|clock|help> [options]"

    static let full = """
        covenant: SLA contracts and service credits, exact and explained.

        usage:
          covenant statement [--month YYYY-MM] [--contracts DIR] [--events DIR]...
                             [--as-of INSTANT] [--format FMT] [--out DIR|-] [--force]
                             [--lenient] [--wait] [CONTRACT-ID...]
          covenant ledger    [--from YYYY-MM] [--to YYYY-MM] [--format text,md,csv,json,journal] [--out DIR|-]
          covenant report    --from YYYY-MM --to YYYY-MM [--format text,md,html,csv,json] [--out DIR|-]
          covenant appendix  CONTRACT-ID|FILE [--section N] [--format md|text|html] [--out FILE|-]
          covenant budget    SCENARIO-FILE [--format text|md|csv|json|svg|html] [--out FILE|-]
                             [--contracts DIR] [--builtin-tiers]
          covenant check     [PATH...]
          covenant explain   CONTRACT-ID --month YYYY-MM [--contracts DIR] [--events DIR]...
          covenant watch     [--at INSTANT] [--contracts DIR] [--events DIR]...
          covenant clock     --calendar NAME (--between INSTANT INSTANT | --add DURATION --from INSTANT)
                             [--contracts DIR] [--catalog-version V]
          covenant help [COMMAND] | --help | --version

        """

    /// What each command does, for `covenant help COMMAND`.
    static let summaries: [String: String] = [
        "statement": "Each contract's SLA and credit statement for a month, and the portfolio summary.\n"
            + "Default month: the latest with events; default output: Reports/YYYY-MM/, one record set with a\n"
            + "manifest, written all or nothing. A statement already written is never silently changed: a rerun\n"
            + "that would change a figure stops (exit 73) unless --force. One run per folder at a time: another\n"
            + "run exits 75, or waits with --wait. Contract ids write only those contracts' statements.",
        "ledger": "Every credit earned, applied to the next invoice or forfeited, and each month's net invoice,\n"
            + "per contract, with totals per currency. Default: from the first month with service to the latest\n"
            + "month with events, into Reports/ledger/ledger.<ext>; csv is one posting per line for an accounting\n"
            + "import, journal a double-entry journal hledger reads. Also takes --contracts, --events, --as-of.",
        "report": "Per contract and per tier, month by month: uptime against target, credits, response and\n"
            + "resolution attainment, CSAT/NPS/CES against the catalog's targets, and red flags. Written to\n"
            + "Reports/report-<range>.<ext> (report-2026Q1.html for a quarter); html has a chart per tier.",
        "appendix": "The service-level section of the MSA for one contract: targets, clocks, maintenance,\n"
            + "credits, exclusions, custom terms and the lock clause, in numbered clauses (--section N renumbers).",
        "budget": "The month-by-month staffing plan of a scenario: customers, FTE, cost lines, share of revenue.",
        "check": "Validates the catalog, contracts, events and scenarios (default: Contracts/ and Scenarios/),\n"
            + "printing every error and warning in compiler form. Exit 0 when there are no errors.",
        "explain": "Every step behind one contract's month, in words and numbers.",
        "watch": "Open tickets at an instant, their deadlines and time left, flagging those near or past a breach.",
        "clock": "Working time between two instants, or a deadline, on a calendar of the catalog.",
    ]

    /// The usage of one command, or of all.
    static func help(for command: String?) -> String {
        guard let command, let summary = summaries[command] else { return full }
        let line = full.split(separator: "\n").drop { !$0.contains("covenant \(command)") }
        var usage = line.prefix(1).map { $0.trimmingPrefixSpaces }.joined()
        for next in line.dropFirst() {
            guard next.hasPrefix("                   ") else { break }
            usage += "\n    " + next.trimmingPrefixSpaces
        }
        return "usage: \(usage)\n\n\(summary)\n"
    }
}

extension Substring {
    fileprivate var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
