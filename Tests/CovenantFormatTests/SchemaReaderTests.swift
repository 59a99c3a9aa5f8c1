import CovenantFormat
import CovenantTestSupport
import Testing

/// One schema read: a document with a `1️⃣` where the error must point (or
/// none when the value is accepted), the field's type, and the message.
struct SchemaCase: Sendable, CustomTestStringConvertible {
    enum FieldType: Sendable { case text, identifier, date, duration, businessDuration, month, instant, decimal,
        percentage, count, money }
    var marked: String
    var type: FieldType
    var message: String?
    init(_ marked: String, _ type: FieldType, _ message: String?) {
        self.marked = marked
        self.type = type
        self.message = message
    }
    var testDescription: String { String(reflecting: marked) }
}

/// Reads the field `v` of a one-key mapping (`v` required) with the case's type;
/// the diagnostics and whether a value came back.
func readField(_ document: Document, _ type: SchemaCase.FieldType) -> ([Diagnostic], Bool) {
    var reader = SchemaReader(file: document.file)
    guard let fields = reader.mapping(document.root, "a test", required: ["v"]) else {
        return (reader.diagnostics, false)
    }
    let node = fields.value("v")
    let read: Bool
    switch type {
    case .text: read = node.flatMap { reader.read($0, .text) } != nil
    case .identifier: read = node.flatMap { reader.read($0, .identifier) } != nil
    case .date: read = node.flatMap { reader.read($0, .date) } != nil
    case .duration: read = node.flatMap { reader.read($0, .duration) } != nil
    case .businessDuration: read = node.flatMap { reader.read($0, .businessDuration) } != nil
    case .month: read = node.flatMap { reader.read($0, .month) } != nil
    case .instant: read = node.flatMap { reader.read($0, .instant) } != nil
    case .decimal: read = node.flatMap { reader.read($0, .decimal) } != nil
    case .percentage: read = node.flatMap { reader.read($0, .percentage) } != nil
    case .count: read = node.flatMap { reader.read($0, .count) } != nil
    case .money:
        let money = ScalarType.decimal(
            magnitudeAtMost: DecimalNumber(1_000_000_000_000), allowed: "an amount at most 1,000,000,000,000")
        read = node.flatMap { reader.read($0, money) } != nil
    }
    return (reader.diagnostics, read)
}

func expectSchemaCase(_ schemaCase: SchemaCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let input = MarkedText(schemaCase.marked)
    let document = try DocumentParser.parse(SourceFile(path: "t.yaml", text: input.text))
    let (diagnostics, read) = readField(document, schemaCase.type)
    guard let message = schemaCase.message else {
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))", sourceLocation: sourceLocation)
        #expect(read, sourceLocation: sourceLocation)
        return
    }
    #expect(!read, sourceLocation: sourceLocation)
    #expect(diagnostics.map(\.message) == [message], sourceLocation: sourceLocation)
    let place = try #require(input.place, sourceLocation: sourceLocation)
    let location = try #require(diagnostics.first?.location, sourceLocation: sourceLocation)
    let (line, column) = location.lineAndColumn
    #expect("\(line):\(column)" == place.description, sourceLocation: sourceLocation)
}

@Suite("Schema reader: null is never text, limits are located errors, every check linear")
struct SchemaReaderTests {
    static let quoteIt = "expected text; quote it if you mean the word"

