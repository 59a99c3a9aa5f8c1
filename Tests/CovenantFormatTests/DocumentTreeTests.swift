import CovenantFormat
import Testing

@Suite("Document tree: nodes read from the flat storage")
struct DocumentTreeTests {
    static let text = """
        a: {x: [1, 2], y: }
        b:
          - c: 3
            d: [e]
          -
          - - f
        'g''s': "h\\u00e9"
        i: |
          line
        j: 4
        """

    @Test("the largest file's offsets and node counts fit a record's 28-bit payload")
    func payloadWidth() {
        #expect(DocumentParser.maximumFileSize < 1 << 28)
    }

    @Test("a key after nested collections is found: lookups step over whole subtrees")
    func siblings() throws {
        let root = try parse(Self.text).root
        #expect(root.entries?.map(\.key) == ["a", "b", "g's", "i", "j"])
        #expect(root["j"]?.scalar == "4")
        #expect(root["a"]?["x"]?.items?.map(\.scalar) == ["1", "2"])
        #expect(root["a"]?["y"]?.isNull == true)
        let items = try #require(root["b"]?.items)
        #expect(items.count == 3)
        #expect(items[0]["d"]?.items?.first?.scalar == "e")
        #expect(items[1].isNull)
        #expect(items[2].items?.first?.scalar == "f")
        #expect(root["missing"] == nil)
        #expect(root["j"]?["j"] == nil)
    }

    @Test("escapes are resolved when read, and a key with escapes is found by its text", arguments: [
        ("g's", "hé"), ("i", "line\n"),
    ])
    func decoded(key: String, value: String) throws {
        let root = try parse(Self.text).root
        #expect(root[key]?.scalar == value)
        #expect(root.entries?.first { $0.key == key }?.value.scalar == value)
    }

    @Test("every escape of double quotes, and doubled single quotes, read back", arguments: [
        (#"k: "a\\b\"c\nd\te\rf\0g\u0041""#, "a\\b\"c\nd\te\rf\u{0}gA"),
        ("k: 'it''s ''quoted'''", "it's 'quoted'"),
        (#"k: "\u00e9\u20ac""#, "é€"),
    ])
    func escapes(text: String, value: String) throws {
        #expect(try parse(text).root["k"]?.scalar == value)
    }

    @Test("each scalar style is kept", arguments: [
        ("k: v", Node.ScalarStyle.plain), ("k: 'v'", .singleQuoted), ("k: \"v\"", .doubleQuoted),
        ("k: |\n  v\n", .literal), ("k: >\n  v\n", .folded),
    ])
    func styles(text: String, style: Node.ScalarStyle) throws {
        let node = try #require(try parse(text).root["k"])
        #expect(node.kind == .scalar(style == .literal || style == .folded ? "v\n" : "v", style))
    }

    @Test("nodes are equal when range and content are: across parses, not across edits")
    func equality() throws {
        let first = try parse(Self.text).root
        let second = try parse(Self.text).root
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first["a"] != first["b"])
        let edited = try parse(Self.text.replacingOccurrences(of: "j: 4", with: "j: 5")).root
        #expect(first != edited)
        #expect(first["a"] == edited["a"])
    }

    @Test("a key written with escapes is the same key as a plain one, in small and large mappings")
    func escapedDuplicates() throws {
        #expect(syntaxError("a: 1\n\"\\u0061\": 2")?.message == "duplicate key 'a' (first given on line 1)")
        let keys = (0..<40).map { "k\($0): v" }
        let large = (keys + ["\"k\\u0031\": again"]).joined(separator: "\n")
        #expect(syntaxError(large)?.message == "duplicate key 'k1' (first given on line 2)")
        let escapedFirst = (["'k''1': v"] + keys + ["k'1: again"]).joined(separator: "\n")
        #expect(syntaxError(escapedFirst)?.message == "duplicate key 'k'1' (first given on line 1)")
    }
}
