import Covenant
import CovenantFormat
import CovenantReports

/// `covenant ledger [--from YYYY-MM] [--to YYYY-MM] [--format text,md,csv,json,journal] [--out DIR|-]`:
/// every credit earned, applied to the next invoice or forfeited, and each
/// month's net invoice, per contract, over a range of months (docs/ledger.md).
enum LedgerCommand {
    /// The folder written when `--out` is not given.
    static let defaultOut = "Reports/ledger"

    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let (arguments, formats, out) = try MonthSpanOptions.parse(
            words, command: .ledger, known: LedgerReport.formats, defaultOut: defaultOut)
        let project = base.with(arguments)
        let progress = Progress(console: console)
        let inputs = try StatementCommand.loadInputs(arguments, project: project)
        defer { ProcessLifetime.keep(inputs) }
        console.printDiagnostics(inputs.eventWarnings)
        let range = try MonthSpanOptions(
            arguments, defaultFirst: inputs.contracts.map { LocalMonth($0.term.start) }.min(),
            defaultLast: try latestMonth(inputs, project: project), missing: "no contracts or events to choose it from")
        try StatementCommand.requireCovered(through: range.last, inputs, project: project, what: "no ledger")
        progress.step("computing the ledger from \(range.first) to \(range.last)")
        let ledger = try build(inputs, range)
        try MonthSpanOptions.write(formats, named: "ledger", to: out, project: project, console: &console) {
            LedgerReport.render(ledger, format: $0)
        }
        if out != "-" {
            let count = ledger.contracts.count
            console.output(
                "wrote the credit ledger \(range.first) to \(range.last) (\(count) contract\(count == 1 ? "" : "s")) "
                    + "to \(out.hasSuffix("/") ? out : out + "/") "
                    + "(\(formats.map { $0.rawValue }.joined(separator: ", ")))\n")
        }
    }

    /// The latest month with events, as `statement` chooses its month; `nil` without events.
    static func latestMonth(_ inputs: StatementCommand.Inputs, project: Project) throws(CLIError) -> LocalMonth? {
        guard inputs.events.latestEventInstant != nil else { return nil }
        return try StatementCommand.chooseMonth(try Arguments([], valued: []), inputs, project: project)
    }

    /// Every contract's ledger over the range, built on every core.
    static func build(_ inputs: StatementCommand.Inputs, _ range: MonthSpanOptions) throws(CLIError) -> CreditLedger {
        let builder = StatementBuilder(
            catalog: inputs.catalog, contracts: inputs.contracts, events: inputs.events, asOf: inputs.asOf)
        let span = builder.span(from: range.first, through: range.last)
        let contracts = inputs.contracts.sorted { $0.id < $1.id }
        let built = Parallel.map(contracts.count, chunk: 16) { index -> Result<ContractLedger?, TermsError> in
            do throws(TermsError) {
                return .success(try span.ledger(for: contracts[index]))
            } catch {
                return .failure(error)
            }
        }
        var ledgers: [ContractLedger] = []
        ledgers.reserveCapacity(built.count)
        for item in built {
            switch item {
            case .success(let ledger): if let ledger { ledgers.append(ledger) }
            case .failure(let error): throw .invalidInput([Diagnostic(.error, error.message, path: nil)])
            }
        }
        return CreditLedger(first: range.first, last: range.last, contracts: ledgers)
    }
}
