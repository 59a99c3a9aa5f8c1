import Covenant
import CovenantFormat
import Synchronization

/// Reads the event files of `--events` folders: every `incidents.yaml`,
/// `maintenance.yaml`, `tickets.csv` and `surveys.csv` in each folder and
/// below, folder by folder in the order given, and within a folder in byte
/// order of their paths.
///
/// In two steps, so that the files can be read and parsed while the
/// contracts load: ``parse()`` needs nothing else, ``decode(_:catalog:contracts:lenient:)``
/// needs the catalog and the contracts. Ticket rows are checked on every
/// core, incidents and maintenance decoded alongside.
struct EventLoader: Sendable {
    /// The folders, in the order given.
    var folders: [String]
    /// Where files are read from.
    var files: FileSystem

    /// The file names read.
    static let names: Set<String> = ["incidents.yaml", "maintenance.yaml", "tickets.csv", "surveys.csv"]

    /// Rows of a ticket file checked together on one core.
    static let rowsPerPiece = 16_384

    /// The paths to read, in order.
    func paths(named names: Set<String> = EventLoader.names) throws(CLIError) -> [String] {
        var result: [String] = []
        for folder in folders {
            result += try files.files(under: folder, accept: { names.contains($0) })
        }
        return result
    }

    /// Event files read and parsed, not yet decoded; each with its place in the order read.
    struct Parsed: Sendable {
        var documents: [(index: Int, document: Document?, syntax: [Diagnostic])] = []
        var tickets: [(index: Int, file: SourceFile, table: CSVTable)] = []
        var surveys: [(file: SourceFile, table: CSVTable)] = []
        var unreadable: [(Int, [Diagnostic])] = []
    }

    /// Reads and parses every event file; YAML on one core, CSV on another.
    func parse() throws(CLIError) -> Parsed {
        let all = Array(try paths().enumerated())
        let files = self.files
        let halves = Parallel.map(2, chunk: 1) { half -> Result<Parsed, CLIError> in
            do throws(CLIError) {
                var parsed = Parsed()
                for (index, path) in all where path.hasSuffix(".csv") == (half == 1) {
                    let file = try files.read(path)
                    if half == 0 {
                        let (document, syntax) = ProjectLoader.parse(file)
                        parsed.documents.append((index, document, syntax))
                        continue
                    }
                    do throws(CSVError) {
                        let table = try CSVReader.read(file)
                        if path.hasSuffix("tickets.csv") { parsed.tickets.append((index, file, table)) } else {
                            parsed.surveys.append((file, table))
                        }
                    } catch {
                        parsed.unreadable.append((index, [error.diagnostic]))
                    }
                }
                return .success(parsed)
            } catch {
                return .failure(error)
            }
        }
        var parsed = try halves[0].get()
        let csv = try halves[1].get()
        parsed.tickets = csv.tickets
        parsed.surveys = csv.surveys
        parsed.unreadable = csv.unreadable
        return parsed
    }

