import CovenantFormat
import Testing

@Suite("Document parser: what the language has (FORMAT.md)")
struct DocumentParserTests {
    @Test("comments: at line start, after a space, never inside a scalar that glues '#'")
    func comments() throws {
        let text = "# head\na: 1 # trailing\n   # indented comment\nb: x#y\nc: 'q # not a comment'\n# tail"
        #expect(try json(text) == #"{"a":"1","b":"x#y","c":"q # not a comment"}"#)
    }

    @Test("block mapping with plain and quoted keys")
    func blockMapping() throws {
        let text = "tier: professional\n'a b': 1\n\"c\\td\": 2\nplain key : 3\n'': empty key\n"
        #expect(try json(text) == #"{"tier":"professional","a b":"1","c\td":"2","plain key":"3","":"empty key"}"#)
    }

    @Test("nested mappings at any consistent indentation")
    func nestedMappings() throws {
        let text = "a:\n  b:\n       c: 1\n       d: 2\n  e: 3\nf:\n    g: 4\n"
        #expect(try json(text) == #"{"a":{"b":{"c":"1","d":"2"},"e":"3"},"f":{"g":"4"}}"#)
    }

    @Test("block sequences of scalars, of mappings and of sequences")
    func blockSequences() throws {
        let text = """
            dates:
              - 2026-01-15
              - 2026-01-16
            people:
              - name: Ada
                role: lead
              - name: Bob
            grid:
              - - a
                - b
              -
                - c
            """
        #expect(
            try json(text)
                == #"{"dates":["2026-01-15","2026-01-16"],"people":[{"name":"Ada","role":"lead"},{"name":"Bob"}],"grid":[["a","b"],["c"]]}"#
        )
    }

    @Test("a sequence at the same indentation as its key")
    func indentlessSequence() throws {
        let text = "key:\n- a\n- b: 1\n  c: 2\n- - d\nnext: 1\nlist:\n  - x: 1\n    y:\n    - 2\n    z: 3\n"
        #expect(try json(text) == #"{"key":["a",{"b":"1","c":"2"},["d"]],"next":"1","list":[{"x":"1","y":["2"],"z":"3"}]}"#)
    }

    @Test("flow sequences: plain and quoted items, empty, trailing comma")
    func flowSequences() throws {
        let text = "days: [mon, tue, wed]\nempty: []\nspaced: [ ]\nquoted: ['a, b', \"c]\"]\ntrail: [x, y, ]\nwords: [a b, c]"
        #expect(
            try json(text)
                == #"{"days":["mon","tue","wed"],"empty":[],"spaced":[],"quoted":["a, b","c]"],"trail":["x","y"],"words":["a b","c"]}"#
        )
    }

    @Test("flow mappings: scalar and flow-sequence values, empty, empty values")
    func flowMappings() throws {
        let text = """
            at: {start: 2026-01-15T14:47, minutes: 23}
            scope: {contracts: [C-2026-014, 'C-2026-015']}
            none: {}
            blank: {a: , b: 1}
            item: {item: 30-minute CRITICAL response, annual_fee: 50000}
            """
        #expect(
            try json(text)
                == #"{"at":{"start":"2026-01-15T14:47","minutes":"23"},"scope":{"contracts":["C-2026-014","C-2026-015"]},"none":{},"blank":{"a":null,"b":"1"},"item":{"item":"30-minute CRITICAL response","annual_fee":"50000"}}"#
        )
    }

    @Test("flow collections nest on one line: the incident of FORMAT.md")
    func nestedFlowIncident() throws {
        let flow = "- {id: INC-7, start: 2026-01-15T14:47:00Z, scope: {contracts: [C-1, C-2]}, cause: platform}\n"
        let block = """
            - id: INC-7
              start: 2026-01-15T14:47:00Z
              scope:
                contracts:
                  - C-1
                  - C-2
              cause: platform

            """
        #expect(try json(flow) == json(block))
        let expected = #"[{"id":"INC-7","start":"2026-01-15T14:47:00Z","#
            + #""scope":{"contracts":["C-1","C-2"]},"cause":"platform"}]"#
        #expect(try json(flow) == expected)
    }

    @Test("nested flow collections give the tree of the block form", arguments: [
        ("a: [[x, y], [], [[z]]]", "a:\n  - - x\n    - y\n  - []\n  - - - z\n"),
        (
            "a: [{k: v}, {}, {k: [1, 2], l: {m: n}}]",
            "a:\n  - k: v\n  - {}\n  - k:\n      - 1\n      - 2\n    l:\n      m: n\n"
        ),
        ("a: {k: {l: {m: [x, {n: o}]}}}", "a:\n  k:\n    l:\n      m:\n        - x\n        - n: o\n"),
        ("a: {k: , l: [], m: {}}", "a:\n  k:\n  l: []\n  m: {}\n"),
        ("a: [ {k: 'v, w'} , [\"]\"] , ]", "a:\n  - k: 'v, w'\n  - - \"]\"\n"),
        ("[{a: [b]}, c]", "- a:\n    - b\n- c\n"),
        ("{a: {b: c}}", "a:\n  b: c\n"),
    ])
    func nestedFlow(flow: String, block: String) throws {
        #expect(try json(flow) == json(block))
    }

    @Test("plain scalars: one line, end at ' #', trailing spaces trimmed, inner ':' and '#' kept")
    func plainScalars() throws {
        let text = "a: Fortune 500 firm   \nb: http://example.com/x#y # note\nc: -5\nd: ?x\ne: :x\nf: a  b\ng: 12:30\n"
        #expect(
            try json(text)
                == #"{"a":"Fortune 500 firm","b":"http://example.com/x#y","c":"-5","d":"?x","e":":x","f":"a  b","g":"12:30"}"#
        )
    }

    @Test("no type resolution: '~', 'null', 'true', numbers stay scalars; only an empty value is null")
    func noTypeResolution() throws {
        let document = try parse("a: ~\nb: null\nc: true\nd: 0x1F\ne:\n")
        let entries = try #require(document.root.entries)
        #expect(entries.map(\.value.scalar) == ["~", "null", "true", "0x1F", nil])
        #expect(entries[4].value.isNull)
    }

    @Test("single-quoted scalars: '' is a quote, backslashes are literal")
    func singleQuoted() throws {
        #expect(try json(#"a: 'it''s'"# + "\nb: 'C:\\path'\nc: ''\nd: ' pad '") == #"{"a":"it's","b":"C:\\path","c":"","d":" pad "}"#)
    }

    @Test("double-quoted scalars: every escape of FORMAT.md")
    func doubleQuoted() throws {
        let document = try parse(#"a: "back\\ quote\" nl\n tab\t cr\r nul\0 e\u00e9 snow\u2603""#)
        #expect(document.root["a"]?.scalar == "back\\ quote\" nl\n tab\t cr\r nul\0 e\u{e9} snow\u{2603}")
    }

    @Test("quoted text may hold tabs and non-ASCII")
    func quotedTabs() throws {
        #expect(try json("a: \"x\ty\"\nb: 'é\tü'") == #"{"a":"x\ty","b":"é\tü"}"#)
    }

    @Test("block scalars: literal, folded, chomping and indentation indicators", arguments: [
        ("a: |\n  line 1\n  line 2\n\n  line 4\n", "line 1\nline 2\n\nline 4\n"),
        ("a: >\n  folded\n  text\n\n  next\n", "folded text\nnext\n"),
        ("a: |-\n  x\n  y\n\n", "x\ny"),
        ("a: >-\n  x\n  y\n", "x y"),
        ("a: |+\n  x\n\n\nb: 1", "x\n\n\n"),
        ("a: >+\n  x\n\n", "x\n\n"),
        ("a: |2\n   indented\n  base\n", " indented\nbase\n"),
        ("a: >\n  a\n    more\n  b\n", "a\n  more\nb\n"),
        ("a: |\n  # not a comment\n  x # nor this\n", "# not a comment\nx # nor this\n"),
        ("a: |\n  no final break", "no final break"),
        ("a: | # header comment\n    deep\n    text\n", "deep\ntext\n"),
        ("a: |\n\n  after empty\n", "\nafter empty\n"),
        ("a: |\nb: 1", ""),
        ("a: |+\n\n\nb: 1", "\n\n"),
        ("a:\n- |\n  in a sequence\n- x", "in a sequence\n"),
        ("a:\n  - k: >\n      in a mapping\n      in a sequence\n", "in a mapping in a sequence\n"),
    ])
    func blockScalars(text: String, expected: String) throws {
        var node = try #require(try parse(text).root["a"])
        if let first = node.items?.first { node = first }
        if let value = node["k"] { node = value }
        #expect(node.scalar == expected)
    }

    @Test("block scalar styles are recorded")
    func blockScalarStyles() throws {
        let root = try parse("a: |\n  x\nb: >\n  y\nc: 'q'\nd: \"q\"\ne: q\n").root
        let styles = try #require(root.entries).map { entry -> Node.ScalarStyle? in
            if case .scalar(_, let style) = entry.value.kind { return style }
            return nil
        }
        #expect(styles == [.literal, .folded, .singleQuoted, .doubleQuoted, .plain])
    }

    @Test("empty values: after a key, after a dash, at the end of the file")
    func emptyValues() throws {
        #expect(try json("notes:\nnext: 1\nlist:\n  -\n  - x\n  - # c\nlast:") == #"{"notes":null,"next":"1","list":[null,"x",null],"last":null}"#)
    }

    @Test("a value on the line below its key")
    func valueOnNextLine() throws {
        #expect(try json("a:\n  plain value\nb:\n  'quoted'\nc:\n  [x]\n") == #"{"a":"plain value","b":"quoted","c":["x"]}"#)
    }

    @Test("document start '---' on the first content line, with comments before it")
    func documentStart() throws {
        #expect(try json("# header\n--- # start\na: 1\n") == #"{"a":"1"}"#)
        #expect(try json("---\n") == "null")
    }

    @Test("top-level values other than a mapping", arguments: [
        ("", "null"), ("# only a comment\n", "null"), ("just text", #""just text""#), ("- a\n- b", #"["a","b"]"#),
        ("[a, b]", #"["a","b"]"#), ("{a: 1}", #"{"a":"1"}"#), ("'q'", #""q""#), ("|\n  block\n", #""block\n""#),
        ("  a: 1\n  b: 2\n", #"{"a":"1","b":"2"}"#),
    ])
    func topLevel(text: String, expected: String) throws {
        #expect(try json(text) == expected)
    }

    @Test("CRLF line endings and a UTF-8 byte order mark")
    func crlfAndBOM() throws {
        let text = "\u{FEFF}a: 1\r\nb:\r\n  - x\r\n  - 'y'\r\nc: |\r\n  line\r\n  two\r\nd: [p, q]\r\n"
        #expect(try json(text) == #"{"a":"1","b":["x","y"],"c":"line\ntwo\n","d":["p","q"]}"#)
    }

    @Test("non-ASCII keys and values")
    func unicode() throws {
        #expect(try json("café: crème brûlée\n名前: 値\nemoji: [😀, 'ü']") == #"{"café":"crème brûlée","名前":"値","emoji":["😀","ü"]}"#)
    }
}
