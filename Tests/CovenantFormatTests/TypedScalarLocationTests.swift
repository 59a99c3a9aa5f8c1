import CovenantFormat
import CovenantTestSupport
import Testing

/// Typed scalars read through the schema reader: a rejected value is an
/// error at that value's line and column, with what was expected.
@Suite("Typed scalars in a document are rejected at their place")
struct TypedScalarLocationTests {
    static let cases: [(String, String)] = [
        ("fee: 1️⃣12abc", "expected a number like '15000.00', found '12abc'"),
        ("fee: 1️⃣1e3", "expected a number like '15000.00', found '1e3'"),
        ("fee: 1️⃣15,000", "expected a number like '15000.00', found '15,000'"),
        ("date: 1️⃣2026-02-30", "expected a date like '2026-01-15', found '2026-02-30'"),
        ("share: 1️⃣99,95%", "expected a percentage like '99.95%', found '99,95%'"),
        ("wait: 1️⃣4 hours", "expected a duration like '4h' or '1h30m', found '4 hours'"),
        ("month: 1️⃣Jan 2026", "expected a month like '2026-01', found 'Jan 2026'"),
        ("at: 1️⃣9am", "expected a time of day like '09:00', found '9am'"),
        ("days: 1️⃣weekdays", "expected a day set like 'mon-fri' or 'mon,wed,fri', found 'weekdays'"),
        ("zone: 1️⃣PST time", "expected an IANA time zone like 'America/Los_Angeles', found 'PST time'"),
        ("id: 1️⃣two words", "expected an identifier (letters, digits, '-', '_', '.'), found 'two words'"),
        ("when: 1️⃣2026-01-15 14:47 PST", "expected an instant like '2026-01-15T14:47:00Z' or '2026-01-15 14:47', found '2026-01-15 14:47 PST'"),
        ("nested:\n  deep:\n    fee: 1️⃣'12abc'", "expected a number like '15000.00', found '12abc'"),
    ]

    @Test("each rejected value is located", arguments: cases)
    func located(marked: String, message: String) throws {
        let input = MarkedText(marked)
        let document = try DocumentParser.parse(SourceFile(path: "t.yaml", text: input.text))
        var reader = SchemaReader(file: document.file)
        var node = document.root
        while let entries = node.entries, let first = entries.first, first.value.entries != nil { node = first.value }
        let entry = try #require(node.entries?.first)
        switch entry.key {
        case "fee": _ = reader.read(entry.value, .decimal)
        case "date": _ = reader.read(entry.value, .date)
        case "share": _ = reader.read(entry.value, .percentage)
        case "wait": _ = reader.read(entry.value, .duration)
        case "month": _ = reader.read(entry.value, .month)
        case "at": _ = reader.read(entry.value, .timeOfDay)
        case "days": _ = reader.read(entry.value, .daySet)
        case "zone": _ = reader.read(entry.value, .timeZoneName)
        case "id": _ = reader.read(entry.value, .identifier)
        default: _ = reader.read(entry.value, .instant)
        }
        let diagnostic = try #require(reader.diagnostics.first)
        let place = try #require(input.places["1️⃣"])
        let (line, column) = try #require(diagnostic.location).lineAndColumn
        #expect("\(line):\(column)" == place.description)
        #expect(diagnostic.message == message)
    }

    @Test("an unknown key is answered with the closest known key")
    func didYouMean() throws {
        let document = try DocumentParser.parse(SourceFile(path: "c.yaml", text: "montly_fee: 10\n"))
        var reader = SchemaReader(file: document.file)
        _ = reader.mapping(document.root, "a contract", optional: ["monthly_fee", "customer"])
        #expect(reader.diagnostics.map(\.rendered) == [
            "c.yaml:1:1: error: unknown key 'montly_fee' in a contract; did you mean 'monthly_fee'?\n  montly_fee: 10\n  ^"
        ])
    }
}
