import Covenant
import CovenantFormat

/// Reads the event files of `--events` folders: every `incidents.yaml` and
/// `maintenance.yaml` in each folder and below, folder by folder in the
/// order given, and within a folder in byte order of their paths.
struct EventLoader {
    /// The folders, in the order given.
    var folders: [String]

    /// The file names read.
    static let names: Set<String> = ["incidents.yaml", "maintenance.yaml"]

    /// The paths to read, in order.
    func paths(named names: Set<String> = EventLoader.names) throws(CLIError) -> [String] {
        var result: [String] = []
        for folder in folders {
            result += try FileSystem.files(under: folder, accept: { names.contains($0) })
        }
        return result
    }

    /// Reads and decodes every event file; errors are returned, not thrown.
    func load(catalog: Catalog, contracts: [Contract]) throws(CLIError) -> (EventLog, [Diagnostic]) {
        var log = EventLog()
        var diagnostics: [Diagnostic] = []
        let zone = catalog.newest?.timeZone ?? "UTC"
        let known = Set(contracts.map(\.id))
        for path in try paths() {
            let (document, syntax) = ProjectLoader.parse(try FileSystem.read(path))
            diagnostics += syntax
            guard let document else { continue }
            diagnostics += log.add(document, defaultZone: zone, knownContracts: known)
        }
        return (log, diagnostics)
    }
}
