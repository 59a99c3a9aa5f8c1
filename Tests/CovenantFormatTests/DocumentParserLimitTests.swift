import CovenantFormat
import Testing

@Suite("Document parser: limits are errors, never crashes or slowdowns")
struct DocumentParserLimitTests {
    /// `depth` mappings nested one space deeper each, the innermost holding a scalar.
    func nestedMappings(_ depth: Int, leaf: String = "leaf") -> String {
        var text = ""
        for level in 0..<depth {
            text += String(repeating: " ", count: level) + "k\(level):" + (level == depth - 1 ? " \(leaf)\n" : "\n")
        }
        return text
    }

    @Test("nesting: 64 levels parse, the 65th is an error at its first key")
    func depthOfMappings() throws {
        var node = try parse(nestedMappings(64)).root
        for level in 0..<64 { node = try #require(node["k\(level)"]) }
        #expect(node.scalar == "leaf")

        let error = try #require(syntaxError(nestedMappings(65)))
        #expect(error.message == "nesting is deeper than 64 levels")
        #expect(error.location.lineAndColumn == (65, 65))
    }

    @Test("nesting: compact '- - -' items count each level")
    func depthOfSequences() throws {
        let ok = String(repeating: "- ", count: 64) + "x"
        var node = try parse(ok).root
        for _ in 0..<64 { node = try #require(node.items?.first) }
        #expect(node.scalar == "x")

        let error = try #require(syntaxError(String(repeating: "- ", count: 65) + "x"))
        #expect(error == .nestingTooDeep(error.location, limit: 64))
        #expect(error.location.lineAndColumn == (1, 129))
    }

    @Test("nesting: flow collections count too")
    func depthWithFlow() throws {
        #expect(syntaxError(nestedMappings(62, leaf: "{a: [b]}")) == nil)
        let error = try #require(syntaxError(nestedMappings(63, leaf: "{a: [b]}")))
        #expect(error.message == "nesting is deeper than 64 levels")
        #expect(error.location.lineAndColumn == (63, 72))
    }

    /// `a: ` then `levels` flow collections, opened in turn with the given openers, around `x`.
    func nestedFlow(_ levels: Int, _ openers: [String]) -> String {
        var text = "a: "
        var closing = ""
        for level in 0..<levels {
            let opener = openers[level % openers.count]
            text += opener
            closing = (opener == "[" ? "]" : "}") + closing
        }
        return text + "x" + closing
    }

    @Test("nesting: each nested flow collection counts one level", arguments: [["["], ["{k: "], ["[", "{k: "]])
    func depthOfNestedFlow(openers: [String]) throws {
        // With the block mapping holding `a`, 63 flow collections make 64 levels.
        var node = try #require(try parse(nestedFlow(63, openers)).root["a"])
        var collections = 1
        while let child = node.items?.first ?? node["k"] {
            node = child
            collections += 1
        }
        #expect(collections == 64)
        #expect(node.scalar == "x")

        let text = nestedFlow(64, openers)
        let error = try #require(syntaxError(text))
        #expect(error.message == "nesting is deeper than 64 levels")
        // It points at the 64th opening bracket.
        let openerBytes = (0..<63).map { openers[$0 % openers.count].utf8.count }.reduce(0, +)
        #expect(error.location.range.start == 3 + openerBytes)
        #expect(error.location.lineAndColumn == (1, 4 + openerBytes))
    }

    @Test("hostile flow nesting (100,000 brackets on one line) stops at the limit")
    func hostileFlowNesting() throws {
        let text = "a: " + String(repeating: "[{k: ", count: 50_000) + "x" + String(repeating: "}]", count: 50_000)
        let error = try #require(syntaxError(text))
        #expect(error.message == "nesting is deeper than 64 levels")
        // With the block mapping, the 64th flow collection is the 65th level: the `{` of the 32nd `[{k: `.
        #expect(error.location.lineAndColumn == (1, 4 + 31 * 5 + 1))
    }

    @Test("hostile nesting (100,000 levels) stops at the limit without deep recursion")
    func hostileNesting() throws {
        let dashes = String(repeating: "- ", count: 100_000)
        #expect(syntaxError(dashes)?.message == "nesting is deeper than 64 levels")
        let indented = (0..<2000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        #expect(syntaxError(indented)?.message == "nesting is deeper than 64 levels")
    }

    @Test("a scalar of exactly 1 MiB parses; one byte more is an error at the scalar", arguments: [
        ("a: ", ""), ("a: '", "'"), ("a: \"", "\""), ("- ", ""),
    ])
    func scalarLength(prefix: String, suffix: String) throws {
        let limit = 1024 * 1024
        let ok = prefix + String(repeating: "x", count: limit) + suffix
        #expect(syntaxError(ok) == nil)
        let error = try #require(syntaxError(prefix + String(repeating: "x", count: limit + 1) + suffix))
        #expect(error.message == "scalar is longer than 1048576 bytes (1 MiB)")
        #expect(error.location.lineAndColumn == (1, prefix.count + 1 - (suffix.isEmpty ? 0 : 1)))
    }

    @Test("a block scalar over 1 MiB is an error at its indicator")
    func blockScalarLength() throws {
        let line = String(repeating: "y", count: 1023)
        let text = "a: |\n" + String(repeating: "  " + line + "\n", count: 1025)
        let error = try #require(syntaxError(text))
        #expect(error.message == "scalar is longer than 1048576 bytes (1 MiB)")
        #expect(error.location.lineAndColumn == (1, 4))
    }

    @Test("a file over 64 MiB is rejected before it is read")
    func fileSize() throws {
        var bytes = [UInt8](repeating: 0x20, count: 64 * 1024 * 1024 + 1)
        bytes[0] = 0x61
        let error = try #require(syntaxError(bytes: bytes))
        #expect(error == .fileTooLarge(error.location, size: 64 * 1024 * 1024 + 1))
        #expect(error.message == "file is 67108865 bytes; the limit is 67108864 bytes (64 MiB)")
        #expect(error.location.lineAndColumn == (1, 1))
    }

    @Test("a key longer than YAML's 1024-character limit is rejected")
    func keyLength() throws {
        #expect(syntaxError(String(repeating: "k", count: 1024) + ": v") == nil)
        let error = try #require(syntaxError("a: 1\n" + String(repeating: "k", count: 1025) + ": v"))
        #expect(error.message == "key is longer than 1024 characters")
        #expect(error.location.lineAndColumn == (2, 1))
    }

    @Test("duplicate keys are found in large mappings too, at the second occurrence")
    func duplicateInLargeMapping() throws {
        let keys = (0..<2000).map { "key\($0): \($0)" }
        #expect(syntaxError(keys.joined(separator: "\n")) == nil)
        let error = try #require(syntaxError((keys + ["key1500: again"]).joined(separator: "\n")))
        #expect(error.message == "duplicate key 'key1500' (first given on line 1501)")
        #expect(error.location.lineAndColumn == (2001, 1))
        let flow = "a: {" + (0..<100).map { "k\($0): v" }.joined(separator: ", ") + ", k42: w}"
        #expect(syntaxError(flow)?.message == "duplicate key 'k42' (first given on line 1)")
    }

    @Test("long inputs stay linear: 100,000-key mappings, long flow lines, long sequences")
    func linear() throws {
        let clock = ContinuousClock()
        let mapping = (0..<100_000).map { "key\($0): value \($0)" }.joined(separator: "\n")
        let flow = "a: [" + (0..<100_000).map { "item\($0)" }.joined(separator: ", ") + "]"
        let sequence = "list:\n" + String(repeating: "  - {at: 2026-01-15T14:47, minutes: 23}\n", count: 100_000)
        let start = clock.now
        #expect(try parse(mapping).root.entries?.count == 100_000)
        #expect(try parse(flow).root["a"]?.items?.count == 100_000)
        #expect(try parse(sequence).root["list"]?.items?.count == 100_000)
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(20))
    }
}
