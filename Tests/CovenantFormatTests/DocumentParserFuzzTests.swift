import CovenantFormat
import CovenantTestSupport
import Testing

@Suite("Document parser: seeded fuzzing")
struct DocumentParserFuzzTests {
    /// A valid document using every construct of the language.
    static let seed = """
        # A contract with every construct
        ---
        contract: C-2026-014         # unique identifier
        customer: "SmallMart \\"Inc.\\" \\u00e9"
        tier: 'professional'
        signed: 2026-01-20
        term:
          start: 2026-02-01
          months: 24
        fees:
          - {from: 2027-02, monthly_fee: 15750.00}
          - {from: 2028-02, monthly_fee: , note: 'it''s'}
        overrides:
          uptime: 99.95%
          credits:
            - below: 99.95%
              credit: 15%
            - below: 99.5%
              credit: 25%
          support:
            critical: {response: 30m, channels: [email, "phone", 'chat']}
        days: [mon, tue, wed]
        empty: []
        none: {}
        notes:
        clause: |
          Service credits are the sole remedy.

          Credits never exceed 50% of the fee.
        summary: >-
          Folded text
          on two lines.
        list:
        - a
        - - nested
          - items
        -
          key: value

        """

    /// Checks what any parse must guarantee: ranges inside the file, errors inside the file.
    func check(_ bytes: [UInt8]) {
        let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
        do {
            let document = try DocumentParser.parse(file)
            var stack = [document.root]
            while let node = stack.popLast() {
                #expect(node.range.start >= 0 && node.range.start <= node.range.end && node.range.end <= bytes.count)
                switch node.kind {
                case .mapping(let entries):
                    for entry in entries {
                        #expect(entry.keyRange.end <= bytes.count)
                        stack.append(entry.value)
                    }
                case .sequence(let items): stack.append(contentsOf: items)
                case .scalar, .null: break
                }
            }
        } catch {
            let start = error.location.range.start
            #expect(start >= 0 && start <= bytes.count, "\(error.message)")
            #expect(!error.message.isEmpty)
        }
    }

    /// One mutation of `input`.
    func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
        let inserts: [[UInt8]] = [
            [0x09], [0x27], [0x22], [0x5B], [0x5D], [0x7B], [0x7D], [0x3A, 0x20], [0x2D, 0x20], [0x23], [0x0A],
            [0x20, 0x20], [0x26], [0x2A], [0x21], [0x7C], [0x3E], [0x5C], [0x0D], [0xFF], [0xC3], [0x3F, 0x20],
            Array("---\n".utf8), Array("...\n".utf8), Array("%YAML 1.2\n".utf8),
        ]
        switch random.next() % 8 {
        case 0:
            return Array(bytes.prefix(position))
        case 1:
            if !bytes.isEmpty { bytes[position] ^= UInt8(truncatingIfNeeded: 1 << (random.next() % 8)) }
        case 2:
            if !bytes.isEmpty { bytes[position] = UInt8(truncatingIfNeeded: random.next()) }
        case 3, 4:
            bytes.insert(contentsOf: inserts[Int(random.next() % UInt64(inserts.count))], at: position)
        case 5:
            if !bytes.isEmpty {
                let end = min(bytes.count, position + Int(random.next() % 16) + 1)
                bytes.removeSubrange(position..<end)
            }
        case 6:
            // Duplicate a line somewhere else, at another indentation.
            let line = bytes[position...].prefix { $0 != 0x0A }
            let indent = [UInt8](repeating: 0x20, count: Int(random.next() % 6))
            let to = Int(random.next() % UInt64(bytes.count + 1))
            bytes.insert(contentsOf: indent + line + [0x0A], at: to)
        default:
            bytes.insert(contentsOf: (0..<Int(random.next() % 12)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: position)
        }
        return bytes
    }

    @Test("10,000 mutated and random inputs each parse or fail with a located error", .timeLimit(.minutes(2)))
    func fuzz() {
        var random = SplitMix64(seed: 0xC0FF_EE00_2026)
        let seed = Array(Self.seed.utf8)
        #expect(syntaxError(bytes: seed) == nil)
        for round in 0..<10_000 {
            var input: [UInt8]
            switch round % 10 {
            case 0:
                // Random bytes, mostly from the language's alphabet.
                let alphabet = Array(" \n-:#'\"[]{},|>&*!%?abc019\t\\".utf8)
                input = (0..<Int(random.next() % 200)).map { _ in
                    random.next() % 10 == 0
                        ? UInt8(truncatingIfNeeded: random.next()) : alphabet[Int(random.next() % UInt64(alphabet.count))]
                }
            case 1:
                // Deep nesting of one kind or another.
                let depth = Int(random.next() % 100) + 1
                switch random.next() % 3 {
                case 0: input = Array((String(repeating: "- ", count: depth) + "x").utf8)
                case 1: input = Array((0..<depth).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n").utf8)
                default: input = Array((String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)).utf8)
                }
            default:
                input = seed
                for _ in 0...(random.next() % 4) { input = mutate(input, &random) }
            }
            check(input)
        }
    }

    @Test("a generated file of about 60 MiB parses", .timeLimit(.minutes(2)))
    func largeFile() throws {
        // One record repeated with a changing number: a 60 MiB input is built by copying,
        // so the test's time goes to parsing, and most of each record is one long line
        // of a block scalar (cheap per byte), so a debug build stays quick. The parser
        // still meets every record's structure afresh.
        let text = String(repeating: "Rolled back the change; the pool recovered. ", count: 40)
        let record = Array(
            """
              - id: INC-#
                title: "API latency spike"
                window: {start: 2026-01-15T14:47, minutes: 23}
                affected: [api, checkout]   # services
                note: |
                  \(text)

            """.utf8)
        let hash = record.firstIndex(of: UInt8(ascii: "#"))!
        let target = 60 * 1024 * 1024
        var bytes = Array("incidents:\n".utf8)
        bytes.reserveCapacity(target + record.count)
        var count = 0
        while bytes.count + record.count + 8 < target {
            bytes.append(contentsOf: record[..<hash])
            bytes.append(contentsOf: String(count).utf8)
            bytes.append(contentsOf: record[(hash + 1)...])
            count += 1
        }
        let document = try DocumentParser.parse(SourceFile(path: "large.yaml", bytes: bytes))
        let items = try #require(document.root["incidents"]?.items)
        #expect(items.count == count)
        #expect(items.last?["id"]?.scalar == "INC-\(count - 1)")
        #expect(items.last?["note"]?.scalar == text + "\n")
        #expect(bytes.count > 59 * 1024 * 1024)
    }
}
