import Covenant
import CovenantFormat
import Testing

/// Reading `tickets.csv`: columns, merging, ordering and every error at its line.
@Suite("Support ticket log")
struct SupportTicketLogTests {
    typealias F = SupportFixtures

    static func read(_ files: [(String, String)], lenient: Bool = false, known: Set<ContractID>? = nil)
        -> (TicketLog, [Diagnostic])
    {
        let sources = files.map { path, text in
            let file = SourceFile(path: path, text: text)
            return (file: file, table: try! CSVReader.read(file))
        }
        return TicketLog.decode(sources, knownContracts: known, lenient: lenient)
    }

    @Test("Columns come in any order and unknown columns are ignored")
    func columnsInAnyOrder() throws {
        let (log, diagnostics) = Self.read([(
            "tickets.csv",
            """
            note,at,channel,severity,event,contract,ticket
            ,2026-01-06T15:45:00-08:00,email,medium,opened,C-1,T-1
            "Hello, world",2026-01-06T23:30:00-08:00,email,,replied,,T-1
            """
        )])
        #expect(diagnostics.isEmpty)
        let ticket = try #require(log.tickets.first)
        #expect(ticket.id == TicketID("T-1"))
        #expect(ticket.contract == ContractID("C-1"))
        #expect(ticket.events.map(\.kind) == [.opened, .replied])
        #expect(ticket.events[1].note == "Hello, world")
        #expect(ticket.initialSeverity == .medium)
    }

    @Test("A ticket's rows merge across files and sort by time, ties in the order read")
    func mergeAcrossFiles() throws {
        let header = "ticket,contract,event,at,severity,note\n"
        let (log, diagnostics) = Self.read([
            ("2026-02/tickets.csv", header + "T-9,,replied,2026-02-01T09:30:00-08:00,,\nT-9,,resolved,2026-02-01T09:30:00-08:00,,\n"),
            ("2026-01/tickets.csv", header + "T-9,C-1,opened,2026-01-31T22:00:00-08:00,high,\nT-9,,auto_reply,2026-01-31T22:00:00-08:00,,\n"),
        ])
        #expect(diagnostics.isEmpty)
        let ticket = try #require(log.tickets.first)
        #expect(ticket.events.map(\.kind) == [.opened, .autoReply, .replied, .resolved])
        #expect(log.latestInstant == at(2026, 2, 1, 9, 30, offset: -8))
        #expect(log.tickets(of: ContractID("C-1")).count == 1)
        #expect(log.tickets(of: ContractID("C-2")).isEmpty)
    }

    @Test("Tickets are listed by opening instant, then id")
    func ticketOrder() {
        let (log, _) = F.log(
            """
            T-2,C-1,opened,2026-01-06T10:00:00Z,low,
            T-3,C-1,opened,2026-01-05T10:00:00Z,low,
            T-1,C-1,opened,2026-01-06T10:00:00Z,low,
            """)
        #expect(log.tickets.map(\.id.rawValue) == ["T-3", "T-1", "T-2"])
    }

    @Test("Each bad row is an error at its line", arguments: [
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,medium,\nT-1,,answered,2026-01-06T11:00:00Z,,\n", 3, "unknown event 'answered'"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,urgent,\n", 2, "unknown severity 'urgent'"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,,\n", 2, "an 'opened' row needs a severity"),
        ("T-1,,opened,2026-01-06T10:00:00Z,low,\n", 2, "an 'opened' row needs a contract"),
        ("T-1,C-1,opened,2026-01-06 10:00,low,\n", 2, "expected an RFC 3339 instant"),
        ("T-1,C-1,opened,2026-01-06T10:00Z,low,\n", 2, "expected an RFC 3339 instant"),
        ("T-1,C-1,opened,2026-01-06T10:00:00.5Z,low,\n", 2, "expected an RFC 3339 instant"),
        ("T-1,C-1,opened,2026-02-30T10:00:00Z,low,\n", 2, "expected an RFC 3339 instant"),
        ("T-1,C-1,opened,2026-01-06T10:00:00,low,\n", 2, "expected an RFC 3339 instant"),
        ("T-1,C-9,opened,2026-01-06T10:00:00Z,low,\n", 2, "no contract has the id 'C-9'"),
        (",C-1,opened,2026-01-06T10:00:00Z,low,\n", 2, "a ticket row needs a ticket id"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,low,\nT-1,,excluded,2026-01-06T11:00:00Z,,because\n", 3, "needs its reason"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,low,\nT-1,,severity,2026-01-06T11:00:00Z,,\n", 3, "a 'severity' row needs a severity"),
        ("T-1,,replied,2026-01-06T09:00:00Z,,\nT-1,C-1,opened,2026-01-06T10:00:00Z,low,\n", 2, "comes before its 'opened' at tickets.csv:3"),
        ("T-1,,replied,2026-01-06T09:00:00Z,,\n", 2, "ticket T-1 has no 'opened' row"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,urgent,\nT-1,,replied,2026-01-06T11:00:00Z,,\n", 3, "the 'opened' row of ticket T-1 at tickets.csv:2 has errors"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,low,\nT-1,C-1,opened,2026-01-06T11:00:00Z,low,\n", 3, "opened a second time; it was opened at tickets.csv:2"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,low,\nT-1,,customer_replied,2026-01-06T11:00:00Z,,\n", 3, "without a pending 'awaiting_customer'"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,low,\nT-1,,awaiting_customer,2026-01-06T11:00:00Z,,\nT-1,,customer_replied,2026-01-06T12:00:00Z,,\nT-1,,customer_replied,2026-01-06T13:00:00Z,,\n", 5, "without a pending 'awaiting_customer'"),
        ("T-1,C-1,opened,2026-01-06T10:00:00Z,low,\nT-1,C-2,replied,2026-01-06T11:00:00Z,,\n", 3, "belongs to contract C-1"),
    ])
    func errorsAtTheirLines(body: String, line: Int, message: String) throws {
        let (_, diagnostics) = F.log(body, known: [ContractID("C-1"), ContractID("C-2")])
        let diagnostic = try #require(diagnostics.last)
        #expect(diagnostics.count == (message.hasPrefix("the 'opened' row") ? 2 : 1))
        #expect(diagnostic.isError)
        #expect(diagnostic.location?.lineAndColumn.line == line)
        #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
    }

