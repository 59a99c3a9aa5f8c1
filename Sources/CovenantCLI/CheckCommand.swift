import Covenant
import CovenantFormat

/// `covenant check [PATH...]`: validates catalog, contracts, events and
/// scenarios, printing every error and warning in compiler form.
enum CheckCommand {
    static func run(_ words: [String], project base: Project, console: inout Console) throws(CLIError) {
        let arguments = try Command.check.arguments(words)
        let project = base.with(arguments)
        try project.requireFolders(events: false)
        let loader = project.loader
        var paths = arguments.positionals
        if paths.isEmpty {
            paths = [project.contractsFolder] + (project.files.kind(of: "Scenarios").exists ? ["Scenarios"] : [])
        }
        // A folder is searched for the files check knows; a file named is
        // checked whatever its name, and one it cannot recognise is an error.
        var files: [String] = []
        for path in paths {
            let kind = project.files.kind(of: path)
            if kind.exists && !kind.isFolder {
                files.append(path)
            } else {
                files += try project.files.files(under: path, accept: CheckContext.isKnown)
            }
        }
        let (catalog, catalogDiagnostics) = try loader.loadCatalog()
        var diagnostics: [Diagnostic] = []
        var context = CheckContext(catalog: catalog, project: project)
        var sources: [SourceFile] = []
        for path in files { sources.append(try project.files.read(path)) }
        // Contracts are known before events name them, whatever order the paths come in.
        let parsed = sources.map { ProjectLoader.isYAML($0.path) ? ProjectLoader.parse($0) : (nil, []) }
        for (document, _) in parsed { if let document { context.preload(document) } }
        // Events are checked against the project's contracts, as statements read them.
        let named = Set(files)
        if project.files.kind(of: project.contractsFolder).isFolder {
            for path in try loader.contractPaths() where !named.contains(path) {
                if let document = ProjectLoader.parse(try project.files.read(path)).0 { context.preload(document) }
            }
        }
        for (file, parse) in zip(sources, parsed) {
            diagnostics += context.check(file, parsed: parse)
        }
        if !context.ticketTables.isEmpty {
            // A ticket's rows may span files: the project's other ticket files are read as context.
            for folder in project.eventFolders where project.files.kind(of: folder).isFolder {
                for path in try project.files.files(under: folder, accept: { $0 == "tickets.csv" })
                where !named.contains(path) {
                    if let table = try? CSVReader.read(try project.files.read(path)) {
                        context.ticketContext.append(table)
                    }
                }
            }
        }
        // The catalog is read whatever was named; its errors are reported
        // here unless its files were checked (and reported) themselves.
        diagnostics.insert(
            contentsOf: catalogDiagnostics.filter {
                $0.isError && !named.contains($0.location?.file.path ?? $0.path ?? "")
            }, at: 0)
        // A holiday file named and read for a contract is reported once. The
        // CSV files' diagnostics (one per bad row, maybe millions) are made once each.
        var seen: Set<Diagnostic> = []
        diagnostics = diagnostics.filter { seen.insert($0).inserted }
        let rows = context.finishCSV()
        console.printDiagnostics(diagnostics)
        console.printDiagnostics(rows)
        func errorCount(_ found: [Diagnostic]) -> Int { found.reduce(0) { $0 + ($1.isError ? 1 : 0) } }
        let errors = errorCount(diagnostics) + errorCount(rows)
        let warnings = diagnostics.count + rows.count - errors
        console.error(
            "checked \(files.count) file\(files.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw .invalidInput([]) }
    }
}

/// What `check` knows while it goes through files: the catalog, the
/// contracts seen so far (for duplicate ids), and the CSV event files, checked
/// together at the end since a ticket's rows may span files.
struct CheckContext {
    var catalog: Catalog
    var project: Project
    var contracts: [Contract] = []
    var ticketTables: [(file: SourceFile, table: CSVTable)] = []
    var surveyTables: [(file: SourceFile, table: CSVTable)] = []
    /// Ticket files not named, read so that rows of named files find their
    /// ticket's other rows; their own problems are not reported.
    var ticketContext: [CSVTable] = []
    var events = EventLog()
    private var knownContracts: Set<ContractID> = []
    private var knownRegions: Set<RegionName> = []
    private var names = ContractNames()
    private var holidays = HolidayDiagnostics()

