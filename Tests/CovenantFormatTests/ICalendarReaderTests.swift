import CovenantFormat
import CovenantTestSupport
import Testing

@Suite("iCalendar reader: all-day holiday events (RFC 5545)")
struct ICalendarReaderTests {
    static func read(_ text: String) -> (events: [ICalendarEvent], diagnostics: [Diagnostic]) {
        ICalendarReader.read(SourceFile(path: "holidays.ics", text: text))
    }

    static func dates(_ event: ICalendarEvent?) -> [String] { event?.dates.map(\.description) ?? [] }

    /// The shape calendar tools export: CRLF line ends, a VTIMEZONE, folded
    /// lines, `DTSTART;VALUE=DATE`, escaped text, a timed event among holidays.
    static let exported = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example Corp//Holidays 1.0//EN", "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Feiertage Berlin 2026", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:STANDARD",
        "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:20260101-neujahr@example.com", "DTSTAMP:20251201T120000Z",
        "DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20260102", "SUMMARY:Neujahr", "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "BEGIN:VEVENT", "UID:20260308-frauentag@example.com", "DTSTART;VALUE=DATE:20260308",
        "SUMMARY:Internationaler Frauentag (Berlin)\\, gesetzlicher Feiertag mit einer sehr langen Beschr",
        " eibung die gefaltet wurde", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15H", "END:VALARM", "END:VEVENT",
        "BEGIN:VEVENT", "UID:weihnachten@example.com", "DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261227",
        "SUMMARY:Weihnachten", "END:VEVENT",
        "BEGIN:VEVENT", "UID:meeting@example.com", "DTSTART;TZID=Europe/Berlin:20260310T090000",
        "DTEND;TZID=Europe/Berlin:20260310T100000", "SUMMARY:Team meeting", "END:VEVENT",
        "END:VCALENDAR", "",
    ].joined(separator: "\r\n")

    @Test("an exported file: all-day events read, folded and escaped text joined, the timed event warned and left out")
    func exportedFile() throws {
        let (events, diagnostics) = Self.read(Self.exported)
        #expect(events.map(\.summary) == [
            "Neujahr",
            "Internationaler Frauentag (Berlin), gesetzlicher Feiertag mit einer sehr langen Beschreibung die gefaltet wurde",
            "Weihnachten",
        ])
        #expect(events.map(Self.dates) == [["2026-01-01"], ["2026-03-08"], ["2026-12-25", "2026-12-26"]])
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(!warning.isError)
        #expect(warning.rendered.hasPrefix(
            "holidays.ics:40:1: warning: timed event 'Team meeting' ignored: holidays are all-day events (DTSTART;VALUE=DATE)"))
    }

    @Test("line ends may be LF; a date without VALUE=DATE is still a date; no DTEND is one day")
    func lineFeedsAndBareDates() {
        let (events, diagnostics) = Self.read(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261003\nSUMMARY:Tag der Deutschen Einheit\nEND:VEVENT\nEND:VCALENDAR\n")
        #expect(diagnostics.isEmpty)
        #expect(events.map(Self.dates) == [["2026-10-03"]])
    }

    @Test("multi-day events close every day from DTSTART up to DTEND (exclusive) or for DURATION", arguments: [
        ("DTSTART;VALUE=DATE:20261224\nDTEND;VALUE=DATE:20261227", ["2026-12-24", "2026-12-25", "2026-12-26"]),
        ("DTSTART;VALUE=DATE:20261231\nDURATION:P2D", ["2026-12-31", "2027-01-01"]),
        ("DTSTART;VALUE=DATE:20260301\nDURATION:P1W", (1...7).map { "2026-03-0\($0)" }),
    ])
    func multiDay(properties: String, expected: [String]) {
        let (events, diagnostics) = Self.read("BEGIN:VCALENDAR\nBEGIN:VEVENT\n\(properties)\nEND:VEVENT\nEND:VCALENDAR\n")
        #expect(diagnostics.isEmpty)
        #expect(Self.dates(events.first) == expected)
    }

    @Test("a yearly rule repeats the date up to COUNT or UNTIL, skipping years without 29 February; EXDATE removes one")
    func yearlyRules() {
        let body = """
            BEGIN:VCALENDAR
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261225
            RRULE:FREQ=YEARLY;COUNT=3
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20240229
            RRULE:FREQ=YEARLY;UNTIL=20321231
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260501
            RRULE:FREQ=YEARLY;INTERVAL=2;UNTIL=20320501
            EXDATE;VALUE=DATE:20280501
            END:VEVENT
            END:VCALENDAR
            """
        let (events, diagnostics) = Self.read(body)
        #expect(diagnostics.isEmpty)
        #expect(events.map(Self.dates) == [
            ["2026-12-25", "2027-12-25", "2028-12-25"],
            ["2024-02-29", "2028-02-29", "2032-02-29"],
            ["2026-05-01", "2030-05-01", "2032-05-01"],
        ])
    }

    @Test("a yearly rule with no end runs to 2199")
    func unboundedRule() {
        let (events, _) = Self.read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nRRULE:FREQ=YEARLY\nEND:VEVENT\nEND:VCALENDAR")
        #expect(events.first?.dates.count == 2199 - 2026 + 1)
        #expect(events.first?.dates.last?.description == "2199-01-01")
    }

    @Test("malformed files give located errors", arguments: [
        ("1️⃣Holidays 2026\n2026-01-01", "not an iCalendar file: expected 'BEGIN:VCALENDAR', found 'Holidays 2026'"),
        ("1️⃣", "not an iCalendar file: it is empty; expected 'BEGIN:VCALENDAR'"),
        ("BEGIN:VCALENDAR\n1️⃣BEGIN:VEVENT\nDTSTART:20260101\n", "'BEGIN:VEVENT' is never closed: missing 'END:VEVENT'"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\n1️⃣END:VCALENDAR\n",
         "expected 'END:VEVENT', found 'END:VCALENDAR'"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:1️⃣2026-01-01\nEND:VEVENT\nEND:VCALENDAR",
         "expected a date like '20261225', found '2026-01-01'"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:1️⃣20260230\nEND:VEVENT\nEND:VCALENDAR",
         "expected a date like '20261225', found '20260230'"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261225\nDTEND:1️⃣20261225\nEND:VEVENT\nEND:VCALENDAR",
         "DTEND 2026-12-25 is not after DTSTART 2026-12-25"),
        ("BEGIN:VCALENDAR\n1️⃣BEGIN:VEVENT\nSUMMARY:No date\nEND:VEVENT\nEND:VCALENDAR", "an event without DTSTART"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nRRULE:1️⃣FREQ=WEEKLY\nEND:VEVENT\nEND:VCALENDAR",
         "only yearly rules (FREQ=YEARLY) are read, found FREQ=WEEKLY; list such dates as events of their own"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nRRULE:1️⃣FREQ=YEARLY;BYMONTH=1\nEND:VEVENT\nEND:VCALENDAR",
         "only yearly rules on the event's own date are read (FREQ=YEARLY with INTERVAL, COUNT or UNTIL); "
            + "'BYMONTH' is not; list such dates as events of their own"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nDURATION:1️⃣PT8H\nEND:VEVENT\nEND:VCALENDAR",
         "expected a whole-day duration like 'P1D' or 'P1W', found 'PT8H'"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\n1️⃣SUMMARY Missing colon\nEND:VEVENT\nEND:VCALENDAR",
         "expected ':' between a property's name and its value"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:1️⃣18000101\nEND:VEVENT\nEND:VCALENDAR",
         "expected a date from 1900-01-01 to 9999-12-31, found '18000101'"),
        // A tiny file cannot close millions of days: an event spans at most 366, a file 200,000.
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:19000101\nDTEND;VALUE=DATE:1️⃣99991231\nEND:VEVENT\n"
            + "END:VCALENDAR", "an all-day event lasts at most 366 days; DTEND 9999-12-31 makes this one 2958463"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nDURATION:1️⃣P400D\nEND:VEVENT\nEND:VCALENDAR",
         "an all-day event lasts at most 366 days; this DURATION is 400"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:19000101\nDURATION:P366D\nRRULE:FREQ=YEARLY\nEND:VEVENT\n"
            + "1️⃣BEGIN:VEVENT\nDTSTART;VALUE=DATE:19000101\nDURATION:P366D\nRRULE:FREQ=YEARLY\nEND:VEVENT\nEND:VCALENDAR",
         "this file closes more than 200000 days: 300 occurrences of 366 days here; shorten the event or its RRULE"),
        ("BEGIN:VCALENDAR\n1️⃣BEGIN:VEVENT\nDTSTART;VALUE=DATE:99991231\nDURATION:P2D\nEND:VEVENT\nEND:VCALENDAR",
         "an event runs past 9999-12-31, the last date the file language allows"),
        // RFC 5545: DTEND and DURATION exclude each other; a property and a rule appear once.
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nDTEND;VALUE=DATE:20261227\n1️⃣DURATION:P1D\n"
            + "END:VEVENT\nEND:VCALENDAR", "an event with both DTEND and DURATION; give one (RFC 5545)"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nDURATION:P1D\n1️⃣DTEND;VALUE=DATE:20261227\n"
            + "END:VEVENT\nEND:VCALENDAR", "an event with both DURATION and DTEND; give one (RFC 5545)"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nDTEND;VALUE=DATE:20261226\n"
            + "1️⃣DTEND;VALUE=DATE:20261227\nEND:VEVENT\nEND:VCALENDAR", "a second DTEND in one event"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nRRULE:FREQ=YEARLY;COUNT=2\n"
            + "1️⃣RRULE:FREQ=YEARLY;COUNT=5\nEND:VEVENT\nEND:VCALENDAR",
         "a second RRULE in one event; a holiday repeats by one yearly rule"),
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\n1️⃣BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261226\n"
            + "END:VEVENT\nEND:VEVENT\nEND:VCALENDAR",
         "an event inside another event: end the first with 'END:VEVENT' before this one"),
    ])
    func malformed(marked: String, message: String) throws {
        let input = MarkedText(marked)
        let (_, diagnostics) = Self.read(input.text)
        let error = try #require(diagnostics.first { $0.isError })
        #expect(error.message == message)
        let place = try #require(input.place)
        #expect(error.location.map { "\($0.lineAndColumn.line):\($0.lineAndColumn.column)" } == place.description)
    }

    @Test("invalid UTF-8 is an error at the byte")
    func invalidUTF8() throws {
        let bytes = Array("BEGIN:VCALENDAR\nSUMMARY:".utf8) + [0xFF] + Array("\nEND:VCALENDAR\n".utf8)
        let (_, diagnostics) = ICalendarReader.read(SourceFile(path: "x.ics", bytes: bytes))
        let error = try #require(diagnostics.first)
        #expect(error.message == "invalid UTF-8: byte 0xFF does not start a valid sequence")
        #expect(error.location?.lineAndColumn.line == 2)
    }

    @Test("a folded value's error points into the continuation line's text")
    func foldedErrorPlace() throws {
        let (_, diagnostics) = Self.read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\n 13\r\n 01\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        let error = try #require(diagnostics.first)
        #expect(error.message == "expected a date like '20261225', found '20261301'")
        #expect(error.location.map { "\($0.lineAndColumn.line):\($0.lineAndColumn.column)" } == "3:9")
    }

    @Test("a byte order mark before BEGIN:VCALENDAR is skipped, as in the other files read")
    func byteOrderMark() {
        let (events, diagnostics) = Self.read(
            "\u{FEFF}BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nEND:VEVENT\nEND:VCALENDAR\n")
        #expect(diagnostics.isEmpty)
        #expect(Self.dates(events.first) == ["2026-12-25"])
    }
}
