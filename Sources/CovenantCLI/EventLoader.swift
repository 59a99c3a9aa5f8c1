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
/// needs the catalog and the contracts. A ticket file is decoded in pieces
/// of whole records (``TicketChunks``), each parsed and checked on any core
/// and let go of once its rows are added, so its table is never held whole;
/// incidents, maintenance and surveys are decoded alongside.
struct EventLoader: Sendable {
    /// The folders, in the order given.
    var folders: [String]
    /// Where files are read from.
    var files: FileSystem

    /// The file names read (`.yml` read like `.yaml`), in any letter case.
    static let names: Set<String> = [
        "incidents.yaml", "maintenance.yaml", "incidents.yml", "maintenance.yml", "tickets.csv", "surveys.csv",
    ]

    /// The paths to read, in order.
    func paths(named names: Set<String> = EventLoader.names) throws(CLIError) -> [String] {
        var result: [String] = []
        for folder in folders {
            result += try files.files(under: folder, accept: { names.contains($0.lowercased()) })
        }
        return result
    }

    /// Event files read and parsed (ticket files only split), not yet decoded;
    /// each with its place in the order read.
    struct Parsed: Sendable {
        var documents: [(index: Int, document: Document?, syntax: [Diagnostic])] = []
        var tickets: [(index: Int, chunks: TicketChunks)] = []
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
                for (index, path) in all where path.lowercased().hasSuffix(".csv") == (half == 1) {
                    let file = try files.read(path)
                    if half == 0 {
                        let (document, syntax) = ProjectLoader.parse(file)
                        parsed.documents.append((index, document, syntax))
                        continue
                    }
                    do throws(CSVError) {
                        if path.lowercased().hasSuffix("tickets.csv") {
                            parsed.tickets.append((index, try TicketChunks(file)))
                        } else {
                            parsed.surveys.append((file, try CSVReader.read(file)))
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
    func decode(_ parsed: consuming Parsed, catalog: Catalog, contracts: [Contract], lenient: Bool = false)
        -> (EventLog, [Diagnostic])
    {
        let zone = catalog.defaultZone
        let known = Set(contracts.map(\.id))
        let regions = Set(contracts.compactMap(\.region))
        let documents = parsed.documents
        let surveys = parsed.surveys
        let others = Mutex<(EventLog, [(Int, [Diagnostic])], SurveyLog, [Diagnostic])?>(nil)
        let decodeOthers: @Sendable () -> Void = {
            var log = EventLog()
            var diagnostics: [(Int, [Diagnostic])] = []
            for (index, document, syntax) in documents {
                var found = syntax
                if let document {
                    found += log.add(document, defaultZone: zone, knownContracts: known, knownRegions: regions)
                }
                diagnostics.append((index, found))
            }
            let (surveyLog, surveyDiagnostics) = SurveyLog.decode(surveys, knownContracts: known, lenient: lenient)
            others.withLock { $0 = (log, diagnostics, surveyLog, surveyDiagnostics) }
        }
        var unreadable = parsed.unreadable
        let (tickets, ticketDiagnostics, broken) = Self.decodeTickets(
            parsed.tickets.map(\.chunks), known: known, lenient: lenient, alongside: decodeOthers)
        if others.withLock({ $0 == nil }) { decodeOthers() }
        guard let (decodedLog, eventDiagnostics, surveyLog, surveyDiagnostics) = others.withLock({ $0 }) else {
            return (EventLog(), [])
        }
        var log = decodedLog
        var decoded = (tickets, ticketDiagnostics)
        if !broken.isEmpty {
            // A ticket file that is not valid CSV: decode the others whole, as if it had not been read.
            var sources: [(file: SourceFile, table: CSVTable)] = []
            for (position, (index, chunks)) in parsed.tickets.enumerated() {
                do throws(CSVError) {
                    sources.append((chunks.file, try CSVReader.read(chunks.file)))
                } catch {
                    if broken.contains(position) { unreadable.append((index, [error.diagnostic])) }
                }
            }
            decoded = TicketLog.decode(sources, knownContracts: known, lenient: lenient)
        }
        log.tickets = decoded.0
        log.surveys = surveyLog
        let ordered = (eventDiagnostics + unreadable).sorted { $0.0 < $1.0 }.flatMap { $0.1 }
        // A million row diagnostics are not copied to join two empty lists.
        if ordered.isEmpty && surveyDiagnostics.isEmpty { return (log, decoded.1) }
        return (log, ordered + decoded.1 + surveyDiagnostics)
    }

    /// Pieces checked per core in a wave, and in the first wave (which also
    /// decodes the other event files, for about as long as ten pieces take).
    private static let wave = 3
    private static let wideWave = 10

    /// Decodes ticket files piece by piece: in each wave, a few pieces per
    /// core are parsed and checked while the rows of the wave before are
    /// added in order (and `alongside` runs in the first wave, which checks
    /// more pieces to keep the other cores busy meanwhile). Returns the log,
    /// its diagnostics, and the positions of files whose pieces are not valid CSV.
    private static func decodeTickets(
        _ files: [TicketChunks], known: Set<ContractID>, lenient: Bool, alongside: @escaping @Sendable () -> Void
    ) -> (TicketLog, [Diagnostic], Set<Int>) {
        let decoder = SharedDecoder(TicketLog.Decoder(knownContracts: known))
        var broken: Set<Int> = []
        var pending = true
        for (position, chunks) in files.enumerated() {
            decoder.value.begin(file: chunks.file, header: chunks.header)
            var previous: [TicketLog.Decoder.CheckedRows] = []
            var start = 0
            repeat {
                let end = min(start + Parallel.width * (pending ? wideWave : wave), chunks.count)
                let adding = previous
                let others = pending
                let first = start
                // Adding and `alongside` come first, so that they start at once while the other cores check.
                let results = Parallel.map(end - first + 2, chunk: 1) { task -> TicketLog.Decoder.CheckedRows? in
                    if task == 0 {
                        for piece in adding { decoder.value.add(piece) }
                        return .empty
                    }
                    if task == 1 {
                        if others { alongside() }
                        return .empty
                    }
                    return chunks.checked(first + task - 2, knownContracts: known)
                }
                pending = false
                let checked = results.dropFirst(2)
                if checked.contains(where: { $0 == nil }) { broken.insert(position) }
                previous = checked.compactMap { $0 }
                start = end
            } while start < chunks.count
            for piece in previous { decoder.value.add(piece) }
        }
        if pending { alongside() }
        guard broken.isEmpty else { return (TicketLog(), [], broken) }
        decoder.value.prepareSequences()
        let grouped = decoder.value
        let ticketCount = grouped.ticketCount
        let size = max(1, (ticketCount + 4 * Parallel.width - 1) / (4 * Parallel.width))
        let sequences = Parallel.map((ticketCount + size - 1) / size, chunk: 1) { index in
            grouped.checkSequences(of: (index * size)..<min((index + 1) * size, ticketCount))
        }
        let (log, diagnostics) = decoder.value.finish(lenient: lenient, pieces: sequences)
        return (log, diagnostics, [])
    }

    /// Reads and decodes every event file.
    func load(catalog: Catalog, contracts: [Contract], lenient: Bool = false) throws(CLIError) -> (
        EventLog, [Diagnostic]
    ) {
        decode(try parse(), catalog: catalog, contracts: contracts, lenient: lenient)
    }
}

/// The decoder rows are added to by one task at a time, while other tasks check the next rows.
private final class SharedDecoder: @unchecked Sendable {
    var value: TicketLog.Decoder

    init(_ value: TicketLog.Decoder) {
        self.value = value
    }
}
