import Covenant
import CovenantFormat
import CovenantTestSupport
import Testing

@Suite("The report over time: survey targets, red flags and tiers pooled")
struct PerformanceHistoryTests {
    static let catalogTail = "\ntargets: {csat: 8.0, nps: 40, ces: 2.5}\n"

    @Test("both sample catalog versions carry the source policy's targets: CSAT 8.0, NPS 40, no CES target")
    func sampleTargets() throws {
        let catalog = try SampleProject.catalog()
        #expect(catalog.versions.count == 2)
        for version in catalog.versions {
            #expect(version.targets == SurveyTargets(csat: DecimalNumber(8), nps: DecimalNumber(40), ces: nil))
        }
    }

    @Test("targets: are read as exact decimals; a catalog without them has none")
    func decoding() throws {
        let base = Fixtures.text("Contracts/catalog/2026.1.yaml")
            .replacingOccurrences(of: "targets: {csat: 8.0, nps: 40}", with: "")
        let without = try Fixtures.catalog([base])
        #expect(without.versions[0].targets == .none)
        let with = try Fixtures.catalog([base + Self.catalogTail])
        #expect(with.versions[0].targets.ces == DecimalNumber(significand: 25, scale: 1))
    }

    @Test("a target outside its scale, or an unknown key, is an error at its place", arguments: [
        ("targets: {csat: 11}", "a CSAT from 1 to 10"), ("targets: {nps: -101}", "an NPS from -100 to 100"),
        ("targets: {ces: 0.5}", "a CES from 1 to 5"), ("targets: {csta: 8}", "unknown key 'csta'"),
    ])
    func errors(line: String, message: String) throws {
        let base = Fixtures.text("Contracts/catalog/2026.1.yaml")
            .replacingOccurrences(of: "targets: {csat: 8.0, nps: 40}", with: line)
        let document = try Fixtures.document(base, path: "catalog.yaml")
        let (version, diagnostics) = CatalogVersion.decode(document)
        #expect(version == nil)
        let error = try #require(diagnostics.first { $0.isError })
        #expect(error.message.contains(message))
        let targetsLine = base.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("targets:") }.map { $0 + 1 }
        #expect(error.location?.lineAndColumn.line == targetsLine)
    }

    @Test("scores are judged as shown: CSAT 7.9 misses 8.0, NPS 40.0 meets 40, CES 2.6 misses at most 2.5", arguments: [
        ([8, 8, 8, 8, 8, 8, 8, 8, 8, 7], [10, 10, 10, 10, 9, 9, 0, 0, 8, 7], [3, 2, 3, 2, 3], false, true, false),
        ([8], [10, 9, 7], [2], true, true, true),
    ])
    func judged(csat: [Int], nps: [Int], ces: [Int], csatMet: Bool, npsMet: Bool, cesMet: Bool) {
        let targets = SurveyTargets(
            csat: DecimalNumber(8), nps: DecimalNumber(40), ces: DecimalNumber(significand: 25, scale: 1))
        let responses =
            csat.map { SurveyResponse(contract: ContractID("C-1"), at: 0, kind: .csat, score: $0) }
            + nps.map { SurveyResponse(contract: ContractID("C-1"), at: 0, kind: .nps, score: $0) }
            + ces.map { SurveyResponse(contract: ContractID("C-1"), at: 0, kind: .ces, score: $0) }
        let met = targets.met(SurveySummary(responses))
        #expect(met.csat == csatMet)
        #expect(met.nps == npsMet)
        #expect(met.ces == cesMet)
        #expect(SurveyTargets.none.met(SurveySummary(responses)).csat == nil)
        #expect(targets.met(SurveySummary()).csat == nil)
    }

    /// The history of contract C-1 (starter) with CSAT scores per month, and
    /// C-2 (starter) without surveys, both from January 2026, with a 4 h
    /// outage on 3 February.
    func history(csat: [String: [Int]], first: String = "2026-01", last: String = "2026-04") throws
        -> PerformanceHistory
    {
        let catalog = try Fixtures.catalog()
        let contracts = try [
            Fixtures.contract(Fixtures.simpleContract(id: "C-1"), catalog: catalog),
            Fixtures.contract(Fixtures.simpleContract(id: "C-2", start: "2026-01-01"), catalog: catalog),
        ]
        var rows = "contract,at,kind,score\n"
        for (month, scores) in csat.sorted(by: { $0.key < $1.key }) {
            for score in scores { rows += "C-1,\(month)-10T12:00:00Z,csat,\(score)\n" }
        }
        let file = SourceFile(path: "surveys.csv", text: rows)
        var events = try Fixtures.events([Fixtures.incidents([("2026-02-03T10:00:00Z", "2026-02-03T14:00:00Z")])])
        let known = Set(contracts.map(\.id))
        events.surveys = SurveyLog.decode([(file, try CSVReader.read(file))], knownContracts: known).0
        let endOfApril = Int64(LocalDate(year: 2026, month: 5, day: 1)!.daysSinceEpoch) * 86_400
        let builder = StatementBuilder(catalog: catalog, contracts: contracts, events: events, asOf: endOfApril)
        let from = try #require(ScalarReader.month(first))
        let to = try #require(ScalarReader.month(last))
        let span = builder.span(from: from.adding(months: -1), through: to)
        var caches = StatementBuilder.Month.Caches()
        let statements = try contracts.map { try span.statements(for: $0, caches: &caches) }
        return PerformanceHistory(first: from, last: to, statements: statements, catalog: catalog)
    }

    func flags(_ history: PerformanceHistory, _ id: String = "C-1") throws -> [String: [RedFlag]] {
        let row = try #require(history.contracts.first { $0.contract.rawValue == id })
        return Dictionary(uniqueKeysWithValues: row.months.map { ($0.month.description, $0.flags) })
    }

    @Test("CSAT under 7 two months running raises a flag on the second month: 6.5 in February after 6.0 in January")
    func csatTwoMonths() throws {
        let history = try history(csat: ["2026-01": [6], "2026-02": [6, 7], "2026-03": [9]])
        let flags = try flags(history)
        #expect(flags["2026-01"] == [])
        #expect(flags["2026-02"] == [.csatLow(previous: DecimalNumber(significand: 60, scale: 1),
                                              current: DecimalNumber(significand: 65, scale: 1))])
        #expect(flags["2026-03"] == [])
    }

    @Test("exactly 7.0 is not under 7; a month without CSAT breaks the run", arguments: [
        ["2026-01": [7], "2026-02": [6]], ["2026-01": [6], "2026-03": [6]], ["2026-01": [6], "2026-02": [8, 6]],
    ])
    func csatNoFlag(csat: [String: [Int]]) throws {
        let flags = try flags(try history(csat: csat))
        #expect(flags.values.allSatisfy { !$0.contains { $0.code == "csat_low" } })
    }

    @Test("the month before the range is looked back at: CSAT 5 in January and 6 in February flags February")
    func lookBack() throws {
        let history = try history(csat: ["2026-01": [5], "2026-02": [6]], first: "2026-02")
        let row = try #require(history.contracts.first { $0.contract.rawValue == "C-1" })
        #expect(row.months.first?.month.description == "2026-02")
        #expect(row.months.first?.flags.map(\.code) == ["csat_low"])
    }

    @Test("a tier pools its contracts: February's 4 h outage leaves 0 of 2 starter contracts on target")
    func tierPooled() throws {
        let history = try history(csat: ["2026-02": [6, 10]])
        let tier = try #require(history.tiers.first)
        #expect(history.tiers.count == 1)
        #expect(tier.tier.rawValue == "starter" && tier.name == "Starter")
        let february = try #require(tier.months.first { $0.month.description == "2026-02" })
        #expect(february.contracts == 2 && february.contractsMet == 0)
        // 2 × (2,419,200 − 14,400) available of 2 × 2,419,200 eligible.
        #expect(february.uptime == Uptime(numerator: 4_809_600, denominator: 4_838_400))
        #expect(february.uptimeTarget == DecimalNumber(significand: 995, scale: 1))
        #expect(february.surveys.csat?.description == "8.0")
        // 4 h of 672 h: 99.4047%, under 99.5%: 10% of $2,500.00 each.
        #expect(february.earned.plain == "500.00")
        #expect(february.applied.plain == "500.00")
        #expect(tier.months.map(\.month.description) == ["2026-01", "2026-02", "2026-03", "2026-04"])
    }

    @Test("response attainment under the tier's target is a red flag for the contract and its tier")
    func responseFlag() throws {
        let (catalog, contracts, events) = try SampleProject.load()
        let builder = StatementBuilder(catalog: catalog, contracts: contracts, events: events)
        let january = LocalMonth(year: 2026, month: 1)!
        let march = LocalMonth(year: 2026, month: 3)!
        let span = builder.span(from: january.adding(months: -1), through: march)
        var caches = StatementBuilder.Month.Caches()
        let statements = try contracts.map { try span.statements(for: $0, caches: &caches) }
        let history = PerformanceHistory(first: january, last: march, statements: statements, catalog: catalog)
        let acme = try #require(history.contracts.first { $0.contract.rawValue == "C-2026-032" })
        #expect(acme.months[0].flags == [
            .responseUnderTarget(attainment: DecimalNumber(significand: 500, scale: 1), target: DecimalNumber(90)),
        ])
        let starter = try #require(history.tiers.first { $0.tier.rawValue == "starter" })
        // January: 3 met of 4 counted across the starter contracts, 75.0% under 90%.
        #expect(starter.months[0].response.met == 3 && starter.months[0].response.missed == 1)
        #expect(starter.months[0].flags.map(\.code) == ["response_under_target"])
    }
}
