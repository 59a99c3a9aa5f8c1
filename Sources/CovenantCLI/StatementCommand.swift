import Covenant
import CovenantFormat
import CovenantReports

/// `covenant statement`: every contract's statement for a month, and the
/// portfolio summary, written whole or not at all.
enum StatementCommand {
    /// What a statement run reads, shared with `explain`.
    struct Inputs {
        var catalog: Catalog
        var contracts: [Contract]
        var events: EventLog
        var warnings: [Diagnostic]
        /// `--as-of`, when given.
        var asOf: Int64?
        /// Warnings about the event files, such as rows skipped by `--lenient`.
        var eventWarnings: [Diagnostic] = []
    }

    static let valued: Set<String> = ["month", "contracts", "events", "as-of", "format", "out"]

    static func run(_ words: [String], console: inout Console) throws(CLIError) {
        let arguments = try Arguments(words, valued: valued, flags: ["force", "lenient"])
        let formats = try parseFormats(arguments.value("format") ?? "text")
        let progress = Progress(console: console)
        let inputs = try loadInputs(arguments)
        progress.step("read \(inputs.contracts.count) contracts and \(inputs.events.incidents.count) incidents")
        console.printDiagnostics(inputs.eventWarnings)
        let month = try chooseMonth(arguments, inputs)
        var selected: Set<ContractID>?
        if !arguments.positionals.isEmpty {
            selected = Set(arguments.positionals.map { ContractID($0) })
            for id in arguments.positionals where !inputs.contracts.contains(where: { $0.id.rawValue == id }) {
                throw .usage("no contract has the id '\(id)'")
            }
        }
        let statements: [MonthStatement]
        do {
            statements = try StatementBuilder(
                catalog: inputs.catalog, contracts: inputs.contracts, events: inputs.events, asOf: inputs.asOf)
                .statements(for: month, selecting: selected)
        } catch {
            throw .invalidInput([Diagnostic(.error, error.message, path: nil)])
        }
        let portfolio = Portfolio(month: month, statements: statements)
        progress.step("computed \(statements.count) statements for \(month)")
        let out = arguments.value("out") ?? "Reports/\(month)"
        if out == "-" {
            for format in formats { console.output(renderAll(portfolio, format: format)) }
            return
        }
        var outputs: [RecordGuard.Output] = []
        for statement in statements {
            let json = StatementJSON.render(statement)
            for format in formats {
                outputs.append(RecordGuard.Output(
                    path: "\(out)/\(statement.contract.id).\(format.fileExtension)", text: render(statement, format: format),
                    contract: statement.contract.id.rawValue, json: json))
            }
        }
        for format in formats {
            outputs.append(RecordGuard.Output(
                path: "\(out)/summary.\(format.fileExtension)", text: renderSummary(portfolio, format: format), contract: nil, json: nil))
        }
        if !arguments.flag("force") {
            let conflicts = RecordGuard.conflicts(outputs, folder: out, month: month.description)
            if !conflicts.isEmpty {
                throw .cannotCreate(
                    "statements for \(month) in \(out)/ would change; nothing was written (rerun with --force to replace them):\n"
                        + conflicts.joined(separator: "\n"))
            }
        }
        progress.step("writing \(outputs.count) files to \(out)/")
        var unchanged = 0
        for output in outputs {
            if FileSystem.existingText(output.path) == output.text {
                unchanged += 1
                continue
            }
            try FileSystem.writeAtomically(output.text, to: output.path)
        }
        let provisional = statements.filter(\.availability.isProvisional).count
        console.output(
            "wrote \(statements.count) statement\(statements.count == 1 ? "" : "s") for \(month) and a summary to \(out)/ "
                + "(\(formats.map(\.rawValue).joined(separator: ", ")); \(outputs.count - unchanged) file\(outputs.count - unchanged == 1 ? "" : "s") changed"
                + (provisional > 0 ? "; \(provisional) provisional" : "") + ")\n")
    }

    /// Reads catalog, contracts and events; any error stops the run before
    /// anything is written.
    static func loadInputs(_ arguments: Arguments) throws(CLIError) -> Inputs {
        let loader = ProjectLoader(contractsFolder: arguments.value("contracts") ?? "Contracts")
        let (catalog, contracts, warnings) = try loader.loadAll()
        let folders = arguments.values("events").isEmpty ? ["Scenarios"] : arguments.values("events")
        let (events, diagnostics) = try EventLoader(folders: folders)
            .load(catalog: catalog, contracts: contracts, lenient: arguments.flag("lenient"))
        if diagnostics.hasErrors { throw .invalidInput(diagnostics) }
        var asOf: Int64?
        if let text = arguments.value("as-of") {
            asOf = try ClockCommand.instant(text, catalog.defaultZone)
        }
        return Inputs(
            catalog: catalog, contracts: contracts, events: events, warnings: warnings + diagnostics, asOf: asOf,
            eventWarnings: diagnostics)
    }

    /// `--month`, or the latest month that has events (in the catalog's zone).
    static func chooseMonth(_ arguments: Arguments, _ inputs: Inputs) throws(CLIError) -> LocalMonth {
        if let text = arguments.value("month") {
            guard let month = ScalarReader.month(text) else { throw .usage("--month expects YYYY-MM, found '\(text)'") }
            return month
        }
        guard let latest = inputs.events.latestEventInstant else {
            throw .usage("no events found to choose a month from; give --month YYYY-MM")
        }
        return LocalMonth(inputs.catalog.defaultZone.local(latest).date)
    }

    /// `text`, or several: `json,html`.
    static func parseFormats(_ text: String) throws(CLIError) -> [ReportFormat] {
        var formats: [ReportFormat] = []
        for name in text.split(separator: ",") {
            guard let format = ReportFormat(rawValue: String(name)), StatementReport.formats.contains(format) else {
                throw .usage("unknown statement format '\(name)'; expected \(StatementReport.formats.map(\.rawValue).joined(separator: ", "))")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw .usage("--format needs at least one format") }
        return formats
    }

    static func render(_ statement: MonthStatement, format: ReportFormat) -> String {
        StatementReport.render(statement, format: format)
    }

    static func renderSummary(_ portfolio: Portfolio, format: ReportFormat) -> String {
        PortfolioReport.render(portfolio, format: format)
    }

    /// Everything in one stream, for `--out -`.
    static func renderAll(_ portfolio: Portfolio, format: ReportFormat) -> String {
        switch format {
        case .json:
            return JSONValue.array(portfolio.statements.map(StatementJSON.value)).rendered
        case .csv:
            return StatementCSV.render(portfolio.statements)
        default:
            return (portfolio.statements.map { render($0, format: format) } + [renderSummary(portfolio, format: format)])
                .joined(separator: "\n")
        }
    }
}