    /// Decodes parsed event files; errors are returned, not thrown. With
    /// `lenient`, bad ticket and survey rows are warnings and skipped.
    ///
    /// Ticket files are decoded in waves of a few thousand rows per core:
    /// each wave's rows are checked in parallel, added in order, then let go
    /// of, so a large file's rows and their decoded events are not all held
    /// at once. Incidents, maintenance and surveys are decoded with the
    /// first wave.
    func decode(_ parsed: consuming Parsed, catalog: Catalog, contracts: [Contract], lenient: Bool = false)
        -> (EventLog, [Diagnostic])
    {
        let zone = catalog.newest?.timeZone ?? "UTC"
        let known = Set(contracts.map(\.id))
        let documents = parsed.documents, surveys = parsed.surveys
        let others = Mutex<(EventLog, [(Int, [Diagnostic])], SurveyLog, [Diagnostic])?>(nil)
        let decodeOthers: @Sendable () -> Void = {
            var log = EventLog()
            var diagnostics: [(Int, [Diagnostic])] = []
            for (index, document, syntax) in documents {
                var found = syntax
                if let document { found += log.add(document, defaultZone: zone, knownContracts: known) }
                diagnostics.append((index, found))
            }
            let (surveyLog, surveyDiagnostics) = SurveyLog.decode(surveys, knownContracts: known, lenient: lenient)
            others.withLock { $0 = (log, diagnostics, surveyLog, surveyDiagnostics) }
        }
        let decoder = SharedDecoder(TicketLog.Decoder(knownContracts: known))
        var files = parsed.tickets
        parsed.tickets = []
        var othersPending = true
        for position in files.indices {
            var table = files[position].table
            let file = files[position].file
            files[position].table = CSVTable(header: [], rows: [], file: file)
            decoder.value.begin(file: file, header: table.header)
            let header = table.header
            let count = table.rows.count
            table.rows.withUnsafeMutableBufferPointer { buffer in
                let rows = UnsafeRows(buffer: buffer)
                // While the rows of one wave are checked, those of the wave before are added, in order.
                var previous: (rows: Range<Int>, checked: [TicketLog.Decoder.CheckedRows])?
                var start = 0
                repeat {
                    let end = min(start + Self.rowsPerPiece * Parallel.width, count)
                    let pieces = stride(from: start, to: max(end, start + 1), by: Self.rowsPerPiece).map {
                        $0..<min($0 + Self.rowsPerPiece, end)
                    }
                    let adding = previous, others = othersPending
                    let checked = Parallel.map(pieces.count + 2, chunk: 1) { task -> TicketLog.Decoder.CheckedRows in
                        if task == pieces.count {
                            if let adding {
                                for piece in adding.checked { decoder.value.add(piece) }
                                rows.clear(adding.rows)
                            }
                            return .empty
                        }
                        if task == pieces.count + 1 {
                            if others { decodeOthers() }
                            return .empty
                        }
                        return TicketLog.Decoder.check(rows.slice(pieces[task]), header: header, knownContracts: known)
                    }
                    othersPending = false
                    previous = (start..<end, Array(checked.prefix(pieces.count)))
                    start = end
                } while start < count
                if let previous {
                    for piece in previous.checked { decoder.value.add(piece) }
                    rows.clear(previous.rows)
                }
            }
        }
        if othersPending { decodeOthers() }
        decoder.value.prepareSequences()
        let grouped = decoder.value
        let ticketCount = grouped.ticketCount
        let piece = max(1, (ticketCount + 4 * Parallel.width - 1) / (4 * Parallel.width))
        let sequences = Parallel.map((ticketCount + piece - 1) / piece, chunk: 1) { index in
            grouped.checkSequences(of: (index * piece)..<min((index + 1) * piece, ticketCount))
        }
        let (tickets, ticketDiagnostics) = decoder.value.finish(lenient: lenient, pieces: sequences)
        guard var (log, eventDiagnostics, surveyLog, surveyDiagnostics) = others.withLock({ $0 }) else {
            return (EventLog(), [])
        }
        log.tickets = tickets
        log.surveys = surveyLog
        let ordered = (eventDiagnostics + parsed.unreadable).sorted { $0.0 < $1.0 }.flatMap { $0.1 }
        return (log, ordered + ticketDiagnostics + surveyDiagnostics)
    }

    /// Reads and decodes every event file.
    func load(catalog: Catalog, contracts: [Contract], lenient: Bool = false) throws(CLIError) -> (EventLog, [Diagnostic]) {
        decode(try parse(), catalog: catalog, contracts: contracts, lenient: lenient)
    }
}

/// A table's rows, read from several threads at distinct places while the
/// owner waits, then emptied piece by piece once decoded.
private struct UnsafeRows: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<CSVRow>

    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<CSVRow> { UnsafeBufferPointer(rebasing: buffer[range]) }

    /// Lets go of the fields of rows already added.
    func clear(_ range: Range<Int>) {
        for index in range { buffer[index].fields = [] }
    }
}

/// The decoder rows are added to by one task at a time, while other tasks check the next rows.
private final class SharedDecoder: @unchecked Sendable {
    var value: TicketLog.Decoder

    init(_ value: TicketLog.Decoder) {
        self.value = value
    }
}
