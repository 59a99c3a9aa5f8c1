import Covenant
import CovenantFormat
import CovenantTestSupport
import Testing

/// Ticket rows checked straight from bytes (``TicketLog/Decoder/check(records:header:knownContracts:offsetBy:)``)
/// give the same log, skipped rows and diagnostics as rows read by ``CSVReader``.
@Suite("Ticket rows from bytes: the same log and messages as from CSVReader")
struct TicketBytesPropertyTests {
    static let known: Set<ContractID> = [ContractID("C-1"), ContractID("C-2"), ContractID("C-Ω")]

    /// A random tickets.csv: columns in any order with one extra, rows good and bad.
    static func file(seed: UInt64) -> (text: String, plain: Bool) {
        var random = SplitMix64(seed: seed)
        var columns = ["ticket", "contract", "event", "at", "severity", "note", "channel"]
        columns.shuffle(using: &random)
        let plain = Int.random(in: 0..<10, using: &random) < 7
        let events = TicketEventKind.allCases.map(\.rawValue) + ["Opened", "closed", ""]
        let severities = ["critical", "high", "medium", "low", "", "urgent", "High"]
        let contracts = ["C-1", "C-2", "C-Ω", "", "C-9", "c-1"]
        let notes = ["", "Generated", "customer_request", "duplicate", "Ω note", "tab\there", "=1+2"]
        let instants = [
            "2026-01-06T15:45:00Z", "2026-01-06T16:45:00-08:00", "2026-01-07T08:00:00+01:00", "2026-01-06 15:45",
            "1800-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-06T15:45:60Z", "",
        ]
        var lines = [columns.joined(separator: ",")]
        for _ in 0..<Int.random(in: 1..<40, using: &random) {
            let ticket = Int.random(in: 0..<12, using: &random)
            var cells: [String] = columns.map { column in
                switch column {
                case "ticket": return ticket == 11 ? "" : "T-\(ticket)"
                case "contract": return contracts.randomElement(using: &random)!
                case "event": return events.randomElement(using: &random)!
                case "at": return instants.randomElement(using: &random)!
                case "severity": return severities.randomElement(using: &random)!
                case "note": return notes.randomElement(using: &random)!
                default: return "email"
                }
            }
            if !plain {
                switch Int.random(in: 0..<9, using: &random) {
                case 0: cells[0] = "\"\(cells[0]), quoted\""
                case 1: cells.append("extra")
                case 2: cells.removeLast()
                case 3: cells[cells.count - 1] = "\"say \"\"hi\"\"\""
                case 4: cells[0] = "\"\(cells[0])\nsecond line\""
                case 5: cells = cells.map { "\"\($0)\"" }
                default: break
                }
            }
            lines.append(cells.joined(separator: ","))
        }
        if !plain && Bool.random(using: &random) { lines.insert("", at: Int.random(in: 1...lines.count, using: &random)) }
        let end = Bool.random(using: &random) ? "\r\n" : "\n"
        return (lines.joined(separator: end) + (Bool.random(using: &random) ? end : ""), plain)
    }

    /// The log and rendered diagnostics, the rows read by CSVReader.
    static func throughReader(_ file: SourceFile, lenient: Bool) throws -> (TicketLog, [String]) {
        let (log, diagnostics) = TicketLog.decode(
            [(file: file, table: try CSVReader.read(file))], knownContracts: known, lenient: lenient)
        return (log, diagnostics.map(\.rendered))
    }

