import Covenant
import CovenantFormat
import CovenantReports

/// `covenant explain CONTRACT-ID --month YYYY-MM`: every step behind a figure.
enum ExplainCommand {
    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Command.explain.arguments(words)
        guard arguments.positionals.count == 1 else { throw .usage("explain takes one contract id") }
        let project = base.with(arguments)
        let inputs = try StatementCommand.loadInputs(arguments, project: project)
        console.printDiagnostics(inputs.eventWarnings)
        let month = try StatementCommand.chooseMonth(arguments, inputs, project: project)
        guard let contract = inputs.contracts.first(where: { $0.id.rawValue == arguments.positionals[0] }) else {
            let known = inputs.contracts.map(\.id.rawValue).sorted()
            throw .usage(
                "no contract has the id '\(arguments.positionals[0])'"
                    + Usage.didYouMean(arguments.positionals[0], among: known))
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
