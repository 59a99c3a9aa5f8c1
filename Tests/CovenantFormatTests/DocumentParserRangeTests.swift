import CovenantFormat
import CovenantTestSupport
import Testing

@Suite("Document parser: every node keeps its source range")
struct DocumentParserRangeTests {
    /// The range between the `1️⃣` and `2️⃣` markers.
    func markedRange(_ input: MarkedText) throws -> SourceRange {
        let start = try #require(input.places["1️⃣"]).offset
        let end = try #require(input.places["2️⃣"]).offset
        return SourceRange(start: start, end: end)
    }

    @Test("a scalar's range is its text as written, quotes included, trailing spaces not", arguments: [
        "a: 1️⃣plain text2️⃣   # comment",
        "a: 1️⃣'it''s'2️⃣",
        "a: 1️⃣\"x\\ty\"2️⃣ ",
        "a: [x, 1️⃣'y'2️⃣]",
        "a: {k: 1️⃣v w2️⃣}",
    ])
    func scalarRange(marked: String) throws {
        let input = MarkedText(marked)
        let root = try parse(input.text).root
        var node = try #require(root["a"])
        if let items = node.items { node = items[1] }
        if let value = node["k"] { node = value }
        #expect(node.range == (try markedRange(input)))
    }

    @Test("a key's range covers the key text, quotes included")
    func keyRange() throws {
        let input = MarkedText("first: 1\n1️⃣'quoted key'2️⃣ : v\n")
        let entries = try #require(try parse(input.text).root.entries)
        #expect(entries[1].keyRange == (try markedRange(input)))
    }

    @Test("an empty value's range is empty, right after the key's ':' or the item's '-'", arguments: [
        "a:1️⃣\nb: 1", "a:1️⃣ # comment", "a:\n  -1️⃣\n  - x", "a: {k:1️⃣ , l: 1}",
    ])
    func nullRange(marked: String) throws {
        let input = MarkedText(marked)
        var node = try #require(try parse(input.text).root["a"])
        if let items = node.items { node = items[0] }
        if let value = node["k"] { node = value }
        #expect(node.isNull)
        let place = try #require(input.place)
        #expect(node.range == SourceRange.at(place.offset))
    }

    @Test("a block collection's range runs from its first to its last byte of content", arguments: [
        "a:\n  1️⃣b: 1\n  c: [x, y]2️⃣\nd: 2",
        "a:\n  1️⃣- x\n  - k: v2️⃣   # trailing\n\nd: 2",
        "a:\n  1️⃣b: 1\n  c:2️⃣\n",
        "a:\n1️⃣- x\n-2️⃣\nd: 2",
    ])
    func collectionRange(marked: String) throws {
        let input = MarkedText(marked)
        let node = try #require(try parse(input.text).root["a"])
        #expect(node.range == (try markedRange(input)))
    }

    @Test("the root mapping's range starts at its first key")
    func rootRange() throws {
        let input = MarkedText("# comment\n---\n1️⃣a: 1\nb: 22️⃣\n")
        #expect(try parse(input.text).root.range == (try markedRange(input)))
    }

    @Test("a flow collection's range includes its brackets")
    func flowRange() throws {
        let input = MarkedText("a: 1️⃣{k: [x, y], l: 'z'}2️⃣ # c")
        #expect(try parse(input.text).root["a"]?.range == (try markedRange(input)))
    }

    @Test("nested flow collections keep their ranges, brackets included", arguments: [
        "a: [x, 1️⃣{k: [y]}2️⃣]",
        "a: {k: 1️⃣[x, [y]]2️⃣, l: z}",
        "a: [x, 1️⃣[]2️⃣]",
        "a: {k: 1️⃣{}2️⃣}",
    ])
    func nestedFlowRange(marked: String) throws {
        let input = MarkedText(marked)
        let a = try #require(try parse(input.text).root["a"])
        let node = try #require(a.items?[1] ?? a["k"])
        #expect(node.range == (try markedRange(input)))
    }

    @Test("a block scalar's range runs from its indicator to the end of its last text line")
    func blockScalarRange() throws {
        let input = MarkedText("a: 1️⃣|-\n  line one\n  line two2️⃣\n\nb: 1")
        #expect(try parse(input.text).root["a"]?.range == (try markedRange(input)))
    }

    @Test("ranges are byte offsets; columns count Unicode scalars when shown")
    func unicodeColumns() throws {
        let input = MarkedText("café: 1️⃣crème\n")
        let node = try #require(try parse(input.text).root["café"])
        #expect(node.range.start == input.place?.offset)
        let location = SourceLocation(file: SourceFile(path: "x", text: input.text), range: node.range)
        #expect(location.lineAndColumn == (1, 7))
    }
}
