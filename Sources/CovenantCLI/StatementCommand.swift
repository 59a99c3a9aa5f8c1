import Covenant
import CovenantFormat
import CovenantReports

/// `covenant statement`: every contract's statement for a month, and the
/// portfolio summary, written whole or not at all.
enum StatementCommand {
    /// What a statement run reads, shared with `explain`.
    struct Inputs: Sendable {
        var catalog: Catalog
        var contracts: [Contract]
        var events: EventLog
        var warnings: [Diagnostic]
        /// `--as-of`, when given.
        var asOf: Int64?
        /// Warnings about the event files, such as rows skipped by `--lenient`.
        var eventWarnings: [Diagnostic] = []
    }

    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Command.statement.arguments(words)
        let formats = try parseFormats(arguments.value("format") ?? "text")
        if arguments.value("out") == "" { throw .usage("--out needs a folder, or '-' for standard output") }
        let project = base.with(arguments)
        let progress = Progress(console: console)
        let inputs = try loadInputs(arguments, project: project)
        defer { ProcessLifetime.keep(inputs) }
        progress.step("read \(inputs.contracts.count) contracts and \(inputs.events.incidents.count) incidents")
        console.printDiagnostics(inputs.eventWarnings)
        let month = try chooseMonth(arguments, inputs, project: project)
        if let warning = previousMonthWarning(month, inputs, project: project) {
            console.printDiagnostics([warning])
        }
        var named: Set<ContractID>?
        if !arguments.positionals.isEmpty {
            let known = Set(inputs.contracts.map(\.id))
            for id in arguments.positionals where !known.contains(ContractID(id)) {
                throw .usage(
                    "no contract has the id '\(id)'" + Usage.didYouMean(id, among: known.map(\.rawValue).sorted()))
            }
            named = Set(arguments.positionals.map { ContractID($0) })
        }
        let builder = StatementBuilder(
            catalog: inputs.catalog, contracts: inputs.contracts, events: inputs.events, asOf: inputs.asOf)
        let contracts = inputs.contracts.sorted { $0.id < $1.id }
        let out = arguments.value("out") ?? "Reports/\(month)"
        if out == "-" {
            let chosen = contracts.filter { named?.contains($0.id) ?? true }
            let portfolio = Portfolio(month: month, statements: try statements(chosen, builder.month(month)))
            for format in formats { console.output(StatementOutputs.renderAll(portfolio, format: format)) }
            return
        }
        let folder = try RecordFolder(out, files: project.files)
        let lock = try folder.lock(wait: arguments.flag("wait"), console: console)
        for done in try folder.recoverLeftovers() { console.error("covenant: \(done)") }
        progress.step("computing and writing the statements for \(month) into \(folder.shown)/")
        let records = MonthRecords(
            month: builder.month(month), contracts: contracts, named: named, formats: formats,
            force: arguments.flag("force"), folder: folder)
        let outcome = try records.run()
        _ = consume lock
        for name in outcome.foreign {
            console.error("covenant: kept \(folder.shown)/\(name) as it was: it is not part of the record set")
        }
        console.output(
            report(
                outcome, month: month, folder: folder.shown, formats: formats, partial: named != nil,
                skippedInRun: inputs.events.skippedRowCount))
    }

    /// What a run wrote, and what its words mean, for someone running it the first time:
    ///
    ///     wrote 7 statements for 2026-03 and a summary to Reports/2026-03/ (text; 0 files changed; 1 provisional)
    ///       0 files changed: Reports/2026-03/ already held these figures in these formats; nothing was rewritten
    ///       1 provisional (C-2026-021): an incident is still open and counts to the month's end; …
    ///       open Reports/2026-03/summary.txt first; each contract's statement is beside it, named by its id
    static func report(
        _ outcome: MonthRecords.Outcome, month: LocalMonth, folder: String, formats: [ReportFormat], partial: Bool,
        skippedInRun: Int
    ) -> String {
        let count = outcome.statements, changed = outcome.written + outcome.removed
        let summary = partial ? "the whole month's summary" : "a summary"
        let files = "\(changed) file\(changed == 1 ? "" : "s") changed"
        let provisional = outcome.provisional > 0 ? "; \(outcome.provisional) provisional" : ""
        var text =
            "wrote \(count) statement\(count == 1 ? "" : "s") for \(month) and \(summary) to \(folder)/ "
            + "(\(formats.map(\.rawValue).joined(separator: ", ")); \(files)\(provisional))\n"
        if changed == 0 {
            text += "  0 files changed: the records there already hold these figures; nothing was rewritten\n"
        } else {
            text += "  \(files): written, replaced or removed (a record whose figures are the same is kept)\n"
        }
        if outcome.provisional > 0 {
            let ids = outcome.provisionalContracts.map(\.rawValue).joined(separator: ", ")
            text += "  \(outcome.provisional) provisional (\(ids)): an incident is still open and counts to the "
                + "month's end;\n    its figures can change: rerun with --force once it is closed\n"
        }
        if skippedInRun > 0 {
            let noted = outcome.skippedRows
            text += "  \(skippedInRun) row\(skippedInRun == 1 ? "" : "s") skipped by --lenient (see the warnings "
                + "above); \(noted) belong\(noted == 1 ? "s" : "") to these statements, whose notes name "
                + (noted == 1 ? "it\n" : "them\n")
        }
        let first = formats.contains(.text) ? "summary.txt" : "summary.\(formats[0].fileExtension)"
        text += "  open \(folder)/\(first) first; each contract's statement is beside it, named by its id\n"
        return text
    }

    /// The statements of some contracts (in service in the month), built on every core, in the order given.
    static func statements(_ contracts: [Contract], _ month: StatementBuilder.Month) throws(CLIError)
        -> [MonthStatement]
    {
        let built = Parallel.map(contracts.count, chunk: 8, state: { StatementBuilder.Month.Caches() }) {
            caches, index -> Result<MonthStatement?, TermsError> in
            do throws(TermsError) {
                return .success(try month.statement(for: contracts[index], caches: &caches))
            } catch {
                return .failure(error)
            }
        }
        var result: [MonthStatement] = []
        for item in built {
            switch item {
            case .success(let statement): if let statement { result.append(statement) }
            case .failure(let error): throw .invalidInput([Diagnostic(.error, error.message, path: nil)])
            }
        }
        return result
    }

    /// Reads catalog, contracts and events; any error stops the run before
    /// anything is written.
    /// The event files are read and parsed while the contracts load.
    static func loadInputs(_ arguments: Arguments, project: Project) throws(CLIError) -> Inputs {
        try project.requireFolders(events: true)
        let (loader, eventLoader) = (project.loader, project.eventLoader)
        let (project, eventFiles) = Parallel.both(
            { () -> Result<(Catalog, [Contract], [Diagnostic]), CLIError> in
                do throws(CLIError) {
                    return .success(try loader.loadAll())
                } catch {
                    return .failure(error)
                }
            },
            { () -> Result<EventLoader.Parsed, CLIError> in
                do throws(CLIError) {
                    return .success(try eventLoader.parse())
                } catch {
                    return .failure(error)
                }
            })
        let (catalog, contracts, warnings) = try project.get()
        let parsed = try eventFiles.get()
        let (events, diagnostics) = eventLoader.decode(
            parsed, catalog: catalog, contracts: contracts, lenient: arguments.flag("lenient"))
        if diagnostics.hasErrors { throw .invalidInput(diagnostics) }
        var asOf: Int64?
        if let text = arguments.value("as-of") {
            asOf = try asOfInstant(text, catalog.defaultZone)
        }
        return Inputs(
            catalog: catalog, contracts: contracts, events: events,
            warnings: warnings.isEmpty ? diagnostics : warnings + diagnostics, asOf: asOf,
            eventWarnings: diagnostics)
    }

    /// `text`, or several: `json,html`.
    static func parseFormats(_ text: String) throws(CLIError) -> [ReportFormat] {
        var formats: [ReportFormat] = []
        for name in text.split(separator: ",") {
            guard let format = ReportFormat(rawValue: String(name)), StatementOutputs.formats.contains(format) else {
                let known = StatementOutputs.formats.map(\.rawValue).joined(separator: ", ")
                throw .usage("unknown statement format '\(name)'; expected \(known)")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw .usage("--format needs at least one format") }
        return formats
    }
}
