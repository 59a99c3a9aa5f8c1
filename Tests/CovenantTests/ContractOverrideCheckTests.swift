import Covenant
import CovenantFormat
import Testing

/// A contract's overrides are checked with the catalog's own checks, each
/// at what the contract writes (issue 16's silent cases).
@Suite("Contract overrides validated like the catalog")
struct ContractOverrideCheckTests {
    /// ContractCheckTests' base contract (Professional, 99.9% → 15%, cap 50%) with `extra` appended from line 9.
    func diagnostics(_ extra: String, replacing old: String = "", with new: String = "") throws -> [String] {
        let base = old.isEmpty ? ContractCheckTests.base : ContractCheckTests.base.replacingFirst(old, with: new)
        let found = try Fixtures.contractDiagnostics(base + "\n" + extra, catalog: try Fixtures.catalog())
        return found.map { diagnostic in
            let (line, column) = diagnostic.location?.lineAndColumn ?? (0, 0)
            return "\(line):\(column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
    }

    @Test(
        "each silent case of the issue now gives its located error or warning",
        arguments: [
            (
                "overrides:\n  credits:\n    - {below: 99%, credit: 15%}\n    - {below: 99.5%, credit: 25%}",
                "12:7: error: credit bands must have strictly falling 'below': 99.5% follows 99%"
            ),
            (
                "overrides:\n  credits:\n    - {below: 99.9%, credit: 15%}\n    - {below: 99.9%, credit: 25%}",
                "12:7: error: a second credit band below 99.9%: each band needs its own 'below'"
            ),
            (
                "overrides:\n  credits:\n    - {below: 99.9%, credit: 25%}\n    - {below: 99.5%, credit: 15%}",
                "12:7: error: credit bands must have rising or equal credits: 15% follows 25%"
            ),
            (
                "overrides:\n  credit_cap: 10%",
                "10:15: warning: the 15% credit of this band exceeds the 10% cap of contract C-1"
            ),
            (
                "overrides:\n  credits:\n    - {below: 99.9%, credit: 15%}\n    - {below: 99.5%, credit: 60%}",
                "12:7: warning: the 60% credit of this band exceeds the 50% cap of contract C-1"
            ),
            (
                "overrides:\n  uptime: 99.95%\npremium:\n  - {item: 99.95% uptime, annual_fee: 12000}",
                "10:11: warning: the first credit band starts at 99.9%, below the 99.95% target of contract C-1: "
                    + "misses from 99.9% up to 99.95% earn no credit"
            ),
            (
                "overrides:\n  uptime: 99%\n  credits:\n    - {below: 99.5%, credit: 25%}",
                "12:7: warning: the first credit band starts at 99.5%, above the 99% target of contract C-1: "
                    + "a month that meets the target still earns a credit"
            ),
            (
                "overrides:\n  support:\n    critical: {resolution: 2 business days, clocks: {resolution: always}}",
                "11:28: error: a business duration needs a calendar with hours; 'always' is 24x7"
            ),
            (
                "amendments:\n  - effective: 2026-06-01\n    overrides:\n      credits:\n"
                    + "        - {below: 99%, credit: 15%}\n        - {below: 99.5%, credit: 25%}",
                "14:11: error: credit bands must have strictly falling 'below': 99.5% follows 99%"
            ),
            (
                "renewal:\n  start: 2027-02-01\n  months: 12\n  overrides:\n    uptime: 99.95%",
                "13:13: warning: the first credit band starts at 99.8%, below the 99.95% target of the renewal of "
                    + "contract C-1: misses from 99.8% up to 99.95% earn no credit"
            ),
        ])
    func silentCases(extra: String, expected: String) throws {
        let found = try diagnostics(extra)
        #expect(found.contains(expected), "\(found)")
    }

    @Test("the same edits in a tier are the same errors, at the catalog's bands", arguments: [
        ("      - {below: 99.0%, credit: 25%}", "      - {below: 99.5%, credit: 25%}",
         "a second credit band below 99.5%: each band needs its own 'below'"),
        ("      - {below: 99.0%, credit: 25%}", "      - {below: 99.7%, credit: 25%}",
         "credit bands must have strictly falling 'below': 99.7% follows 99.5%"),
        ("      - {below: 99.0%, credit: 25%}", "      - {below: 99.0%, credit: 5%}",
         "credit bands must have rising or equal credits: 5% follows 10%"),
    ])
    func catalogAlike(old: String, new: String, message: String) throws {
        let text = Fixtures.text("Contracts/catalog/2026.1.yaml").replacingFirst(old, with: new)
        let (_, found) = CatalogVersion.decode(try Fixtures.document(text))
        let error = try #require(found.first { $0.isError })
        #expect(error.message == message)
        #expect(error.location?.lineAndColumn.line == 49)
    }

    @Test("a well-formed override schedule and a matching target draw nothing")
    func clean() throws {
        let found = try diagnostics(
            "overrides:\n  uptime: 99.95%\n  credits:\n    - {below: 99.95%, credit: 15%}\n"
                + "    - {below: 99.5%, credit: 25%}\npremium:\n  - {item: 99.95% uptime, annual_fee: 12000}")
        #expect(found == [])
    }

    @Test("a contract in another currency needs its own monthly_fee: an error at its currency, no relabelled list fee")
    func currencyNeedsFee() throws {
        let found = try diagnostics("currency: EUR", replacing: "monthly_fee: 15000.00", with: "")
        #expect(found.contains(
            "9:11: error: contract C-1 is in EUR but has no 'monthly_fee', and the USD list fee of tier "
                + "'professional' is not a EUR price; give the contract its own monthly_fee"), "\(found)")
        #expect(try diagnostics("currency: EUR") == [])
        #expect(try diagnostics("currency: USD", replacing: "monthly_fee: 15000.00", with: "") == [])
    }
}
