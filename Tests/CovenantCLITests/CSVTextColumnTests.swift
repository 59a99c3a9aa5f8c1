import CovenantReports
import Foundation
import Testing

/// CSV for spreadsheets and programs at once: text columns quoted whatever
/// they hold, numbers bare, money with its currency's decimals, null empty.
@Suite("CSV: text columns stay text, money keeps its decimals")
struct CSVTextColumnTests {
    /// A reader that types fields the way quote-aware importers do: a quoted
    /// field is text, an unquoted one a number when it reads as one.
    static func typed(_ line: Substring) -> [(text: String, quoted: Bool)] {
        var fields: [(String, Bool)] = []
        var current = "", quoted = false, inQuotes = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" {
                        current.append("\"")
                        characters.removeFirst()
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
                quoted = true
            } else if character == "," {
                fields.append((current, quoted))
                current = ""
                quoted = false
            } else {
                current.append(character)
            }
        }
        fields.append((current, quoted))
        return fields
    }

    @Test("the statement CSV: versions, ids, months and the exact fraction quoted; money 2 decimals, bare")
    func statement() throws {
        let result = CLIHarness.run(["statement", "--month", "2026-03", "--format", "csv", "--out", "-"])
        #expect(result.code == 0)
        let lines = result.out.split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let globex = try #require(lines.first { $0.hasPrefix("\"C-2026-021\"") })
        let fields = Self.typed(globex)
        #expect(fields.count == header.count)
        func field(_ name: String) throws -> (text: String, quoted: Bool) {
            fields[try #require(header.firstIndex(of: name))]
        }
        for (name, value) in [
            ("contract", "C-2026-021"), ("customer", "Globex Corporation"), ("month", "2026-03"),
            ("catalog_version", "2026.1"), ("uptime_exact", "2554200/2669400"), ("applied_to", "2026-04"),
        ] {
            #expect(try field(name) == (value, true), "\(name)")
        }
        for (name, value) in [
            ("charge", "75000.00"), ("credit_amount", "37500.00"), ("forfeited", "0.00"), ("uptime_percent", "95.6844"),
            ("downtime_seconds", "115200"), ("met", "false"),
        ] {
            #expect(try field(name) == (value, false), "\(name)")
        }
        // A null stays an empty, unquoted field.
        let smallmart = Self.typed(try #require(lines.first { $0.hasPrefix("\"C-2026-014\"") }))
        #expect(smallmart[try #require(header.firstIndex(of: "applied_to"))] == ("", false))
    }

    @Test("a text field with quotes and commas is quoted once, its quotes doubled; an empty text field is bare")
    func primitive() {
        let line = CSV.record(["Acme \"X\", Inc", "2026.1", "", "12.50"], textColumns: [0, 1, 2])
        #expect(line == "\"Acme \"\"X\"\", Inc\",\"2026.1\",,12.50\n")
        #expect(Self.typed(line.dropLast()).map(\.text) == ["Acme \"X\", Inc", "2026.1", "", "12.50"])
    }

    @Test("the budget CSV quotes its month, phase and status; amounts keep two decimals")
    func budget() throws {
        let result = CLIHarness.run(["budget", "Scenarios/staffing/base.yaml", "--format", "csv"])
        #expect(result.code == 0)
        let row = Self.typed(result.out.split(separator: "\n")[1])
        #expect(row[0] == ("2026-01", true))
        #expect(row.last! == ("ok", true))
        #expect(row[5] == ("22500.00", false))
    }
}