    /// The log and rendered diagnostics, the records after the header cut in
    /// pieces at line ends and each checked from its bytes where it is plain.
    static func throughBytes(_ file: SourceFile, lenient: Bool, cuts: Int) throws -> (TicketLog, [String], Int) {
        let table = try CSVReader.read(file)
        let bytes = file.bytes
        let headerEnd = (bytes.firstIndex(of: 0x0A) ?? bytes.count - 1) + 1
        // Cut after a line feed outside quotes, never after an empty line (as TicketChunks cuts).
        var quotes = 0
        var ends: [Int] = []
        for index in bytes.indices where index >= headerEnd {
            if bytes[index] == 0x22 { quotes += 1 }
            if index > headerEnd && bytes[index] == 0x0A && quotes % 2 == 0 && bytes[index - 1] != 0x0A
                && !(bytes[index - 1] == 0x0D && bytes[index - 2] == 0x0A)
            {
                ends.append(index + 1)
            }
        }
        ends = Array(ends.prefix(cuts)) + [bytes.count]
        var decoder = TicketLog.Decoder(knownContracts: known)
        decoder.begin(file: file, header: table.header)
        var start = headerEnd, plainPieces = 0
        for end in ends where end > start {
            let plain = bytes.withUnsafeBufferPointer {
                TicketLog.Decoder.check(
                    records: UnsafeBufferPointer(rebasing: $0[start..<end]), header: table.header,
                    knownContracts: known, offsetBy: start)
            }
            if plain != nil { plainPieces += 1 }
            decoder.add(
                try #require(
                    TicketLog.Decoder.check(
                        piece: start..<end, of: file, headerBytes: Array(bytes[..<headerEnd]), header: table.header,
                        knownContracts: known)))
            start = end
        }
        let (log, diagnostics) = decoder.finish(lenient: lenient)
        return (log, diagnostics.map(\.rendered), plainPieces)
    }

    @Test("600 generated files, strict and lenient, in 1 to 4 pieces", arguments: 0..<6)
    func sameAsReader(batch: UInt64) throws {
        var plainPieces = 0, plainFiles = 0
        for seed in (batch * 100)..<(batch * 100 + 100) {
            let (text, plain) = Self.file(seed: seed)
            let file = SourceFile(path: "tickets.csv", text: text)
            guard (try? CSVReader.read(file)) != nil else { continue }
            for lenient in [false, true] {
                let (expected, expectedDiagnostics) = try Self.throughReader(file, lenient: lenient)
                let (log, diagnostics, fast) = try Self.throughBytes(file, lenient: lenient, cuts: Int(seed % 4))
                #expect(log.tickets == expected.tickets, "seed \(seed)")
                #expect(log.skipped == expected.skipped, "seed \(seed)")
                #expect(diagnostics == expectedDiagnostics, "seed \(seed)")
                plainPieces += fast
            }
            if plain { plainFiles += 1 }
        }
        // Most files are plain: the byte path is taken, not only the fallback.
        #expect(plainFiles >= 50)
        #expect(plainPieces >= 2 * plainFiles)
    }

    @Test("Quoted fields are plain unless they double a quote: commas and line breaks inside, quotes taken off")
    func quoted() throws {
        let records = "\"T-1\",\"C-1\",opened,\"2026-01-06T15:45:00Z\",low,\"Hello, world\"\r\n"
            + "T-1,,replied,2026-01-06T16:00:00Z,,\"two\nlines\"\nT-1,,resolved,2026-01-06T17:00:00Z,,\"\"\n"
        let header = TicketLog.requiredColumns.joined(separator: ",") + "\n"
        let file = SourceFile(path: "tickets.csv", text: header + records)
        let (expected, expectedDiagnostics) = try Self.throughReader(file, lenient: false)
        let (log, diagnostics, plain) = try Self.throughBytes(file, lenient: false, cuts: 0)
        #expect(plain == 1)
        #expect(log.tickets == expected.tickets)
        #expect(diagnostics == expectedDiagnostics && diagnostics.isEmpty)
        #expect(log.tickets.first?.events.map(\.note) == ["Hello, world", "two\nlines", ""])
    }

    @Test("CRLF records are plain: the same rows as LF ones, offsets and all")
    func crlf() throws {
        let lf = "T-1,C-1,opened,2026-01-06T15:45:00Z,low,x\nT-1,,replied,2026-01-06T16:00:00Z,,Ω y\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        for text in [lf, crlf, String(decoding: crlf.utf8.dropLast(2), as: UTF8.self)] {
            let header = TicketLog.requiredColumns.joined(separator: ",") + (text.contains("\r") ? "\r\n" : "\n")
            let file = SourceFile(path: "tickets.csv", text: header + text)
            let (expected, expectedDiagnostics) = try Self.throughReader(file, lenient: false)
            let (log, diagnostics, plain) = try Self.throughBytes(file, lenient: false, cuts: 1)
            #expect(plain == 2)
            #expect(log.tickets == expected.tickets)
            #expect(diagnostics == expectedDiagnostics)
            #expect(log.tickets.first?.events.map(\.note) == ["x", "Ω y"])
        }
    }

    @Test("Records that are not plain CSV are left to CSVReader", arguments: [
        "T-1,C-1,opened,2026-01-06T15:45:00Z,low,\"say \"\"hi\"\"\"\n", "T-1,C-1,opened,2026-01-06T15:45:00Z,low,\"a\"b\n",
        "T-1,C-1,opened,2026-01-06T15:45:00Z,low,x\"y\n", "T-1,C-1,opened,2026-01-06T15:45:00Z,low,\"open\n",
        "T-1,C-1,opened,2026-01-06T15:45:00Z,low,x\ry\n",
        "T-1,C-1,opened,2026-01-06T15:45:00Z,low,x\r", "T-1,C-1,opened,2026-01-06T15:45:00Z,low,x\n\r\n",
        "T-1,C-1,opened,2026-01-06T15:45:00Z,low,x\n\n", "T-1,C-1,opened,2026-01-06T15:45:00Z,low\n",
        "T-1,C-1,opened,2026-01-06T15:45:00Z,low,x,y\n", "T-1,C-1,opened,2026-01-06T15:45:00Z,low,\u{FF}\n",
    ])
    func notPlain(records: String) {
        var bytes = Array(records.utf8)
        if records.hasSuffix("\u{FF}\n") { bytes.replaceSubrange((bytes.count - 3)..<(bytes.count - 1), with: [0xFF]) }
        let checked = bytes.withUnsafeBufferPointer {
            TicketLog.Decoder.check(
                records: $0, header: TicketLog.requiredColumns, knownContracts: Self.known, offsetBy: 40)
        }
        #expect(checked == nil)
    }
}
