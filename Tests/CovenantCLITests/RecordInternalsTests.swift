import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

@testable import CovenantCLI

@Suite("record sets: digests, figures, decisions, the manifest, the switch")
struct RecordInternalsTests {
    @Test(
        "SHA-256 gives the published digests",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func sha256(text: String, digest: String) {
        #expect(SHA256.hex(Array(text.utf8)) == digest)
    }

    @Test("SHA-256 of a million 'a', fed in uneven pieces, is the published digest")
    func sha256Pieces() {
        var hash = SHA256()
        var left = 1_000_000
        var piece = 1
        while left > 0 {
            let count = min(piece, left)
            hash.update([UInt8](repeating: 0x61, count: count))
            left -= count
            piece = piece * 3 % 1000 + 1
        }
        #expect(hash.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every sample statement of the three months.
    static func sampleStatements() throws -> [MonthStatement] {
        let project = Project(root: CLIHarness.root)
        let inputs = try StatementCommand.loadInputs(Arguments([], valued: []), project: project)
        let builder = StatementBuilder(catalog: inputs.catalog, contracts: inputs.contracts, events: inputs.events)
        var result: [MonthStatement] = []
        for month in 1...3 { result += try builder.statements(for: LocalMonth(year: 2026, month: month)!) }
        return result
    }

    @Test("the figures written with a ticket table name and value exactly what the statement's JSON holds")
    func figuresMatchJSON() throws {
        let statements = try Self.sampleStatements()
        #expect(statements.count == 23)
        var tickets = 0
        for statement in statements {
            let fast = try #require(StatementOutputs.figures(statement).pairs)
            let reference = try #require(StatementFigures(StatementJSON.value(statement)).pairs)
            #expect(fast.map(\.name) == reference.map(\.name), "\(statement.contract.id) \(statement.month)")
            #expect(fast.map(\.value) == reference.map(\.value), "\(statement.contract.id) \(statement.month)")
            tickets += statement.support.tickets.count
        }
        #expect(tickets >= 20)
    }

    @Test("figures survive values with tabs, line feeds and backslashes")
    func figuresEscape() throws {
        let value = JSONValue.object([
            ("customer", .string("A\tB\nC\\D")),
            ("items", .array([.object([("id", .string("x\ty")), ("n", .integer(-3))])])),
        ])
        let pairs = try #require(StatementFigures(value).pairs)
        #expect(pairs.map(\.name) == ["customer", "items[x\ty].n"])
        #expect(pairs.map(\.value) == ["A\tB\nC\\D", "-3"])
    }

    @Test(
        "changes read old → new, whole list items once",
        arguments: [
            ([("met", "true")], [("met", "false")], ["met true → false"]),
            ([("a", "1"), ("b", "2")], [("a", "1"), ("b", "2")], []),
            (
                [("t[T-1].s", "met")], [("t[T-1].s", "met"), ("t[T-2].s", "missed"), ("t[T-2].e", "9")],
                ["t[T-2] added"]
            ),
            ([("t[T-1].s", "met"), ("x", "1")], [("x", "2")], ["x 1 → 2", "t[T-1] removed"]),
            (
                [("credit.band_below", "null")], [("credit.band_below", "99.9"), ("credit.actions[0]", "review")],
                ["credit.band_below null → 99.9", "credit.actions[0] added"]
            ),
            ([("a.b", "1")], [("a.c", "1")], ["a.c absent → 1", "a.b 1 → absent"]),
        ])
    func changes(old: [(String, String)], new: [(String, String)], expected: [String]) {
        let lines = StatementFigures.changes(
            from: old.map { (name: $0.0, value: $0.1) }, to: new.map { (name: $0.0, value: $0.1) })
        #expect(lines == expected)
    }

    static func entry(_ digest: String, _ formats: [ReportFormat]) -> Manifest.Entry {
        Manifest.Entry(
            contract: "C-1", digest: digest,
            files: formats.map { Manifest.File(name: "C-1.\($0.fileExtension)", size: 1) })
    }

    @Test(
        "each record's fate, by its figures, the formats asked for and what the folder holds",
        arguments: [
            // (old formats, same figures, named, force, has set, present, asked) → action
            (nil, true, true, false, false, [String](), [ReportFormat.json], RecordAction.write([.json])),
            (nil, true, false, false, false, [], [.json], .summaryOnly),
            (nil, true, true, false, true, [], [.json], .refuse(.added)),
            (nil, true, true, true, true, [], [.json], .write([.json])),
            ([.json], true, true, false, true, ["C-1.json"], [.json], .keep(carry: ["C-1.json"], write: [])),
            (
                [.json], true, true, false, true, ["C-1.json"], [.html, .text],
                .keep(carry: ["C-1.json"], write: [.text, .html])
            ),
            ([.json], true, false, false, true, ["C-1.json"], [.html], .keep(carry: ["C-1.json"], write: [])),
            (
                [.json, .text], true, true, false, true, ["C-1.json"], [.json],
                .keep(carry: ["C-1.json"], write: [.text])
            ),
            ([.json], false, true, false, true, ["C-1.json"], [.html], .refuse(.changed)),
            ([.json], false, true, true, true, ["C-1.json"], [.html], .write([.json, .html])),
            ([.json], false, false, true, true, ["C-1.json"], [.html], .refuse(.changedUnnamed)),
        ] as [([ReportFormat]?, Bool, Bool, Bool, Bool, [String], [ReportFormat], RecordAction)])
    func decisions(
        old: [ReportFormat]?, same: Bool, named: Bool, force: Bool, hasSet: Bool, present: [String],
        asked: [ReportFormat],
        expected: RecordAction
    ) {
        let action = RecordAction.decide(
            contract: "C-1", old: old.map { Self.entry("d1", $0) }, digest: same ? "d1" : "d2", named: named,
            force: force,
            formats: asked, hasSet: hasSet, present: Set(present))
        #expect(action == expected)
    }

    @Test("a manifest reads back as written; a cut or altered one does not read")
    func manifestRoundTrip() throws {
        let folder = CLIHarness.temporaryFolder()
        let manifest = Manifest(
            month: "2026-02",
            contracts: [Self.entry(String(repeating: "a", count: 64), [.json, .text])],
            summary: Manifest.Entry(
                contract: "", digest: String(repeating: "b", count: 64), files: [.init(name: "summary.json", size: 9)]))
        var text = Manifest.head(month: "2026-02") + Manifest.figuresLine("C-1") + Array("0\tx\t1\n".utf8)
        text += manifest.indexText(at: text.count)
        let path = folder + "/manifest.txt"
        try Data(text).write(to: URL(fileURLWithPath: path))
        #expect(try Manifest.read(path) == manifest)
        #expect(Manifest.figures(of: ["C-1"], in: path)["C-1"]?.pairs?.map(\.name) == ["x"])
        for broken in [
            Array(text.dropLast(3)), Array(text.prefix(40)), Array("covenant.records/2\n".utf8) + text.dropFirst(19),
        ] {
            try Data(broken).write(to: URL(fileURLWithPath: path))
            #expect(throws: Manifest.Unreadable.self) { try Manifest.read(path) }
        }
    }

    @Test(
        "--out names a folder: relative to the project, '.' and '..' resolved, never the root",
        arguments: [
            ("Reports/2026-01", "/p/Reports", "2026-01"), ("Reports/2026-01/", "/p/Reports", "2026-01"),
            ("./out/../x", "/p", "x"), ("/tmp/y", "/tmp", "y"), ("/z", "/", "z"),
        ])
    func folderNames(out: String, parent: String, name: String) throws {
        let folder = try RecordFolder(out, files: FileSystem(root: "/p"))
        #expect(folder.parent == parent && folder.name == name)
        #expect(folder.lockPath == (parent == "/" ? "" : parent) + "/." + name + ".lock")
    }

    @Test("'/' and '..' above the root are refused")
    func rootRefused() {
        #expect(throws: CLIError.self) { try RecordFolder("/", files: FileSystem(root: "/p")) }
        #expect(throws: CLIError.self) { try RecordFolder("../..", files: FileSystem(root: "/p")) }
    }

    @Test(
        "the switch without an atomic exchange (two renames) also ends with the new set and nothing beside it",
        arguments: [true, false])
    func switchIn(exchange: Bool) throws {
        let root = CLIHarness.temporaryFolder()
        let folder = try RecordFolder("Reports/2026-01", files: FileSystem(root: root))
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        try "old".write(toFile: folder.path + "/a.txt", atomically: false, encoding: .utf8)
        try "kept".write(toFile: folder.path + "/b.txt", atomically: false, encoding: .utf8)
        let staging = try StagingFolder(folder.stagingPath, shown: folder.shown)
        _ = try staging.write("a.txt", "new")
        try staging.carry("b.txt", from: folder.path)
        try folder.commit(staging, exchange: exchange)
        staging.close()
        #expect(try String(contentsOfFile: folder.path + "/a.txt", encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: folder.path + "/b.txt", encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/Reports") == ["2026-01"])
    }

    /// A ticket file with quoted notes holding commas, quotes and line breaks, and some bad rows.
    static let ticketCSV: String = {
        var text = "ticket,contract,event,at,severity,note\n"
        for number in 0..<60 {
            let contract = ["C-STA", "C-PRO", "C-ENT"][number % 3]
            text +=
                "T-\(number),\(contract),opened,2026-01-0\(number % 9 + 1)T10:00:00Z,high,"
                + "\"Line one, with \"\"quotes\"\"\nline two\"\n"
            text += "T-\(number),,replied,2026-01-0\(number % 9 + 1)T1\(number % 10):30:00Z,,\n"
            if number % 17 == 3 { text += "T-\(number),,resolved,not-an-instant,,\n" }
            if number % 23 == 5 { text += "T-\(number),,customer_replied,2026-01-0\(number % 9 + 1)T18:00:00Z,,\n" }
        }
        return text
    }()

    /// A log decoded piece by piece, as `statement` does.
    static func decodeInPieces(_ file: SourceFile, pieceBytes: Int) throws -> (TicketLog, [Diagnostic], Int) {
        let known: Set<ContractID> = [ContractID("C-STA"), ContractID("C-PRO"), ContractID("C-ENT")]
        let chunks = try TicketChunks(file, pieceBytes: pieceBytes)
        var decoder = TicketLog.Decoder(knownContracts: known)
        decoder.begin(file: file, header: chunks.header)
        for piece in 0..<chunks.count { decoder.add(try #require(chunks.checked(piece, knownContracts: known))) }
        let (log, diagnostics) = decoder.finish(lenient: false)
        return (log, diagnostics, chunks.count)
    }

    @Test(
        "a ticket file decoded in pieces of whole records gives the log and the located errors of the whole",
        arguments: [64, 300, 1 << 20])
    func ticketPieces(pieceBytes: Int) throws {
        let file = SourceFile(path: "Scenarios/tickets.csv", text: Self.ticketCSV)
        let known: Set<ContractID> = [ContractID("C-STA"), ContractID("C-PRO"), ContractID("C-ENT")]
        let (whole, wholeDiagnostics) = TicketLog.decode([(file, try CSVReader.read(file))], knownContracts: known)
        let (pieces, pieceDiagnostics, count) = try Self.decodeInPieces(file, pieceBytes: pieceBytes)
        #expect(count > (pieceBytes < 1000 ? 10 : 0))
        #expect(pieces.tickets == whole.tickets)
        #expect(pieceDiagnostics.map(\.rendered) == wholeDiagnostics.map(\.rendered))
        #expect(wholeDiagnostics.count >= 4)
    }

    @Test(
        "an empty line where a piece would end is still the whole file's bad row, and plain pieces read from bytes",
        arguments: [1, 40, 64, 300])
    func ticketPiecesEmptyLines(pieceBytes: Int) throws {
        var text = "ticket,contract,event,at,severity,note\n"
        for number in 0..<30 {
            text += "T-\(number),C-STA,opened,2026-01-05T10:00:00Z,high,plain note \(number)\n"
            if number % 7 == 2 { text += "\n" }
        }
        for crlf in [false, true] {
            let file = SourceFile(
                path: "Scenarios/tickets.csv", text: crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text)
            let known: Set<ContractID> = [ContractID("C-STA"), ContractID("C-PRO"), ContractID("C-ENT")]
            let (whole, wholeDiagnostics) = TicketLog.decode(
                [(file, try CSVReader.read(file))], knownContracts: known)
            let (pieces, pieceDiagnostics, _) = try Self.decodeInPieces(file, pieceBytes: pieceBytes)
            #expect(pieces.tickets == whole.tickets)
            #expect(pieceDiagnostics.map(\.rendered) == wholeDiagnostics.map(\.rendered))
            #expect(wholeDiagnostics.count == 4)
        }
    }

    /// The cut as a loop over every byte: a line feed outside quotes ends
    /// a piece of at least `pieceBytes` bytes, unless it ends an empty line.
    static func referenceCut(_ bytes: [UInt8], pieceBytes: Int) -> (Int, [Range<Int>]) {
        var pieces: [Range<Int>] = []
        var headerEnd = bytes.count
        var quoted = false
        var start = -1
        var lineStart = 0
        for index in bytes.indices {
            if bytes[index] == 0x22 {
                quoted.toggle()
            } else if bytes[index] == 0x0A && !quoted {
                let emptyLine = index == lineStart || (index == lineStart + 1 && bytes[lineStart] == 0x0D)
                if start < 0 {
                    headerEnd = index + 1
                    start = index + 1
                } else if index + 1 - start >= pieceBytes && !emptyLine {
                    pieces.append(start..<(index + 1))
                    start = index + 1
                }
                lineStart = index + 1
            }
        }
        if start >= 0 && start < bytes.count { pieces.append(start..<bytes.count) }
        return (headerEnd, pieces)
    }

    @Test("a ticket file is cut by jumping between line feeds exactly where a loop over every byte cuts it")
    func cutByJumping() {
        var random = SplitMix64(seed: 12)
        let lines = [
            "T-1,C-STA,opened,2026-01-05T10:00:00Z,high,x", "", "\r", "T-2,,replied,2026-01-05T11:00:00Z,,Ω",
            "T-3,,replied,2026-01-05T12:00:00Z,,\"a, \"\"b\"\"\nc\"", "\"T-4\",\"\",replied,\"2026-01-05T12:00:00Z\",,\"\n\"",
        ]
        for _ in 0..<600 {
            var text = Bool.random(using: &random) ? "ticket,contract,event,at,severity,note" : "\"ticket\nid\",note"
            for _ in 0..<Int.random(in: 0..<30, using: &random) {
                text += (Bool.random(using: &random) ? "\r\n" : "\n") + lines.randomElement(using: &random)!
            }
            if Bool.random(using: &random) { text += "\n" }
            if Int.random(in: 0..<10, using: &random) == 0 { text += "\"unclosed\n" }
            let bytes = Array(text.utf8)
            let pieceBytes = Int.random(in: 0..<200, using: &random)
            let jumped = bytes.withUnsafeBufferPointer { TicketChunks.cut($0, pieceBytes: pieceBytes) }
            let scanned = Self.referenceCut(bytes, pieceBytes: pieceBytes)
            #expect(jumped.0 == scanned.0)
            #expect(jumped.1 == scanned.1)
        }
    }

    @Test("a ticket file that is not valid CSV halfway is reported as the whole file's error")
    func ticketPiecesBroken() throws {
        let text = Self.ticketCSV.replacingOccurrences(of: "T-40,C-PRO,opened", with: "T-40,C-PRO,x\"opened")
        let project = SupportProject.make(tickets: String(text.drop { $0 != "\n" }.dropFirst()))
        let result = CLIHarness.run(["statement", "--month", "2026-01", "--format", "json", "--out", "-"], in: project)
        let file = SourceFile(path: "Scenarios/tickets.csv", text: text)
        let expected = try #require(
            Result { () throws(CSVError) in try CSVReader.read(file) }.failure?.diagnostic.rendered)
        #expect(expected.contains("Scenarios/tickets.csv:"))
        #expect(result.code == 65)
        #expect(result.err == expected + "\n", "\(result.err)")
    }
}

extension Result {
    /// The error, when this is a failure.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