    /// Whether a folder's file is one check reads: the contract language
    /// (`.yaml`, `.yml`), CSV event files, iCalendar holiday files.
    static func isKnown(_ name: String) -> Bool {
        ProjectLoader.isYAML(name) || name.lowercased().hasSuffix(".csv") || isICalendar(name)
    }

    /// Whether a file name is an iCalendar file's.
    static func isICalendar(_ name: String) -> Bool { HolidayFile.isFileName(name) }

    init(catalog: Catalog, project: Project) {
        self.catalog = catalog
        self.project = project
    }

    /// Notes the id of a contract document, named or in the project, so
    /// events can name it whatever order the paths come in.
    mutating func preload(_ document: Document) {
        guard let id = document.root["contract"]?.scalar else { return }
        knownContracts.insert(ContractID(id))
        if let region = document.root["region"]?.scalar { knownRegions.insert(RegionName(region)) }
    }

    /// Recognises a file by its top-level keys (or CSV header) and checks it;
    /// `parsed` is the file's parse (document or syntax errors), for YAML.
    mutating func check(_ file: SourceFile, parsed: (Document?, [Diagnostic])) -> [Diagnostic] {
        if Self.isICalendar(file.path) {
            return ICalendarReader.read(file).diagnostics
        }
        guard ProjectLoader.isYAML(file.path) || file.path.lowercased().hasSuffix(".csv") else {
            return [
                Diagnostic(
                    .error,
                    "cannot recognise this file by its name: expected a .yaml or .yml file (a catalog version, a "
                        + "contract, incidents, maintenance or a staffing scenario), a .csv file (tickets or "
                        + "surveys) or an .ics holiday file", path: file.path)
            ]
        }
        if file.path.lowercased().hasSuffix(".csv") {
            let table: CSVTable
            do {
                table = try CSVReader.read(file)
            } catch {
                return [error.diagnostic]
            }
            if TicketLog.recognises(header: table.header) {
                ticketTables.append((file, table))
            } else if SurveyLog.recognises(header: table.header) {
                surveyTables.append((file, table))
            } else {
                return [.error(
                    "cannot recognise this CSV file by its header: expected the columns of tickets.csv "
                        + "(\(TicketLog.requiredColumns.joined(separator: ", "))) or surveys.csv "
                        + "(\(SurveyLog.requiredColumns.joined(separator: ", ")))",
                    in: file, .at(0))]
            }
            return []
        }
        guard let document = parsed.0 else { return parsed.1 }
        let keys = Set(document.root.entries?.map(\.key) ?? [])
        if keys.contains("tiers") {
            return CatalogVersion.decode(document).1
        }
        if keys.contains("contract") {
            let (contract, diagnostics) = project.loader.decodeContract(
                document, catalog: catalog, names: &names, holidays: &holidays)
            if let contract { contracts.append(contract) }
            return diagnostics
        }
        if keys.contains("incidents") || keys.contains("maintenance") {
            return events.add(
                document, defaultZone: catalog.defaultZone, knownContracts: knownContracts.union(contracts.map(\.id)),
                knownRegions: knownRegions.union(contracts.compactMap(\.region)))
        }
        if keys.contains("plan") {
            do {
                let tiers = try BudgetCommand.tierTerms(for: document, project: project)
                return StaffingScenario.decode(document, tiers: tiers).diagnostics
            } catch {
                if case .invalidInput(let diagnostics) = error { return diagnostics }
                return [Diagnostic(.error, "cannot read the catalog for this scenario", path: file.path)]
            }
        }
        return [Diagnostic(
            .error,
            "cannot recognise this file: expected top-level 'tiers', 'contract', 'incidents', 'maintenance' or 'plan'",
            at: SourceLocation(file: file, range: .at(0)))]
    }

    /// Checks the ticket and survey files read, tickets merged across files,
    /// against the contracts named and those of the project.
    func finishCSV() -> [Diagnostic] {
        guard !ticketTables.isEmpty || !surveyTables.isEmpty else { return [] }
        let known = knownContracts.union(contracts.map(\.id))
        let named = Set(ticketTables.map(\.file.path))
        var tickets = TicketLog.decode(ticketTables + ticketContext.map { ($0.file, $0) }, knownContracts: known).1
        // Only the named files' problems are reported; without context files every one is.
        if !ticketContext.isEmpty { tickets.removeAll { !named.contains($0.location?.file.path ?? $0.path ?? "") } }
        tickets += SurveyLog.decode(surveyTables, knownContracts: known).1
        return tickets
    }
}
