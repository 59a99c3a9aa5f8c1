import Covenant
import CovenantFormat

/// Reads the iCalendar holiday files a contract's calendars name, for
/// decoding (the domain reads no files). A name is a path relative to the
/// folder of the contract file that names it (`holidays/de-be-2026.ics` beside
/// `Contracts/berlin.yaml` is `Contracts/holidays/de-be-2026.ics`); an
/// absolute path is read as it is. Each file's own diagnostics (its syntax
/// errors, the timed events it ignores) are returned with the file's path,
/// so that a file several contracts name is reported once.
struct HolidayFileLoader: Sendable {
    /// Where files are read from.
    var files: FileSystem

    /// What a contract's holiday files hold, by the name written, and the
    /// files' own diagnostics by path.
    struct Result: Sendable {
        var readings: [String: HolidayFileReading] = [:]
        var diagnostics: [(path: String, diagnostics: [Diagnostic])] = []
    }

    /// The path of a holiday file named in the contract at `contractPath`.
    static func path(of name: String, besideContract contractPath: String) -> String {
        if name.hasPrefix("/") { return name }
        let folder = FileSystem.parent(of: contractPath)
        return folder == "." ? name : folder + "/" + name
    }

    /// Reads every holiday file a parsed contract names.
    func read(for document: Document) -> Result {
        var result = Result()
        for name in Contract.holidayFileNames(in: document) {
            let path = Self.path(of: name, besideContract: document.file.path)
            do throws(CLIError) {
                let (events, diagnostics) = ICalendarReader.read(try files.read(path))
                result.readings[name] = .read(path: path, events: events, errors: diagnostics.filter(\.isError).count)
                result.diagnostics.append((path, diagnostics))
            } catch {
                switch error {
                case .missingInput: result.readings[name] = .missing(path: path)
                case .io(let reason): result.readings[name] = .unreadable(path: path, reason: reason)
                default: result.readings[name] = .unreadable(path: path, reason: "\(error)")
                }
            }
        }
        return result
    }

    /// Decodes a contract with the holiday files it names; the files'
    /// diagnostics are those of ``Result``.
    func decode(_ document: Document, catalog: Catalog) -> (Contract?, [Diagnostic], Result) {
        let holidays = read(for: document)
        let (contract, diagnostics) = Contract.decode(document, catalog: catalog, holidayFiles: holidays.readings)
        return (contract, diagnostics, holidays)
    }
}

/// The diagnostics of holiday files, each file's once, whichever contracts name it.
struct HolidayDiagnostics: Sendable {
    private var reported: Set<String> = []

    /// The diagnostics of the files in `result` not reported before.
    mutating func admit(_ result: HolidayFileLoader.Result) -> [Diagnostic] {
        var fresh: [Diagnostic] = []
        for (path, diagnostics) in result.diagnostics where reported.insert(path).inserted { fresh += diagnostics }
        return fresh
    }
}
