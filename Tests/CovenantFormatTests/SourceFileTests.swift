import CovenantFormat
import CovenantTestSupport
import Testing

@Suite("Source files: lines and columns through the line index")
struct SourceFileTests {
    /// The reference: scan from the file's start, as the first version did.
    static func naiveLineAndColumn(_ bytes: [UInt8], _ offset: Int) -> (Int, Int) {
        let target = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<target where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = 1 + bytes[lineStart..<target].filter { $0 & 0xC0 != 0x80 }.count
        return (line, column)
    }

    @Test("every offset of seeded files agrees with a scan from the start", arguments: 0..<20)
    func agreesWithScan(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9)
        let pieces: [[UInt8]] = [[0x0A], [0x0A, 0x0A], Array("é".utf8), Array("😀".utf8), [0x61], [0x20], [0x0D, 0x0A]]
        var bytes: [UInt8] = []
        let length = Int(random.next() % 600)
        while bytes.count < length { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
        let file = SourceFile(path: "f", bytes: bytes)
        for offset in -1...(bytes.count + 1) {
            let (line, column) = file.lineAndColumn(of: offset)
            let expected = Self.naiveLineAndColumn(bytes, offset)
            #expect(line == expected.0 && column == expected.1, "offset \(offset) of \(bytes.count)")
        }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, text) in lines.enumerated() {
            var expected = Array(text)
            if expected.last == 0x0D { expected.removeLast() }
            #expect(file.lineText(index + 1) == String(decoding: expected, as: UTF8.self))
            #expect(file.lineAndColumn(of: file.offset(ofLine: index + 1)) == (index + 1, 1))
        }
        #expect(file.lineText(lines.count + 1) == "")
        #expect(file.offset(ofLine: lines.count + 1) == bytes.count)
    }

    @Test("a million lookups in a file of 200,000 lines take linear time")
    func manyLookups() {
        let text = String(repeating: "key: value\n", count: 200_000)
        let file = SourceFile(path: "f", text: text)
        let clock = ContinuousClock()
        let start = clock.now
        var total = 0
        for offset in stride(from: text.utf8.count - 1, to: 0, by: -2) { total &+= file.lineAndColumn(of: offset).line }
        #expect(total > 0)
        // A scan from the start per lookup would read 10^12 bytes.
        #expect(clock.now - start < .seconds(30))
    }

    @Test("a diagnostic on a long line echoes the part around the caret, cut with '…'")
    func longLine() throws {
        let line = String(repeating: "a", count: 1000) + "X" + String(repeating: "b", count: 1000)
        let file = SourceFile(path: "f.yaml", text: "first\n" + line + "\nlast\n")
        let diagnostic = Diagnostic.error("bad", in: file, .at(6 + 1000))
        let parts = diagnostic.rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(parts[0] == "f.yaml:2:1001: error: bad")
        #expect(parts[1] == "  …" + String(repeating: "a", count: 120) + "X" + String(repeating: "b", count: 119) + "…")
        #expect(parts[2] == "  " + String(repeating: " ", count: 121) + "^")
        let short = Diagnostic.error("bad", in: file, .at(2))
        #expect(short.rendered == "f.yaml:1:3: error: bad\n  first\n    ^")
    }
}