    @Test("Lenient: bad rows become warnings and are skipped; the rest is read")
    func lenient() throws {
        let body = """
            T-1,C-1,opened,2026-01-06T10:00:00Z,low,
            T-1,,answered,2026-01-06T11:00:00Z,,
            T-1,,customer_replied,2026-01-06T11:30:00Z,,
            T-1,,replied,2026-01-06T12:00:00Z,,
            T-2,C-1,opened,2026-01-06T10:00:00Z,bogus,

            """
        let (strictLog, strict) = F.log(body)
        #expect(strict.map(\.isError) == [true, true, true])
        #expect(strictLog.tickets.count == 1)
        let (log, warnings) = F.log(body, lenient: true)
        #expect(warnings.map(\.severity) == [.warning, .warning, .warning])
        #expect(warnings.map { $0.location!.lineAndColumn.line } == [3, 4, 6])
        #expect(warnings[0].message.hasSuffix("; row skipped"))
        let ticket = try #require(log.tickets.first)
        #expect(ticket.events.map(\.kind) == [.opened, .replied])
    }

    @Test("A row with too few or too many fields is a bad row: an error, or with lenient a warning and skipped")
    func wrongFieldCount() throws {
        let body = """
            T-1,C-1,opened,2026-01-06T10:00:00Z,low,
            T-1,,replied,2026-01-06T11:00:00Z
            T-2,C-1,opened,bad,low,
            T-1,,replied,2026-01-06T12:00:00Z,,,extra
            T-1,,replied,2026-01-06T13:00:00Z,,

            """
        let (strictLog, strict) = F.log(body)
        #expect(strict.map(\.isError) == [true, true, true])
        #expect(strict.map { $0.location!.lineAndColumn.line } == [3, 4, 5])
        #expect(strict.map(\.message) == [
            "record has 4 fields; the header has 6",
            "expected \(RFC3339Instant.expected), found 'bad'",
            "record has 7 fields; the header has 6",
        ])
        #expect(strictLog.tickets.count == 1)
        let (log, warnings) = F.log(body, lenient: true)
        #expect(warnings.map(\.severity) == [.warning, .warning, .warning])
        #expect(warnings[0].message == "record has 4 fields; the header has 6; row skipped")
        let ticket = try #require(log.tickets.first)
        #expect(ticket.events.map(\.kind) == [.opened, .replied])
    }

    @Test("A missing column is an error at the header, lenient or not")
    func missingColumn() {
        for lenient in [false, true] {
            let (log, diagnostics) = Self.read(
                [("tickets.csv", "ticket,contract,event,at,note\nT-1,C-1,opened,2026-01-06T10:00:00Z,\n")], lenient: lenient)
            #expect(diagnostics.count == 1)
            #expect(diagnostics.first?.isError == true)
            #expect(diagnostics.first?.message == "missing required column 'severity' in a tickets file")
            #expect(diagnostics.first?.location?.lineAndColumn.line == 1)
            #expect(log.isEmpty)
        }
    }

    @Test("Diagnostics come in file order, then line order")
    func diagnosticOrder() {
        let (_, diagnostics) = Self.read([
            ("a.csv", "ticket,contract,event,at,severity,note\nT-1,,replied,2026-01-06T09:00:00Z,,\nT-2,C-1,opened,bad,low,\n"),
            ("b.csv", "ticket,contract,event,at,severity,note\nT-3,C-1,opened,bad,low,\n"),
        ])
        #expect(diagnostics.map { "\($0.path!):\($0.location!.lineAndColumn.line)" } == ["a.csv:2", "a.csv:3", "b.csv:2"])
    }

    @Test("RFC 3339 instants with offsets and Z, formatted back in UTC")
    func instants() {
        #expect(RFC3339Instant.parse("2026-01-06T15:45:00-08:00") == utc(2026, 1, 6, 23, 45))
        #expect(RFC3339Instant.parse("2026-01-06T23:45:00Z") == utc(2026, 1, 6, 23, 45))
        #expect(RFC3339Instant.parse("2026-01-07T05:15:00+05:30") == utc(2026, 1, 6, 23, 45))
        #expect(RFC3339Instant.parse("2026-01-06T24:00:00Z") == nil)
        #expect(RFC3339Instant.parse("2026-01-06T23:59:60Z") == nil)
        #expect(RFC3339Instant.parse("2026-01-06t23:45:00z") == nil)
        #expect(RFC3339Instant.utc(utc(2026, 1, 7, 18, 45)) == "2026-01-07T18:45:00Z")
        #expect(RFC3339Instant.utc(-1) == "1969-12-31T23:59:59Z")
    }
}
