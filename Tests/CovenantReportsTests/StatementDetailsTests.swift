import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

/// What a statement shows beside its figures: incident severity, root cause
/// and fix, the contract's contacts, one duration style, a section per
/// support metric.
@Suite("statement details: incidents, contacts, durations, a section per metric")
struct StatementDetailsTests {
    @Test("durations in one style: h, min and s with units, zero parts left out, no days", arguments: [
        (0, "0 s"), (1, "1 s"), (59, "59 s"), (600, "10 min"), (3120, "52 min"), (5400, "1 h 30 min"),
        (8100, "2 h 15 min"), (40_132, "11 h 8 min 52 s"), (115_200, "32 h"), (2_674_800, "743 h"),
        (3_600_000, "1,000 h"), (-90, "-1 min 30 s"),
    ])
    func span(seconds: Int64, text: String) {
        #expect(Formatting.span(seconds) == text)
    }

    @Test("exact durations keep the fraction digits of their seconds", arguments: [
        (26_694, 2, "4 min 26.94 s"), (24_192, 1, "40 min 19.2 s"), (2_592, 0, "43 min 12 s"), (5, 1, "0.5 s"),
        (129_600, 1, "3 h 36 min"),
    ])
    func exactSpan(significand: Int, scale: Int, text: String) {
        #expect(Formatting.span(AllowedDowntime.Quantity(significand: Int128(significand), scale: scale)) == text)
    }

    @Test("SmallMart's February text statement: contacts, P1 with root cause and fix, 52 min, the allowed downtime")
    func text() throws {
        let text = StatementReport.render(try SampleProject.statement("C-2026-014", "2026-02"), format: .text)
        for line in [
            "Contacts: escalation ops@smallmart.example\n",
            "  INC-0205  P1  2026-02-10 09:00 to 2026-02-10 09:52  platform\n    API outage after deploy\n"
                + "    Root cause: Bad configuration pushed to the API tier\n"
                + "    Fix: Rolled back; config validation added to the pipeline\n"
                + "    counted 52 min of 52 min this month\n",
            "  Downtime              52 min\n", "  Allowed downtime      40 min 19.2 s\n",
            "  In service            672 h (28 of 28 days)\n",
        ] {
            #expect(text.contains(line), "missing: \(line)")
        }
    }

    @Test("response and resolution each have their own section; the response section says nothing of resolution")
    func sections() throws {
        let statement = try SampleProject.statement("C-2026-021", "2026-03")
        let text = StatementReport.render(statement, format: .text)
        let response = try #require(text.range(of: "\nResponse time performance\n"))
        let resolution = try #require(text.range(of: "\nResolution time performance\n"))
        #expect(response.upperBound < resolution.lowerBound)
        let responsePart = text[response.upperBound..<resolution.lowerBound]
        #expect(!responsePart.lowercased().contains("resolution"))
        #expect(responsePart.contains("  Average               10 min\n"))
        #expect(text[resolution.upperBound...].contains("      26 h of 2 h on always, deadline 2026-03-30 19:00\n"))
        let markdown = StatementReport.render(statement, format: .md)
        #expect(markdown.contains("## Response time performance\n"))
        #expect(markdown.contains("## Resolution time performance\n"))
        let html = StatementReport.render(statement, format: .html)
        #expect(html.contains("<h2>Response time performance</h2>"))
        #expect(html.contains("<h2>Resolution time performance</h2>"))
    }

    @Test("no sample text, Markdown or HTML statement shows a duration in another style", arguments: [
        "2026-01", "2026-02", "2026-03",
    ])
    func oneStyle(month: String) throws {
        // Old styles: `1920 min`, `3,120 s`, `266.94 s` beside a minute figure, `1h 30m 0s`.
        let others = try NSRegularExpression(pattern: #"\d+h \d+m|\d min\)|\(\d[\d.]* min|[\d,]{5,} s\b"#)
        for statement in try SampleProject.statements(month) {
            for format in [ReportFormat.text, .md, .html] {
                let output = StatementReport.render(statement, format: format)
                for line in output.split(separator: "\n") where !line.contains("Exact") && !line.contains("exactly") {
                    let text = String(line)
                    let found = others.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                    #expect(found == nil, "\(statement.contract.id) \(month) \(format): \(text)")
                }
            }
        }
    }

    @Test("Markdown and HTML carry the severity, root cause, fix and contacts too")
    func otherFormats() throws {
        let statement = try SampleProject.statement("C-2026-014", "2026-02")
        let markdown = StatementReport.render(statement, format: .md)
        #expect(markdown.contains("Contacts: escalation ops@smallmart.example\n"))
        #expect(markdown.contains("| INC-0205 | P1 | 2026-02-10 09:00 | 2026-02-10 09:52 | platform | 52 min |"))
        #expect(markdown.contains("- INC-0205: root cause: Bad configuration pushed to the API tier; fix: Rolled back"))
        let html = StatementReport.render(statement, format: .html)
        #expect(html.contains("Contacts: escalation ops@smallmart.example"))
        for cell in ["<td>P1</td>", "<td>Bad configuration pushed to the API tier</td>"] {
            #expect(html.contains(cell), "missing \(cell)")
        }
    }

    @Test("JSON: schema covenant.statement/2, contacts, each incident's severity, root cause and fix (null if absent)")
    func json() throws {
        let february = try SampleProject.statement("C-2026-014", "2026-02")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(StatementJSON.render(february).utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "covenant.statement/2")
        let contacts = object["contacts"] as? [[String: String]]
        #expect(contacts == [["role": "escalation", "address": "ops@smallmart.example"]])
        let availability = try #require(object["availability"] as? [String: Any])
        let incidents = try #require(availability["incidents"] as? [[String: Any]])
        #expect(incidents[0]["severity"] as? String == "P1")
        #expect(incidents[0]["root_cause"] as? String == "Bad configuration pushed to the API tier")
        #expect(incidents[0]["fix"] as? String == "Rolled back; config validation added to the pipeline")
        #expect(incidents[1]["severity"] as? String == "P4")
        #expect(incidents[1]["root_cause"] is NSNull)
        #expect(incidents[1]["title"] == nil)
        let keys = StatementJSON.render(february).split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .map { $0.split(separator: "\"")[1] }
        #expect(keys == [
            "schema", "contract", "customer", "tier", "month", "timezone", "currency", "contacts", "terms", "charge",
            "invoice", "availability", "credit", "support", "surveys", "skipped_rows", "warnings",
        ])
    }
}
