import Covenant
import CovenantFormat
import CovenantReports

/// `covenant explain CONTRACT-ID --month YYYY-MM`: every step behind a figure.
enum ExplainCommand {
    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Arguments(words, valued: ["month", "contracts", "events", "as-of"])
        guard arguments.positionals.count == 1 else { throw .usage("explain takes one contract id") }
        guard let monthText = arguments.value("month") else { throw .usage("explain needs --month YYYY-MM") }
        guard let month = ScalarReader.month(monthText) else { throw .usage("--month expects YYYY-MM, found '\(monthText)'") }
        let inputs = try StatementCommand.loadInputs(arguments, project: base.with(arguments))
        guard let contract = inputs.contracts.first(where: { $0.id.rawValue == arguments.positionals[0] }) else {
            throw .usage("no contract has the id '\(arguments.positionals[0])'")
        }
        let builder = StatementBuilder(
            catalog: inputs.catalog, contracts: inputs.contracts, events: inputs.events, asOf: inputs.asOf)
        let found: MonthStatement?
        do {
            found = try builder.statement(for: contract, month: month)
        } catch {
            throw .invalidInput([Diagnostic(.error, error.message, path: nil)])
        }
        guard let statement = found else { throw .usage("contract \(contract.id) is not in service in \(month)") }
        console.output(ExplanationReport.render(statement, format: .text))
    }
}
