import Covenant
import CovenantFormat
import Testing

/// CONTRACT.md's errors, each at the offending value (`line:column: message`).
@Suite("Contract checks (CONTRACT.md)")
struct ContractCheckTests {
    static let base = """
        contract: C-1
        customer: Test Customer
        tier: professional
        signed: 2026-01-10
        term:
          start: 2026-02-01
          months: 12
        monthly_fee: 15000.00
        """

    /// The diagnostics of `base` with one substitution, as `line:col: severity: message`.
    func diagnostics(replacing old: String = "", with new: String = "", appending extra: String = "") throws -> [String] {
        let text = (old.isEmpty ? Self.base : Self.base.replacingFirst(old, with: new)) + "\n" + extra
        let found = try Fixtures.contractDiagnostics(text, catalog: try Fixtures.catalog())
        return found.map { diagnostic in
            let (line, column) = diagnostic.location?.lineAndColumn ?? (0, 0)
            return "\(line):\(column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
    }

    @Test("the base contract is clean")
    func clean() throws {
        #expect(try diagnostics() == [])
    }

    @Test("errors at their values", arguments: [
        ("monthly_fee: 15000.00", "montly_fee: 15000.00", "8:1: error: unknown key 'montly_fee' in a contract; did you mean 'monthly_fee'?"),
        ("tier: professional", "tier: platinum", "3:7: error: tier 'platinum' of contract C-1 is not in catalog 2026.1"),
        ("  months: 12", "  end: 2026-01-15", "7:8: error: the term ends on 2026-01-15, before it starts on 2026-02-01"),
        ("  months: 12", "  months: 12\n  end: 2027-01-31", "7:11: error: the term has both 'end' and 'months'; give one"),
        ("monthly_fee: 15000.00", "monthly_fee: 15000.001", "8:14: error: USD allows 2 fraction digits, found '15000.001'"),
        ("monthly_fee: 15000.00", "monthly_fee: -1", "8:14: error: a fee cannot be negative, found '-1'"),
        ("monthly_fee: 15000.00", "monthly_fee: 15,000", "8:14: error: expected a number like '15000.00', found '15,000'"),
        ("customer: Test Customer\n", "", "1:1: error: missing required key 'customer' in a contract"),
    ])
    func errors(old: String, new: String, expected: String) throws {
        #expect(try diagnostics(replacing: old, with: new).contains(expected))
    }

    @Test("errors in optional sections", arguments: [
        ("ended: 2027-03-01", "9:8: error: ended 2027-03-01 is outside the term (2026-02-01 to 2027-01-31)"),
        ("amendments:\n  - effective: 2026-01-01\n    monthly_fee: 16000",
         "10:16: error: amendment effective 2026-01-01 is outside the term (2026-02-01 to 2027-01-31)"),
        ("amendments:\n  - effective: 2026-03-15\n    monthly_fee: 16000",
         "10:16: error: amendment effective 2026-03-15 is not the first day of a month"),
        ("fees:\n  - {from: 2026-06, monthly_fee: 15500}\namendments:\n  - effective: 2026-06-01\n    monthly_fee: 16000",
         "10:12: error: the fee for 2026-06 is set both in 'fees' and by an amendment"),
        ("overrides:\n  support:\n    urgent: {response: 1h}",
         "11:5: error: unknown key 'urgent' in support targets"),
        ("overrides:\n  clocks: {response: bussiness, resolution: business}",
         "10:22: error: unknown calendar 'bussiness'; did you mean 'business'?"),
    ])
    func sectionErrors(extra: String, expected: String) throws {
        #expect(try diagnostics(appending: extra).contains(expected))
    }

    @Test("an amendment that changes SLA terms of a locked contract during its initial term is an error; a fee-only one is fine")
    func lockedAmendment() throws {
        let locked = Self.base.replacingFirst("  months: 12", with: "  months: 24")
        let catalog = try Fixtures.catalog()
        let sla = try Fixtures.contractDiagnostics(
            locked + "\namendments:\n  - effective: 2026-09-01\n    overrides:\n      uptime: 99.5%", catalog: catalog)
        #expect(sla.contains { $0.isError && $0.message.contains("changes SLA terms of a locked contract") })
        let fee = try Fixtures.contractDiagnostics(locked + "\namendments:\n  - effective: 2026-09-01\n    monthly_fee: 16000", catalog: catalog)
        #expect(!fee.hasErrors)
    }

    @Test("stricter overrides with no premium item draw a warning; a premium item silences it")
    func stricterWithoutPremium() throws {
        let catalog = try Fixtures.catalog()
        let stricter = Self.base + "\noverrides:\n  uptime: 99.95%"
        let warned = try Fixtures.contractDiagnostics(stricter, catalog: catalog)
        #expect(warned.contains { $0.severity == .warning && $0.message.contains("stricter than tier 'professional'") })
        let paid = try Fixtures.contractDiagnostics(stricter + "\npremium:\n  - {item: 99.95% uptime, annual_fee: 12000}", catalog: catalog)
        #expect(!paid.contains { $0.message.contains("stricter") })
    }

    @Test("a renewal that loosens a locked contract draws a warning")
    func looseningRenewal() throws {
        let catalog = try Fixtures.catalog()
        let text = Self.base.replacingFirst("  months: 12", with: "  months: 24")
            + "\nrenewal:\n  start: 2028-02-01\n  months: 12"
        let found = try Fixtures.contractDiagnostics(text, catalog: catalog)
        #expect(found.contains { $0.severity == .warning && $0.message.contains("the renewal loosens the uptime target (99.9% against 99.8%)") })
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
