import CovenantFormat
import Testing

/// One rejected input: text with a `1️⃣` where the error must point, and the message.
struct Rejection: Sendable, CustomTestStringConvertible {
    var marked: String
    var message: String
    init(_ marked: String, _ message: String) {
        self.marked = marked
        self.message = message
    }
    var testDescription: String { String(reflecting: marked) }
}

@Suite("Document parser: what it rejects, each with a located error (FORMAT.md)")
struct DocumentParserRejectionTests {
    static let tabWhitespace =
        "tab used as whitespace; only spaces are allowed outside quotes, comments and block scalars"
    static let unterminatedSingle = "unterminated single-quoted scalar: no closing \"'\" in the rest of the file"
    static let unterminatedDouble = "unterminated double-quoted scalar: no closing '\"' in the rest of the file"
    static let pairInSequence = "a 'key: value' pair inside a flow sequence must be in braces: '{key: value}'"
    static func closesOn(_ quote: String, _ line: Int) -> String {
        "a \(quote)-quoted scalar must close on the line it opens; this one closes on line \(line)"
    }
    static let multilinePlain =
        "a plain scalar cannot continue on the next line; quote it or use a block scalar ('|' or '>')"

    @Test("tabs in indentation and as whitespace", arguments: [
        Rejection("a:\n1️⃣\tb: 1", "tab in indentation; indent with spaces"),
        Rejection("a:\n  1️⃣\tb: 1", "tab in indentation; indent with spaces"),
        Rejection("a: 1\n1️⃣\t\nb: 2", "tab in indentation; indent with spaces"),
        Rejection("a:1️⃣\tb", tabWhitespace),
        Rejection("a: b1️⃣\tc", tabWhitespace),
        Rejection("a: b1️⃣\t# comment", tabWhitespace),
        Rejection("-1️⃣\ta", tabWhitespace),
        Rejection("- 1️⃣\ta", tabWhitespace),
        Rejection("a: [x,1️⃣\ty]", tabWhitespace),
    ])
    func tabs(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("anchors, aliases, tags and directives", arguments: [
        Rejection("a: 1️⃣&anchor value", "anchors are not supported: '&anchor'"),
        Rejection("1️⃣&k key: 1", "anchors are not supported: '&k'"),
        Rejection("base: 1\ntier: 1️⃣*base", "aliases are not supported: '*base'"),
        Rejection("a: [x, 1️⃣*y]", "aliases are not supported: '*y'"),
        Rejection("- 1️⃣*item", "aliases are not supported: '*item'"),
        Rejection("a: 1️⃣!!str 1", "tags are not supported: '!!str'"),
        Rejection("a: 1️⃣!local x", "tags are not supported: '!local'"),
        Rejection("1️⃣%YAML 1.2\n---\na: 1", "directives are not supported: '%YAML 1.2'"),
        Rejection("a: 1\n1️⃣%TAG ! tag:x", "directives are not supported: '%TAG ! tag:x'"),
    ])
    func yamlFeatures(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("documents: one '---' at the start, no '...', nothing after '---'", arguments: [
        Rejection("a: 1\n1️⃣...\n", "the document end marker '...' is not allowed"),
        Rejection("a: 1\n1️⃣---\nb: 2", "a second document ('---') is not allowed; a file holds one document"),
        Rejection("---\n# c\n1️⃣---\n", "a second document ('---') is not allowed; a file holds one document"),
        Rejection("--- 1️⃣a: 1", "nothing but a comment may follow '---' on its line"),
    ])
    func documents(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("complex keys, duplicate keys, missing colons and keys", arguments: [
        Rejection("1️⃣? a\n: b", "complex keys ('? ') are not supported; write 'key: value'"),
        Rejection("a: 1️⃣? b", "complex keys ('? ') are not supported; write 'key: value'"),
        Rejection("- 1️⃣? b", "complex keys ('? ') are not supported; write 'key: value'"),
        Rejection("a: 1\nb: 2\n1️⃣a: 3", "duplicate key 'a' (first given on line 1)"),
        Rejection("a: 1\n1️⃣'a': 2", "duplicate key 'a' (first given on line 1)"),
        Rejection("m:\n  x: 1\n  y:\n    x: 2\n  1️⃣x: 3", "duplicate key 'x' (first given on line 2)"),
        Rejection("- k: 1\n  1️⃣k: 2", "duplicate key 'k' (first given on line 1)"),
        Rejection("a: {k: 1, 1️⃣\"k\": 2}", "duplicate key 'k' (first given on line 1)"),
        Rejection("a: 1\n1️⃣just text\n", "expected 'key: value'; this line has no ':' after its key"),
        Rejection("a: 1\n1️⃣b:c", "expected 'key: value'; this line has no ':' after its key"),
        Rejection("a: 1\n1️⃣'quoted' text", "expected 'key: value'; this line has no ':' after its key"),
        Rejection("1️⃣: value", "a ':' with no key before it"),
        Rejection("1️⃣title Acme\nb: 1", "expected 'key: value'; this line has no ':' after its key"),
        Rejection("# header\n1️⃣first line\nsecond: 2", "expected 'key: value'; this line has no ':' after its key"),
    ])
    func keys(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("multi-line plain scalars and multi-line or unterminated flow collections", arguments: [
        Rejection("a: first line\n  1️⃣second line", multilinePlain),
        Rejection("- item\n  1️⃣continued", multilinePlain),
        Rejection("a:\n  value\n  1️⃣more", multilinePlain),
        Rejection("text\n1️⃣more", multilinePlain),
        Rejection("a: 1️⃣[x,\n  y]\n", "flow sequence must be closed on the line it opens"),
        Rejection("a: 1️⃣{x: 1, # comment\n  y: 2}", "flow mapping must be closed on the line it opens"),
        Rejection("a: 1️⃣[x, y", "unterminated flow sequence: missing ']'"),
        Rejection("a: 1️⃣{x: 1\n", "unterminated flow mapping: missing '}'"),
        Rejection("a: {x: [p, q1️⃣}", "expected ',' or ']' in flow sequence"),
    ])
    func multiline(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("bad indentation and sequence items at the wrong column", arguments: [
        Rejection("a: 'x'\n  1️⃣b: 1", "bad indentation: expected this line at column 1"),
        Rejection("a: plain\n  1️⃣b: 1", "bad indentation: expected this line at column 1"),
        Rejection("a:\n    b: 1\n  1️⃣c: 2", "bad indentation: expected this line at column 1 or 5"),
        Rejection("a:\n  b:\n    c:\n      d: 1\n 1️⃣e: 2", "bad indentation: expected this line at column 1 or 3"),
        Rejection("  a: 1\n1️⃣b: 2", "bad indentation: expected this line at column 3"),
        Rejection("a: |\n  text\n # comment\n  1️⃣more", "bad indentation: expected this line at column 1"),
        Rejection("a:\n  - x\n 1️⃣- y", "sequence item at the wrong column; expected column 3"),
        Rejection("a:\n  - x\n    1️⃣- y", "sequence item at the wrong column; expected column 3"),
        Rejection("- a\n   1️⃣- b", "sequence item at the wrong column; expected column 1"),
        Rejection("a:\n  - x\n  1️⃣b: 1", "expected a sequence item ('- ') at this indentation"),
        Rejection("a: 1\n1️⃣- b", "expected a mapping key at this indentation, found a sequence item ('- ')"),
        Rejection("a: 1️⃣- b", "a block sequence cannot start on the line of its key; put '- ' items on the following lines"),
        Rejection("a: b1️⃣: c", "': ' is not allowed inside a plain value; quote the value"),
        Rejection("- a: b1️⃣: c", "': ' is not allowed inside a plain value; quote the value"),
        Rejection("'text'\n1️⃣more: x", "unexpected content after the document's top-level value"),
    ])
    func indentation(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("quotes and escapes", arguments: [
        Rejection("a: 1️⃣'open", unterminatedSingle),
        Rejection("a: 1️⃣\"open\nb: 1", unterminatedDouble),
        Rejection("a: 1️⃣'it''s\nb: 1 # it''s", unterminatedSingle),
        Rejection("a: 1️⃣\"x\\\"\nb: \\\"", unterminatedDouble),
        Rejection("a: \"x1️⃣\\q\"", #"invalid escape '\q'; allowed: \\ \" \n \t \r \0 \uXXXX"#),
        Rejection("a: \"1️⃣\\x41\"", #"invalid escape '\x'; allowed: \\ \" \n \t \r \0 \uXXXX"#),
        Rejection("a: \"1️⃣\\/\"", #"invalid escape '\/'; allowed: \\ \" \n \t \r \0 \uXXXX"#),
        Rejection("a: \"1️⃣\\u12\"", #"invalid escape '\u12'; allowed: \\ \" \n \t \r \0 \uXXXX"#),
        Rejection("a: \"1️⃣\\uD800\"", #"invalid escape '\uD800'; allowed: \\ \" \n \t \r \0 \uXXXX"#),
        Rejection("a: \"1️⃣\\é\"", #"invalid escape '\é'; allowed: \\ \" \n \t \r \0 \uXXXX"#),
        Rejection("a: 'x'1️⃣y", "unexpected text after the value"),
        Rejection("a: \"x\"1️⃣# glued comment", "unexpected text after the value"),
        Rejection("a: [x] 1️⃣y", "unexpected text after the value"),
    ])
    func quotes(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("characters and control characters", arguments: [
        Rejection("a: 'x1️⃣\u{07}y'", "control character U+0007 is not allowed (only tab, line feed and carriage return)"),
        Rejection("a: \"1️⃣\u{1B}[0m\"", "control character U+001B is not allowed (only tab, line feed and carriage return)"),
        Rejection("a: x1️⃣\u{00}", "control character U+0000 is not allowed (only tab, line feed and carriage return)"),
        Rejection("# c1️⃣\u{7F}\na: 1", "control character U+007F is not allowed (only tab, line feed and carriage return)"),
        Rejection("a: 'x1️⃣\u{9B}'", "control character U+009B is not allowed (only tab, line feed and carriage return)"),
        Rejection("a: x1️⃣\u{FFFE}", "control character U+FFFE is not allowed (only tab, line feed and carriage return)"),
        Rejection("a: x1️⃣\u{85}y", "U+0085 is not allowed: YAML 1.1 readers take it as a line break"),
        Rejection("a: 'x1️⃣\u{2028}y'", "U+2028 is not allowed: YAML 1.1 readers take it as a line break"),
        Rejection("a: 11️⃣\rb: 2", "carriage return not followed by a line feed; use LF or CRLF line endings"),
        Rejection("a: 1️⃣@x", "a value cannot start with '@'; quote it"),
        Rejection("a: 1️⃣`x`", "a value cannot start with '`'; quote it"),
        Rejection("a: 1️⃣%x", "a value cannot start with '%'; quote it"),
        Rejection("a: 1️⃣,x", "a value cannot start with ','; quote it"),
        Rejection("a: 1️⃣]", "a value cannot start with ']'; quote it"),
        Rejection("a: [x,1️⃣,y]", "a value cannot start with ','; quote it"),
        Rejection("a: 1️⃣=", "'=' has a special meaning in YAML 1.1; quote it"),
        Rejection("1️⃣<<: {a: 1}", "'<<' has a special meaning in YAML 1.1; quote it"),
    ])
    func characters(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("flow collections hold scalars and flow collections, with scalar keys, on one line", arguments: [
        Rejection("a: [1️⃣k: v]", pairInSequence),
        Rejection("a: [x, {k: [1️⃣'y': z]}]", pairInSequence),
        Rejection("a: [1️⃣-]", "a '-' alone is not a value inside a flow collection; quote it"),
        Rejection("a: [x, 1️⃣- y]", "a '-' alone is not a value inside a flow collection; quote it"),
        Rejection("a: {k: 1️⃣-}", "a '-' alone is not a value inside a flow collection; quote it"),
        Rejection("a: {1️⃣[k]: v}", "a flow collection cannot be a key"),
        Rejection("a: {k: {1️⃣{x: y}: z}}", "a flow collection cannot be a key"),
        Rejection("a: [1️⃣[k]: v]", "a flow collection cannot be a key"),
        Rejection("1️⃣[k]: v", "a flow collection cannot be a key"),
        Rejection("a: {k: [v]1️⃣: w}", "': ' is not allowed inside a plain value; quote the value"),
        Rejection("a: [x, [y, {z: 1} 1️⃣w]]", "expected ',' or ']' in flow sequence"),
        Rejection("a: {k: [x, y1️⃣}]", "expected ',' or ']' in flow sequence"),
        Rejection("a: [{k: v1️⃣]}", "expected ',' or '}' in flow mapping"),
        Rejection("a: {k: [x, 1️⃣[y, # comment\n  z]]}", "flow sequence must be closed on the line it opens"),
        Rejection("a: [x, 1️⃣{y: z", "unterminated flow mapping: missing '}'"),
        Rejection("a: {k: 1, 1️⃣k: [2]}", "duplicate key 'k' (first given on line 1)"),
        Rejection("a: {k: {x: 1, 1️⃣x: 2}, x: 3}", "duplicate key 'x' (first given on line 1)"),
        Rejection("a: ['x' 1️⃣y]", "expected ',' or ']' in flow sequence"),
        Rejection("a: {k: 'x' 1️⃣y}", "expected ',' or '}' in flow mapping"),
        Rejection("a: {k1️⃣}", "expected ': ' after the key in flow mapping"),
        Rejection("a: {k:v1️⃣}", "expected ': ' after the key in flow mapping"),
        Rejection("a: {\"k\"1️⃣:v}", "expected ': ' after the key in flow mapping"),
        Rejection("a: {k: v1️⃣: w}", "': ' is not allowed inside a plain value; quote the value"),
    ])
    func flow(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("constructs YAML libraries disagree on (FORMAT.md): quotes closed on a later line", arguments: [
        Rejection("a: 1️⃣'open\n  more'", closesOn("single", 2)),
        Rejection("a: 1️⃣\"open\n  more\"", closesOn("double", 2)),
        Rejection("a: 1\nb: 1️⃣'it''s\n\n  it''s'\n", closesOn("single", 4)),
        Rejection("- 1️⃣\"say \\\"hi\\\"\n  now\"", closesOn("double", 2)),
        Rejection("a: 1️⃣\"ends in a backslash\\\n\"", closesOn("double", 2)),
        Rejection("1️⃣'multi\n  line key': 1", closesOn("single", 2)),
        Rejection("a: [x, 1️⃣'y\n  z']", closesOn("single", 2)),
    ])
    func quoteOnLaterLine(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("constructs YAML libraries disagree on: content on the '---' line", arguments: [
        Rejection("--- 1️⃣a: 1", "nothing but a comment may follow '---' on its line"),
        Rejection("--- 1️⃣[a, b]", "nothing but a comment may follow '---' on its line"),
        Rejection("--- 1️⃣|\n  text", "nothing but a comment may follow '---' on its line"),
        Rejection("# head\n---   1️⃣text # comment", "nothing but a comment may follow '---' on its line"),
        Rejection("--- 1️⃣'quoted'", "nothing but a comment may follow '---' on its line"),
    ])
    func contentOnDocumentStart(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("constructs YAML libraries disagree on: an empty key", arguments: [
        Rejection("1️⃣: a", "a ':' with no key before it"),
        Rejection("a:\n  1️⃣: b", "a ':' with no key before it"),
        Rejection("a: 1\n1️⃣:\n", "a ':' with no key before it"),
        Rejection("- 1️⃣: a", "a ':' with no key before it"),
        Rejection("a: {1️⃣: b}", "a ':' with no key before it"),
        Rejection("a: {x: 1, 1️⃣:}", "a ':' with no key before it"),
        Rejection("a: [1️⃣: b]", "a ':' with no key before it"),
    ])
    func emptyKey(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("constructs YAML libraries disagree on: a tab after a value", arguments: [
        Rejection("a: b1️⃣\t", tabWhitespace),
        Rejection("a: 'b'1️⃣\t", tabWhitespace),
        Rejection("a: \"b\"1️⃣\t\nc: 1", tabWhitespace),
        Rejection("a: [b]1️⃣\t", tabWhitespace),
        Rejection("a: {k: v}1️⃣\t# comment", tabWhitespace),
        Rejection("- x1️⃣\t", tabWhitespace),
        Rejection("a: [b1️⃣\t]", tabWhitespace),
        Rejection("a: |1️⃣\t\n  text", tabWhitespace),
    ])
    func tabAfterValue(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    static let colonStart = "a plain scalar inside a flow collection cannot start with ':'; quote it"
    static let questionMark = "a plain scalar inside a flow collection cannot hold '?'; quote it"

    @Test("constructs YAML libraries disagree on: ':' or '?' in plain scalars inside flow collections", arguments: [
        Rejection("a: [1️⃣:x]", colonStart),
        Rejection("a: [x, 1️⃣::]", colonStart),
        Rejection("a: {k: 1️⃣:x}", colonStart),
        Rejection("a: {1️⃣:k: v}", colonStart),
        Rejection("a: [x, {k: [1️⃣:deep]}]", colonStart),
        Rejection("a: [a1️⃣?string]", questionMark),
        Rejection("a: [x1️⃣?y]", questionMark),
        Rejection("a: [1️⃣?x]", questionMark),
        Rejection("a: {k: v1️⃣?}", questionMark),
        Rejection("a: {a1️⃣?b: c}", questionMark),
        Rejection("a: {k: [x, what 1️⃣?]}", questionMark),
        Rejection("a: [1️⃣? x]", "complex keys ('? ') are not supported; write 'key: value'"),
    ])
    func flowPlainIndicators(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    static func key(_ key: String, _ reading: String) -> Rejection {
        Rejection("a: 1\n1️⃣\(key): x", "YAML reads the key '\(key)' as \(reading), not as text; quote it")
    }

    @Test("a plain key YAML 1.2 reads as null, a boolean or a number must be quoted", arguments:
        ["null", "Null", "NULL", "~"].map { key($0, "null") }
        + ["true", "True", "TRUE", "false", "False", "FALSE"].map { key($0, "a boolean") }
        + [
            "0", "1", "01", "-1", "+12", "0x1", "0xFF", "0xab", "0o7", "0o17", "1.5", "1.", ".5", "-.5", "+1.5e3",
            "1e3", "1E-3", "6.02e+23", ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN",
        ].map { key($0, "a number") }
    )
    func keysThatAreNotText(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("the same keys are checked in every kind of mapping", arguments: [
        Rejection("1️⃣true: x", "YAML reads the key 'true' as a boolean, not as text; quote it"),
        Rejection("a:\n  b:\n    1️⃣~: x", "YAML reads the key '~' as null, not as text; quote it"),
        Rejection("- 1️⃣1: x", "YAML reads the key '1' as a number, not as text; quote it"),
        Rejection("a: {x: 1, 1️⃣0x1F: y}", "YAML reads the key '0x1F' as a number, not as text; quote it"),
        Rejection("a: [{k: {1️⃣null: v}}]", "YAML reads the key 'null' as null, not as text; quote it"),
        Rejection("1️⃣1.5 : x", "YAML reads the key '1.5' as a number, not as text; quote it"),
    ])
    func keysInEveryMapping(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("keys that look close to those words are text", arguments: [
        "'null': x", "\"true\": x", "'1': x", "nullable: x", "truely: x", "nan: x", "inf: x", "1e: x", "1.2.3: x",
        "0x: x", "0o8: x", "0xG: x", "-0x1: x", "e3: x", "+: x", ".: x", "..5: x", "1_000: x", "yes: x", "no: x",
        "on: x", "off: x", "2026-01-15: x", "2026-01: x", "12:30: x", "1h: x", "99.5%: x", "~x: x", "tRUE: x",
        "a: {'~': 1, 'true': 2, '0': 3}",
    ])
    func keysThatAreText(text: String) throws {
        #expect(syntaxError(text) == nil)
    }

    @Test("block scalar headers and indentation", arguments: [
        Rejection("a: |1️⃣x\n  text", "invalid block scalar header; expected '|' or '>' with optional '-', '+' or an indentation digit 1-9"),
        Rejection("a: |1️⃣0\n  text", "invalid block scalar header; expected '|' or '>' with optional '-', '+' or an indentation digit 1-9"),
        Rejection("a: >-1️⃣+\n  text", "invalid block scalar header; expected '|' or '>' with optional '-', '+' or an indentation digit 1-9"),
        Rejection("a: |1️⃣#c\n  text", "invalid block scalar header; expected '|' or '>' with optional '-', '+' or an indentation digit 1-9"),
        Rejection("a: | 1️⃣x\n  text", "unexpected text after the value"),
        Rejection("a: |\n  1️⃣  \n  text", "a leading empty line of a block scalar is indented deeper than its first text line"),
    ])
    func blockScalars(_ rejection: Rejection) { expectRejection(rejection.marked, rejection.message) }

    @Test("invalid UTF-8 points at the bad byte", arguments: [
        ([0x61, 0x3A, 0x20, 0xFF], 1, 4, 0xFF as UInt8),
        ([0x61, 0x3A, 0x20, 0x27, 0xC3, 0x28, 0x27], 1, 5, 0xC3),  // lead byte without its continuation
        ([0x61, 0x3A, 0x20, 0x31, 0x0A, 0x62, 0x3A, 0x20, 0x80], 2, 4, 0x80),  // stray continuation byte
        ([0x61, 0x3A, 0x20, 0xC0, 0xAF], 1, 4, 0xC0),  // overlong encoding of '/'
        ([0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80], 1, 4, 0xED),  // a UTF-16 surrogate
        ([0x61, 0x3A, 0x20, 0xE2, 0x82], 1, 4, 0xE2),  // truncated at the end of the file
        ([0x61, 0x3A, 0x20, 0xF4, 0x90, 0x80, 0x80], 1, 4, 0xF4),  // above U+10FFFF
    ] as [([UInt8], Int, Int, UInt8)])
    func invalidUTF8(bytes: [UInt8], line: Int, column: Int, byte: UInt8) throws {
        let error = try #require(syntaxError(bytes: bytes))
        #expect(error == .invalidUTF8(error.location, byte: byte))
        #expect(error.location.lineAndColumn == (line, column))
    }

    @Test("the rendered diagnostic: path:line:col: error: message, the line, a caret")
    func rendered() throws {
        let file = SourceFile(path: "Contracts/acme.yaml", text: "contract: C-1\noverrides:\n  uptime: *base\n")
        var caught: SyntaxError?
        do { _ = try DocumentParser.parse(file) } catch { caught = error }
        let error = try #require(caught)
        #expect(
            error.diagnostic.rendered == """
                Contracts/acme.yaml:3:11: error: aliases are not supported: '*base'
                    uptime: *base
                            ^
                """)
        #expect(error.diagnostic.severity == .error)
    }
}

@Suite("Source checks: every byte value, at every place of a wide scan")
struct SourceByteTests {
    /// Tab and the printable ASCII characters may appear in a comment; line
    /// breaks change the structure and are tested elsewhere.
    static func isAllowed(_ byte: UInt8) -> Bool { byte == 0x09 || (0x20...0x7E).contains(byte) }

    @Test("a byte in a long comment is accepted or rejected at its own offset", arguments: 0...255)
    func byteInLongLine(value: Int) {
        let byte = UInt8(value)
        guard byte != 0x0A && byte != 0x0D else { return }
        // The validator checks 32 and 8 bytes at a time: try each offset of two 32-byte blocks.
        let prefix = Array("a: 1\n# ".utf8)
        for offset in 0..<64 {
            var bytes = prefix + [UInt8](repeating: 0x78, count: 80) + [0x0A]
            bytes[prefix.count + offset] = byte
            let error = syntaxError(bytes: bytes)
            if Self.isAllowed(byte) {
                #expect(error == nil, "byte \(value) at \(offset)")
            } else {
                #expect(error?.location.range.start == prefix.count + offset, "byte \(value) at \(offset)")
            }
        }
    }
}

@Suite("Source checks run ahead of the parser: a bad byte anywhere wins over a syntax error")
struct SourceCheckOrderTests {
    /// About 300 KB of valid lines: several of the validator's 64 KB blocks.
    static let filler = (0..<10_000).map { "k\($0): some value \($0)" }.joined(separator: "\n") + "\n"

    static func offset(of marker: String, in text: String) -> Int {
        text.utf8.count - text.components(separatedBy: marker).last!.utf8.count - marker.utf8.count
    }

    @Test("a syntax error on line 1 and a control character 300 KB later: the control character is reported")
    func controlAfterSyntaxError() throws {
        let text = "a: [unclosed\n" + Self.filler + "z: 'x\u{07}'\n"
        let error = try #require(syntaxError(text))
        #expect(error.message.hasPrefix("control character U+0007"))
        #expect(error.location.range.start == Self.offset(of: "\u{07}", in: text))
    }

    @Test("a bad byte deep inside a long block scalar, past the first blocks, is reported", arguments: [
        ("\u{1B}", "control character U+001B"), ("\r", "carriage return not followed by a line feed"),
    ])
    func badByteInBlockScalar(bad: String, message: String) throws {
        let body = (0..<10_000).map { "  line \($0) of the clause" }.joined(separator: "\n")
        let text = "clause: |\n" + body + "\n  tail " + bad + " text\nnext: 1\n"
        let error = try #require(syntaxError(text))
        #expect(error.message.hasPrefix(message))
        #expect(error.location.range.start == Self.offset(of: bad, in: text))
    }

    @Test("invalid UTF-8 in the last line, without a final line feed, is reported")
    func invalidAtEnd() throws {
        var bytes = Array(Self.filler.utf8) + Array("z: x".utf8)
        bytes.append(0xFF)
        let error = try #require(syntaxError(bytes: bytes))
        #expect(error.location.range.start == bytes.count - 1)
    }

    @Test("a large valid file parses whole")
    func validLarge() throws {
        let root = try parse(Self.filler + "last: 1").root
        #expect(root.entries?.count == 10_001)
        #expect(root["last"]?.scalar == "1")
    }
}
