import Covenant
import CovenantFormat

/// Reads the event files of `--events` folders: every `incidents.yaml`,
/// `maintenance.yaml`, `tickets.csv` and `surveys.csv` in each folder and
/// below, folder by folder in the order given, and within a folder in byte
/// order of their paths.
struct EventLoader {
    /// The folders, in the order given.
    var folders: [String]

    /// The file names read.
    static let names: Set<String> = ["incidents.yaml", "maintenance.yaml", "tickets.csv", "surveys.csv"]

    /// The paths to read, in order.
    func paths(named names: Set<String> = EventLoader.names) throws(CLIError) -> [String] {
        var result: [String] = []
        for folder in folders {
            result += try FileSystem.files(under: folder, accept: { names.contains($0) })
        }
        return result
    }

    /// Reads and decodes every event file; errors are returned, not thrown.
    /// With `lenient`, bad ticket and survey rows are warnings and skipped.
    func load(catalog: Catalog, contracts: [Contract], lenient: Bool = false) throws(CLIError) -> (EventLog, [Diagnostic]) {
        var log = EventLog()
        var diagnostics: [Diagnostic] = []
        let known = Set(contracts.map(\.id))
        var tickets: [(file: SourceFile, table: CSVTable)] = []
        var surveys: [(file: SourceFile, table: CSVTable)] = []
        for path in try paths() {
            if path.hasSuffix(".csv") {
                let file = try FileSystem.read(path)
                do {
                    let table = try CSVReader.read(file)
                    if path.hasSuffix("tickets.csv") { tickets.append((file, table)) } else { surveys.append((file, table)) }
                } catch {
                    diagnostics.append(error.diagnostic)
                }
                continue
            }
            let (document, syntax) = ProjectLoader.parse(try FileSystem.read(path))
            diagnostics += syntax
            guard let document else { continue }
            diagnostics += log.add(document, defaultZone: catalog.defaultZone, knownContracts: known)
        }
        let (ticketLog, ticketDiagnostics) = TicketLog.decode(tickets, knownContracts: known, lenient: lenient)
        let (surveyLog, surveyDiagnostics) = SurveyLog.decode(surveys, knownContracts: known, lenient: lenient)
        log.tickets = ticketLog
        log.surveys = surveyLog
        return (log, diagnostics + ticketDiagnostics + surveyDiagnostics)
    }
}
