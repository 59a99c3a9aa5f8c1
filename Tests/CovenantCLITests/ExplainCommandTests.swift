import Testing

@Suite("covenant explain")
struct ExplainCommandTests {
    @Test("explains SmallMart's February step by step with the numbers of case A")
    func caseA() {
        let result = CLIHarness.run(["explain", "C-2026-014", "--month", "2026-02"])
        #expect(result.code == 0)
        for line in [
            "catalog 2026.1, the version in force on 2026-01-20 (the signing date).",
            "In service 28 of 28 local days: period = 2,419,200 s.",
            "INC-0205 (platform, scope contracts C-2026-014): 2026-02-10T17:00:00Z to 2026-02-10T17:52:00Z",
            "uptime = (eligible − downtime) / eligible = 2,416,080 / 2,419,200 = 99.8710% (cut, never rounded up)",
            "amount = 15% × $15,000.00 = 2250 → $2,250.00 (rounded half-up)",
            "next invoice 2026-03: charge $15,000.00; applied = min($2,250.00, $15,000.00) = $2,250.00; forfeited $0.00",
        ] {
            #expect(result.out.contains(line), "missing: \(line)")
        }
    }

    @Test("explains why late maintenance counted and a forfeited credit", arguments: [
        ("C-2026-021", "2026-01", "not granted (late notice): counts as downtime"),
        ("C-2026-034", "2026-03", "the whole credit, $137.10, is forfeited"),
    ])
    func reasons(contract: String, month: String, line: String) {
        let result = CLIHarness.run(["explain", contract, "--month", month])
        #expect(result.code == 0)
        #expect(result.out.contains(line))
    }

    @Test("a contract not in service that month is a usage error")
    func notInService() {
        #expect(CLIHarness.run(["explain", "C-2026-014", "--month", "2026-01"]).code == 64)
    }
}
