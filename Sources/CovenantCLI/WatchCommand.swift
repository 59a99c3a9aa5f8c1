import Covenant
import CovenantFormat
import CovenantReports

/// `covenant watch [--at INSTANT]`: open tickets, their deadlines and time
/// left, flagging those within `warn_before` and those already breached.
enum WatchCommand {
    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Command.watch.arguments(words)
        guard arguments.positionals.isEmpty else {
            throw .usage("watch takes no positional arguments, found '\(arguments.positionals[0])'")
        }
        let inputs = try StatementCommand.loadInputs(arguments, project: base.with(arguments))
        console.printDiagnostics(inputs.eventWarnings)
        let zone = inputs.catalog.defaultZone
        let at: Int64
        if let text = arguments.value("at") {
            at = try ClockCommand.instant(text, zone)
        } else if let latest = inputs.events.latestEventInstant {
            at = latest
        } else {
            throw .usage("no events found to take the instant from; give --at INSTANT")
        }
        let list = WatchList(
            catalog: inputs.catalog, contracts: inputs.contracts, tickets: inputs.events.tickets, at: at)
        console.output(WatchReport.render(list, format: .text))
    }
}
