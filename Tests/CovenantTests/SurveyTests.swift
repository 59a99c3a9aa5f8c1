import Covenant
import CovenantFormat
import Testing

/// RULES.md §7: CSAT, NPS and CES, exact and cut toward zero to one decimal.
@Suite("Surveys")
struct SurveyTests {
    static func read(_ body: String, lenient: Bool = false) -> (SurveyLog, [Diagnostic]) {
        let file = SourceFile(path: "surveys.csv", text: "contract,at,kind,score\n" + body)
        return SurveyLog.decode([(file, try! CSVReader.read(file))], knownContracts: [ContractID("C-1")], lenient: lenient)
    }

    static func responses(_ kind: SurveyKind, _ scores: [Int]) -> [SurveyResponse] {
        scores.map { SurveyResponse(contract: ContractID("C-1"), at: 0, kind: kind, score: $0) }
    }

    @Test("CSAT is the mean of csat scores, cut toward zero", arguments: [
        ([9, 8, 8], "8.3"), ([10], "10.0"), ([1, 2], "1.5"), ([7, 7, 8], "7.3"), ([9, 9, 10], "9.3"),
    ])
    func csat(scores: [Int], shown: String) {
        let summary = SurveySummary(Self.responses(.csat, scores))
        #expect(summary.csat?.description == shown)
        #expect(summary.csatCount == scores.count)
    }

    @Test("NPS is the percentage of 9–10 minus the percentage of 0–6, cut toward zero", arguments: [
        ([10, 9, 8, 6, 0], "0.0"), ([10, 6, 6], "-33.3"), ([10, 10, 7], "66.6"), ([9, 9, 9], "100.0"), ([0], "-100.0"),
        ([7, 8], "0.0"),
    ])
    func nps(scores: [Int], shown: String) {
        let summary = SurveySummary(Self.responses(.nps, scores))
        #expect(summary.nps?.description == shown)
        #expect(summary.npsCount == scores.count)
    }

    @Test("CES is the mean of ces scores; a kind with no scores is null with count 0")
    func ces() {
        let summary = SurveySummary(Self.responses(.ces, [2, 3, 3]))
        #expect(summary.ces?.description == "2.6")
        #expect(summary.cesCount == 3)
        #expect(summary.csat == nil)
        #expect(summary.nps == nil)
        #expect(summary.csatCount == 0)
    }

    @Test("Scores at the ends of their ranges are read")
    func rangeEnds() {
        let (log, diagnostics) = Self.read(
            """
            C-1,2026-01-10T10:00:00Z,csat,1
            C-1,2026-01-10T10:00:00Z,csat,10
            C-1,2026-01-10T10:00:00Z,nps,0
            C-1,2026-01-10T10:00:00Z,nps,10
            C-1,2026-01-10T10:00:00Z,ces,1
            C-1,2026-01-10T10:00:00Z,ces,5
            """)
        #expect(diagnostics.isEmpty)
        #expect(log.responses.count == 6)
    }

    @Test("A bad survey row is an error at its line", arguments: [
        ("C-1,2026-01-10T10:00:00Z,csat,0", "csat scores are 1 to 10, found 0"),
        ("C-1,2026-01-10T10:00:00Z,csat,11", "csat scores are 1 to 10, found 11"),
        ("C-1,2026-01-10T10:00:00Z,nps,11", "nps scores are 0 to 10, found 11"),
        ("C-1,2026-01-10T10:00:00Z,ces,6", "ces scores are 1 to 5, found 6"),
        ("C-1,2026-01-10T10:00:00Z,ces,0", "ces scores are 1 to 5, found 0"),
        ("C-1,2026-01-10T10:00:00Z,nps,-1", "nps scores are 0 to 10, found -1"),
        ("C-1,2026-01-10T10:00:00Z,csat,7.5", "expected a whole-number score, found '7.5'"),
        ("C-1,2026-01-10T10:00:00Z,sus,70", "unknown survey kind 'sus'"),
        ("C-9,2026-01-10T10:00:00Z,csat,7", "no contract has the id 'C-9'"),
        ("C-1,2026-01-10,csat,7", "expected an RFC 3339 instant"),
        ("C-1,2026-01-10T10:00:00Z,csat", "record has 3 fields; the header has 4"),
        ("C-1,2026-01-10T10:00:00Z,csat,7,extra", "record has 5 fields; the header has 4"),
    ])
    func errors(row: String, message: String) throws {
        let (log, diagnostics) = Self.read("C-1,2026-01-09T10:00:00Z,csat,8\n" + row + "\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.isError)
        #expect(diagnostic.location?.lineAndColumn.line == 3)
        #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
        #expect(log.responses.count == 1)
        let (_, lenient) = Self.read("C-1,2026-01-09T10:00:00Z,csat,8\n" + row + "\n", lenient: true)
        #expect(lenient.map(\.severity) == [.warning])
    }

    @Test("A month's responses are those whose instant falls in it")
    func monthSelection() {
        let (log, _) = Self.read(
            """
            C-1,2026-01-31T23:59:59-08:00,csat,8
            C-1,2026-02-01T00:00:00-08:00,csat,9
            """)
        let february = utc(2026, 2, 1, 8)..<utc(2026, 3, 1, 8)
        #expect(log.responses(of: ContractID("C-1"), in: february).map(\.score) == [9])
    }
}
