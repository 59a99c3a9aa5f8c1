import Covenant
import CovenantFormat
import CovenantReports

/// `covenant report --from YYYY-MM --to YYYY-MM [--format text,md,html,csv,json] [--out DIR|-]`:
/// per contract and per tier, month by month, service levels against their
/// targets and the red flags (docs/ledger.md).
enum ReportCommand {
    /// The folder written when `--out` is not given.
    static let defaultOut = "Reports"

    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let (arguments, formats, out) = try MonthSpanOptions.parse(
            words, command: .report, known: PerformanceReport.formats, defaultOut: defaultOut)
        let range = try MonthSpanOptions(
            arguments, defaultFirst: nil, defaultLast: nil, missing: "the report covers the months it is given")
        let project = base.with(arguments)
        let progress = Progress(console: console)
        let inputs = try StatementCommand.loadInputs(arguments, project: project)
        defer { ProcessLifetime.keep(inputs) }
        console.printDiagnostics(inputs.eventWarnings)
        try StatementCommand.requireCovered(through: range.last, inputs, project: project, what: "no report")
        progress.step("computing the statements from \(range.first) to \(range.last)")
        let history = try build(inputs, range)
        let name = "report-" + fileName(range)
        try MonthSpanOptions.write(formats, named: name, to: out, project: project, console: &console) {
            PerformanceReport.render(history, format: $0)
        }
        if out != "-" {
            let folder = out.hasSuffix("/") ? out : out + "/"
            console.output(
                "wrote the report \(range.first) to \(range.last) to \(folder)\(name).* "
                    + "(\(formats.map { $0.rawValue }.joined(separator: ", ")))\n")
        }
    }

    /// `2026Q1` for a calendar quarter, `2026` for a calendar year, `2026-03`
    /// for one month, otherwise `2026-01-to-2026-05`.
    static func fileName(_ range: MonthSpanOptions) -> String {
        let (first, last) = (range.first, range.last)
        if first == last { return first.description }
        if first.year == last.year && first.month == 1 && last.month == 12 { return String(first.year) }
        if first.year == last.year && first.month % 3 == 1 && last.month == first.month + 2 {
            return "\(first.year)Q\(first.month / 3 + 1)"
        }
        return "\(first)-to-\(last)"
    }

    /// Every contract's statements over the range (and the month before,
    /// looked back at for the CSAT flag), built on every core, each kept only
    /// as the figures of its row.
    static func build(_ inputs: StatementCommand.Inputs, _ range: MonthSpanOptions) throws(CLIError)
        -> PerformanceHistory
    {
        let builder = StatementBuilder(
            catalog: inputs.catalog, contracts: inputs.contracts, events: inputs.events, asOf: inputs.asOf)
        let span = builder.span(from: range.first.adding(months: -1), through: range.last)
        let contracts = inputs.contracts.sorted { $0.id < $1.id }
        let built = Parallel.map(contracts.count, chunk: 8, state: { StatementBuilder.Month.Caches() }) {
            caches, index -> Result<PerformanceHistory.ContractRow?, TermsError> in
            do throws(TermsError) {
                let statements = try span.statements(for: contracts[index], caches: &caches)
                return .success(PerformanceHistory.ContractRow(statements))
            } catch {
                return .failure(error)
            }
        }
        var rows: [PerformanceHistory.ContractRow] = []
        rows.reserveCapacity(built.count)
        for item in built {
            switch item {
            case .success(let row): if let row { rows.append(row) }
            case .failure(let error): throw .invalidInput([Diagnostic(.error, error.message, path: nil)])
            }
        }
        return PerformanceHistory(first: range.first, last: range.last, rows: rows, catalog: inputs.catalog)
    }
}