    @Test("an empty value, null or ~ where text is expected is an error; quoted, the word is text", arguments: [
        SchemaCase("v: 1️⃣null", .text, quoteIt),
        SchemaCase("v: 1️⃣Null", .text, quoteIt),
        SchemaCase("v: 1️⃣NULL", .text, quoteIt),
        SchemaCase("v: 1️⃣~", .text, quoteIt),
        SchemaCase("v:1️⃣", .text, quoteIt),
        SchemaCase("v:1️⃣   # nothing here\n", .text, quoteIt),
        SchemaCase("v: 1️⃣null   # the word", .text, quoteIt),
        SchemaCase("v: 'null'", .text, nil),
        SchemaCase("v: \"~\"", .text, nil),
        SchemaCase("v: ''", .text, nil),
        SchemaCase("v: nullable", .text, nil),
        SchemaCase("v: null value", .text, nil),
        SchemaCase("v: |\n  null\n", .text, nil),
        SchemaCase("v: true", .text, nil),
        SchemaCase("v: 1️⃣null", .identifier,
            "expected an identifier (letters, digits, '-', '_', '.'); quote it if you mean the word"),
        SchemaCase("v: 1️⃣~", .identifier, "expected an identifier (letters, digits, '-', '_', '.'), found '~'"),
        SchemaCase("v:1️⃣", .identifier, "expected an identifier (letters, digits, '-', '_', '.'), found nothing"),
        SchemaCase("v: 'null'", .identifier, nil),
        SchemaCase("v: 1️⃣null", .date, "expected a date like '2026-01-15', found 'null'"),
        SchemaCase("v:1️⃣", .date, "expected a date like '2026-01-15', found nothing"),
    ])
    func nullIsNotText(_ schemaCase: SchemaCase) throws { try expectSchemaCase(schemaCase) }

