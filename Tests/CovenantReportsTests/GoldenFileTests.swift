import CovenantTestSupport
import Testing

@Suite("The golden-file checker shows what changed")
struct GoldenFileTests {
    @Test("A changed line shows as - golden and + rendered with line numbers; equal lines are left out")
    func changedLine() {
        let diff = GoldenFile.lineDiff(expected: "a\nb\nc\n", actual: "a\nB\nc\n")
        #expect(diff == "-2: b\n+2: B")
    }

    @Test("Added and removed lines are numbered in their own file")
    func addedAndRemoved() {
        #expect(GoldenFile.lineDiff(expected: "a\nc\n", actual: "a\nb\nc\n") == "+2: b")
        #expect(GoldenFile.lineDiff(expected: "a\nb\nc\n", actual: "a\nc\n") == "-2: b")
    }

    @Test("A long diff stops at the limit and says how many lines are left")
    func limit() {
        let diff = GoldenFile.lineDiff(expected: "", actual: "1\n2\n3\n4\n", limit: 2)
        #expect(diff.hasSuffix("… 2 more lines differ"))
        #expect(diff.split(separator: "\n").count == 3)
    }

    @Test("SplitMix64 from seed 0 gives the reference sequence's first value")
    func splitMix() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
    }
}
