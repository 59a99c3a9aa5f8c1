import Covenant
import CovenantFormat
import Testing

/// A contract's own calendars (the catalog's form, in the contract's zone),
/// holidays from an iCalendar file the command line read, and its own zone
/// for standing maintenance windows.
@Suite("Contract calendars")
struct ContractCalendarTests {
    /// An exported holiday file: CRLF line ends, a folded SUMMARY, `DTSTART;VALUE=DATE`,
    /// and a three-day event (16 to 18 February 2026, DTEND exclusive).
    static let ics = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
        "BEGIN:VEVENT", "UID:1", "DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20260102", "SUMMARY:Neujahr",
        "END:VEVENT",
        "BEGIN:VEVENT", "UID:2", "DTSTART;VALUE=DATE:20260216", "DTEND;VALUE=DATE:20260219",
        "SUMMARY:Betriebs", " ferien", "END:VEVENT",
        "END:VCALENDAR",
    ].joined(separator: "\r\n") + "\r\n"

    /// The holiday file as the command line hands it to decoding.
    static func readings(_ text: String = ics, name: String = "holidays/berlin.ics") -> [String: HolidayFileReading] {
        let (events, diagnostics) = ICalendarReader.read(SourceFile(path: "Contracts/" + name, text: text))
        return [name: .read(path: "Contracts/" + name, events: events, errors: diagnostics.filter(\.isError).count)]
    }

    static let contract = """
        contract: C-BER
        customer: Berlin GmbH
        tier: professional
        timezone: Europe/Berlin
        currency: EUR
        signed: 2025-12-01
        term: {start: 2026-01-01, months: 12}
        monthly_fee: 14000
        calendars:
          berlin:
            hours:
              mon-fri: 09:00-18:00
            holidays: [holidays/berlin.ics]
        overrides:
          clocks: {response: berlin, resolution: berlin}
        """

    func decode(
        _ text: String = contract, readings: [String: HolidayFileReading] = readings()
    ) throws -> (Contract?, [String]) {
        let document = try Fixtures.document(text, path: "Contracts/berlin.yaml")
        let (contract, diagnostics) = Contract.decode(document, catalog: try Fixtures.catalog(), holidayFiles: readings)
        return (contract, diagnostics.map { diagnostic in
            let (line, column) = diagnostic.location?.lineAndColumn ?? (0, 0)
            return "\(line):\(column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        })
    }

    @Test("the holiday file's folded, CRLF, multi-day events become the calendar's holidays, with their names")
    func holidaysRead() throws {
        let (decoded, diagnostics) = try decode()
        #expect(diagnostics == [])
        let contract = try #require(decoded)
        let calendar = try #require(contract.calendars[CalendarName("berlin")])
        #expect(calendar.zone.identifier == "Europe/Berlin")
        guard case .file(let file)? = calendar.holidays.first else {
            Issue.record("no holiday file")
            return
        }
        #expect(file.name == "holidays/berlin.ics")
        #expect(file.days.map { "\($0.date) \($0.name)" } == [
            "2026-01-01 Neujahr", "2026-02-16 Betriebsferien", "2026-02-17 Betriebsferien", "2026-02-18 Betriebsferien",
        ])
    }

    @Test("a ticket on the contract's clock: opened on a three-day holiday's first day, answered the next open hour")
    func ticketThroughContractCalendar() throws {
        let catalog = try Fixtures.catalog()
        let contract = try #require(try decode().0)
        var events = EventLog()
        events.tickets = SupportFixtures.log(
            "T-1,C-BER,opened,2026-02-16T10:00:00+01:00,medium,\nT-1,,replied,2026-02-19T10:00:00+01:00,,\n"
                + "T-1,,resolved,2026-02-19T11:00:00+01:00,,\n"
        ).0
        let statement = try Fixtures.statement(contract, month: "2026-02", events: events, catalog: catalog)
        let ticket = try #require(statement.support.tickets.first)
        // Monday to Wednesday are closed: the clock runs from Thursday 09:00 Berlin time.
        #expect(ticket.response.clock == CalendarName("berlin"))
        #expect(ticket.response.elapsedSeconds == 3600)
        #expect(ticket.resolution.elapsedSeconds == 7200)
        #expect(ticket.response.status == .met)
        // The response deadline: 4 working hours from Thursday 09:00 CET = 12:00 UTC.
        #expect(ticket.response.deadline.map(RFC3339Instant.utc) == "2026-02-19T12:00:00Z")
    }

    @Test("watch measures open tickets on the contract's clock")
    func watchUsesContractCalendar() throws {
        let catalog = try Fixtures.catalog()
        let contract = try #require(try decode().0)
        let tickets = SupportFixtures.log("T-1,C-BER,opened,2026-02-16T10:00:00+01:00,medium,\n").0
        let at = try #require(RFC3339Instant.parse("2026-02-19T09:00:00Z"))
        let watch = WatchList(catalog: catalog, contracts: [contract], tickets: tickets, at: at)
        let response = try #require(watch.items.first { $0.clock == .response })
        #expect(response.deadline == (try #require(RFC3339Instant.parse("2026-02-19T12:00:00Z"))))
        #expect(response.workingLeft == 3 * 3600)
    }

    @Test(
        "mistakes in a contract's calendars are located errors and warnings",
        arguments: [
            ("holidays: [holidays/berlin.ics]", "holidays: [holidays/missing.ics]",
             "13:16: error: no holiday file 'holidays/missing.ics': Contracts/holidays/missing.ics does not exist (a "
                + "holiday file is read relative to the contract's folder)"),
            ("  berlin:\n", "  extended:\n",
             "10:3: error: calendar 'extended' is already a calendar of catalog 2026.1; give the contract's "
                + "calendar a name of its own"),
            ("holidays: [holidays/berlin.ics]", "holidays: [holidays/berlin.ical]",
             "13:16: error: expected a holiday rule ('us-federal'), a date like '2026-12-24' or an iCalendar file "
                + "like 'holidays/de-be-2026.ics', found 'holidays/berlin.ical'"),
            ("{start: 2026-01-01, months: 12}", "{start: 2026-01-01, end: 2027-06-30}",
             "13:16: warning: holiday file 'holidays/berlin.ics' lists holidays up to 2026-02-18, but contract C-BER "
                + "runs to 2027-06-30: no holiday of a later year closes its clocks"),
            ("{response: berlin, resolution: berlin}", "{response: berlin, resolution: berlnn}",
             "15:42: error: unknown calendar 'berlnn'; did you mean 'berlin'?"),
            ("holidays: [holidays/berlin.ics]", "holidays: [holidays/berlin.ics, us-federal, holidays/berlin.ics]",
             "13:49: warning: holidays lists 'holidays/berlin.ics' twice; it counts once"),
        ])
    func mistakes(old: String, new: String, expected: String) throws {
        var readings = Self.readings()
        readings["holidays/missing.ics"] = .missing(path: "Contracts/holidays/missing.ics")
        let (_, diagnostics) = try decode(Self.contract.replacingFirst(old, with: new), readings: readings)
        #expect(diagnostics.contains(expected), "\(diagnostics)")
    }

    @Test("a holiday file with errors makes the contract invalid, at the name; one with no all-day event is warned")
    func brokenFiles() throws {
        let broken = Self.readings("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026011\r\nEND:VEVENT\r\n")
        let (contract, diagnostics) = try decode(readings: broken)
        #expect(contract == nil)
        #expect(diagnostics.contains(
            "13:16: error: holiday file Contracts/holidays/berlin.ics has 2 errors (reported at the file)"),
            "\(diagnostics)")
        let empty = Self.readings("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        #expect(try decode(readings: empty).1 == [
            "13:16: warning: holiday file Contracts/holidays/berlin.ics has no all-day events: it closes no day"
        ])
        #expect(try decode(readings: [:]).1 == ["13:16: error: holiday file 'holidays/berlin.ics' was not read"])
    }

    @Test("a catalog calendar cannot name a holiday file")
    func notInCatalog() throws {
        let text = Fixtures.text("Contracts/catalog/2026.1.yaml").replacingFirst(
            "    holidays: [us-federal]", with: "    holidays: [us-federal, x.ics]")
        let (_, found) = CatalogVersion.decode(try Fixtures.document(text))
        #expect(found.first { $0.isError }?.message
            == "a catalog calendar cannot name a holiday file ('x.ics'); list its dates, or define the calendar in "
            + "the contract")
    }

    @Test("holiday file names are found in a contract's calendars, each once, in file order")
    func names() throws {
        let text =
            Self.contract + "\n  other:\n    hours: 24x7\n    holidays: [b.ics, holidays/berlin.ics, 2026-12-24]\n"
        let document = try Fixtures.document(
            text.replacingFirst("overrides:\n  clocks: {response: berlin, resolution: berlin}\n", with: ""))
        #expect(Contract.holidayFileNames(in: document) == ["holidays/berlin.ics", "b.ics"])
    }

    @Test(
        "standing windows follow the contract's maintenance_timezone: Sunday 02:00–04:00 Berlin time is excluded",
        arguments: [("maintenance_timezone: Europe/Berlin", Int64(7200), Int64(0)), ("", 0, 7200)])
    func maintenanceZone(line: String, excluded: Int64, downtime: Int64) throws {
        let catalog = try Fixtures.catalog()
        let contract = try #require(try decode(Self.contract + "\n" + line).0)
        let events = try Fixtures.events([
            "maintenance:\n  - {id: MW-1, start: 2026-02-15T02:00:00+01:00, end: 2026-02-15T04:00:00+01:00, "
                + "announced: 2026-02-14, scope: all}"
        ])
        let statement = try Fixtures.statement(contract, month: "2026-02", events: events, catalog: catalog)
        #expect(statement.availability.excludedSeconds == excluded)
        #expect(statement.availability.downtimeSeconds == downtime)
    }

    @Test("the shipped Berlin holiday file closes Berlin's ten public holidays of 2026")
    func berlinSample() throws {
        let path = "Contracts/holidays/de-be-2026.ics"
        let (events, diagnostics) = ICalendarReader.read(SourceFile(path: path, text: Fixtures.text(path)))
        #expect(diagnostics.isEmpty)
        let file = HolidayFile(name: path, events: events)
        #expect(file.days.map { "\($0.date) \($0.name)" } == [
            "2026-01-01 Neujahr", "2026-03-08 Internationaler Frauentag", "2026-04-03 Karfreitag",
            "2026-04-06 Ostermontag", "2026-05-01 Tag der Arbeit", "2026-05-14 Christi Himmelfahrt",
            "2026-05-25 Pfingstmontag", "2026-10-03 Tag der Deutschen Einheit", "2026-12-25 1. Weihnachtstag",
            "2026-12-26 2. Weihnachtstag",
        ])
    }
}