    @Test("text in lists and free-form mappings refuses null words too")
    func nullInCollections() throws {
        let document = try DocumentParser.parse(
            SourceFile(path: "t.yaml", text: "list: [a, ~, 'null', null]\nmap: {ops: Null, dev: x, qa: }\n"))
        var reader = SchemaReader(file: document.file)
        let texts = (document.root["list"]?.items ?? []).map { reader.read($0, .text) }
        #expect(texts == ["a", nil, "null", nil])
        for entry in document.root["map"]?.entries ?? [] { _ = reader.read(entry.value, .text) }
        #expect(reader.diagnostics.map { "\($0.location!.lineAndColumn.column) \($0.message)" } == [
            "11 \(Self.quoteIt)", "22 \(Self.quoteIt)", "12 \(Self.quoteIt)", "29 \(Self.quoteIt)",
        ])
    }

    @Test("an optional field's empty value is as if it were absent; a required one's is read and refused")
    func optionalAndRequired() throws {
        let document = try DocumentParser.parse(SourceFile(path: "t.yaml", text: "a:\nb:\n"))
        var reader = SchemaReader(file: document.file)
        let read = reader.mapping(document.root, "a test", required: ["a"], optional: ["b"])
        let fields = try #require(read)
        #expect(fields.value("b") == nil)
        let a = try #require(fields.value("a"))
        #expect(a.isNull)
        #expect(reader.read(a, .text) == nil)
        #expect(reader.diagnostics.map(\.message) == [Self.quoteIt])
    }

    @Test("value limits of FORMAT.md: durations at most 100 years", arguments: [
        SchemaCase("v: 36500d", .duration, nil),
        SchemaCase("v: 876000h", .duration, nil),
        SchemaCase("v: 875999h60m", .duration, nil),
        SchemaCase("v: 3153600000s", .duration, nil),
        SchemaCase("v: 1️⃣36501d", .duration, "expected a duration at most 100 years (36500d), found '36501d'"),
        SchemaCase("v: 1️⃣876000h1s", .duration, "expected a duration at most 100 years (36500d), found '876000h1s'"),
        SchemaCase("v: 1️⃣9223372036854775807s", .duration,
            "expected a duration at most 100 years (36500d), found '9223372036854775807s'"),
        SchemaCase("v: 1️⃣99999999999999999999999d", .duration,
            "expected a duration at most 100 years (36500d), found '99999999999999999999999d'"),
        SchemaCase("v: 1️⃣99999999999999999999999x", .duration,
            "expected a duration like '4h' or '1h30m', found '99999999999999999999999x'"),
        SchemaCase("v: 36500 business days", .businessDuration, nil),
        SchemaCase("v: 876000 business hours", .businessDuration, nil),
        SchemaCase("v: 52560000 business minutes", .businessDuration, nil),
        SchemaCase("v: 1️⃣36501 business days", .businessDuration,
            "expected a business duration at most 100 years (36500 business days), found '36501 business days'"),
        SchemaCase("v: 1️⃣400000000000000 business days", .businessDuration,
            "expected a business duration at most 100 years (36500 business days), "
                + "found '400000000000000 business days'"),
        SchemaCase("v: 1️⃣876001 business hours", .businessDuration,
            "expected a business duration at most 100 years (876000 business hours), found '876001 business hours'"),
        SchemaCase("v: 1️⃣999999999999999999 business minutes", .businessDuration,
            "expected a business duration at most 100 years (52560000 business minutes), "
                + "found '999999999999999999 business minutes'"),
        SchemaCase("v: 1️⃣99999999999999999999 bdays", .businessDuration,
            "expected a business duration like '2 business days', found '99999999999999999999 bdays'"),
    ])
    func durationLimits(_ schemaCase: SchemaCase) throws { try expectSchemaCase(schemaCase) }

    @Test("value limits of FORMAT.md: dates, months and instants from 1900-01-01 to 9999-12-31", arguments: [
        SchemaCase("v: 1900-01-01", .date, nil),
        SchemaCase("v: 9999-12-31", .date, nil),
        SchemaCase("v: 1️⃣1899-12-31", .date, "expected a date from 1900-01-01 to 9999-12-31, found '1899-12-31'"),
        SchemaCase("v: 1️⃣0000-01-01", .date, "expected a date from 1900-01-01 to 9999-12-31, found '0000-01-01'"),
        SchemaCase("v: 1️⃣1899-02-30", .date, "expected a date like '2026-01-15', found '1899-02-30'"),
        SchemaCase("v: 1900-01", .month, nil),
        SchemaCase("v: 9999-12", .month, nil),
        SchemaCase("v: 1️⃣1899-12", .month, "expected a month from 1900-01 to 9999-12, found '1899-12'"),
        SchemaCase("v: 1900-01-01T00:00:00Z", .instant, nil),
        SchemaCase("v: 9999-12-31T23:59:59Z", .instant, nil),
        SchemaCase("v: 9999-12-31 23:59", .instant, nil),
        SchemaCase("v: 1️⃣1899-12-31T23:59:59Z", .instant,
            "expected an instant from 1900-01-01 to 9999-12-31, found '1899-12-31T23:59:59Z'"),
        SchemaCase("v: 1️⃣1899-12-31 12:00", .instant,
            "expected an instant from 1900-01-01 to 9999-12-31, found '1899-12-31 12:00'"),
        SchemaCase("v: 1️⃣9999-12-31T23:00-08:00", .instant,
            "expected an instant from 1900-01-01 to 9999-12-31, found '9999-12-31T23:00-08:00'"),
        SchemaCase("v: 1️⃣1900-01-01T00:30+01:00", .instant,
            "expected an instant from 1900-01-01 to 9999-12-31, found '1900-01-01T00:30+01:00'"),
        SchemaCase("v: 1️⃣1899-12-31T25:00Z", .instant,
            "expected an instant like '2026-01-15T14:47:00Z' or '2026-01-15 14:47', found '1899-12-31T25:00Z'"),
    ])
    func dateLimits(_ schemaCase: SchemaCase) throws { try expectSchemaCase(schemaCase) }

    @Test("value limits: decimals of at most 18 digits, and a bound for money amounts", arguments: [
        SchemaCase("v: 123456789012345678", .decimal, nil),
        SchemaCase("v: -999_999_999_999_999_999", .decimal, nil),
        SchemaCase("v: 0000000000000000000000001", .decimal, nil),
        SchemaCase("v: 0.123456789012345678", .decimal, nil),
        SchemaCase("v: 1️⃣1234567890123456789", .decimal,
            "expected a number with at most 18 digits, found '1234567890123456789'"),
        SchemaCase("v: 1️⃣92233720368547758070", .decimal,
            "expected a number with at most 18 digits, found '92233720368547758070'"),
        SchemaCase("v: 1️⃣0.0000000000000000001", .decimal,
            "expected a number with at most 18 digits, found '0.0000000000000000001'"),
        SchemaCase(
            "v: 1️⃣99999999999999999999x", .decimal, "expected a number like '15000.00', found '99999999999999999999x'"),
        SchemaCase("v: 1️⃣1234567890123456789%", .percentage,
            "expected a percentage with at most 18 digits, found '1234567890123456789%'"),
        SchemaCase("v: 1️⃣99999999999999999999", .count,
            "expected a number with at most 18 digits, found '99999999999999999999'"),
        SchemaCase("v: 1000000000000", .money, nil),
        SchemaCase("v: -1000000000000.00", .money, nil),
        SchemaCase(
            "v: 1️⃣1000000000000.01", .money, "expected an amount at most 1,000,000,000,000, found '1000000000000.01'"),
        SchemaCase(
            "v: 1️⃣-1000000000001", .money, "expected an amount at most 1,000,000,000,000, found '-1000000000001'"),
        SchemaCase(
            "v: 1️⃣50000000000000000", .money, "expected an amount at most 1,000,000,000,000, found '50000000000000000'"),
        SchemaCase("v: 1️⃣999999999999999999999", .money,
            "expected a number with at most 18 digits, found '999999999999999999999'"),
        SchemaCase("v: 1️⃣12abc", .money, "expected a number like '15000.00', found '12abc'"),
    ])
    func decimalLimits(_ schemaCase: SchemaCase) throws { try expectSchemaCase(schemaCase) }

    @Test("a free-form mapping of 200,000 keys is read in linear time")
    func freeFormMapping() throws {
        let count = 200_000
        let text = "contacts:\n" + (0..<count).map { "  person\($0): p\($0)@example.com\n" }.joined()
        let clock = ContinuousClock()
        let start = clock.now
        let document = try DocumentParser.parse(SourceFile(path: "c.yaml", text: text))
        var reader = SchemaReader(file: document.file)
        let node = try #require(document.root["contacts"])
        let keys = (node.entries ?? []).map(\.key)
        let read = reader.mapping(node, "contacts", optional: keys)
        let fields = try #require(read)
        #expect(fields.entries.count == count)
        #expect(reader.diagnostics.isEmpty)
        // Quadratic key checks would take hours here; linear ones well under a second in release.
        #expect(clock.now - start < .seconds(30))
    }

    @Test("50,000 unknown keys are each reported, with suggestions, in linear time")
    func manyUnknownKeys() throws {
        let text = (0..<50_000).map { "custmer\($0): x\n" }.joined() + "customr: y\n"
            + "k" + String(repeating: "x", count: 1000) + ": z\n"
        let clock = ContinuousClock()
        let start = clock.now
        let document = try DocumentParser.parse(SourceFile(path: "c.yaml", text: text))
        var reader = SchemaReader(file: document.file)
        _ = reader.mapping(document.root, "a contract", required: ["customer"], optional: ["tier", "region"])
        #expect(reader.diagnostics.count == 50_003)
        #expect(reader.diagnostics[50_000].message == "unknown key 'customr' in a contract; did you mean 'customer'?")
        #expect(reader.diagnostics[50_000].location.map { "\($0.lineAndColumn)" } == "(line: 50001, column: 1)")
        #expect(reader.diagnostics[50_001].message.hasSuffix("in a contract"))
        let rendered = reader.diagnostics.map(\.rendered)
        #expect(rendered[49_999].hasPrefix("c.yaml:50000:1: error: unknown key 'custmer49999' in a contract"))
        #expect(clock.now - start < .seconds(30))
    }

    @Test("the closest key: within a third of the word's length, lengths far apart skipped", arguments: [
        ("montly_fee", "monthly_fee"), ("Customer", "customer"), ("tiers", "tier"), ("xyz", nil),
        (String(repeating: "customer", count: 100), nil),
    ] as [(String, String?)])
    func closest(word: String, expected: String?) {
        #expect(SchemaReader.closest(to: word, among: ["customer", "monthly_fee", "tier"]) == expected)
    }
}
