import Covenant
import CovenantFormat
import Testing

@Suite("A contract's typed parts: places, contacts, region, minimum credit")
struct ContractTypedPartsTests {
    @Test("Places name where the id, tier and each fee change are written")
    func places() throws {
        let catalog = try Fixtures.catalog()
        let contract = try Fixtures.contract(
            Fixtures.simpleContract(
                extra: """
                    fees:
                      - {from: 2026-06, monthly_fee: 2600}
                    """), catalog: catalog)
        func text(_ range: SourceRange?) -> String? {
            range.map { String(decoding: contract.file.bytes[$0.start..<$0.end], as: UTF8.self) }
        }
        #expect(text(contract.places.contract) == "C-1")
        #expect(text(contract.places.tier) == "starter")
        #expect(text(contract.places.feeChanges[try #require(ScalarReader.month("2026-06"))]) == "2026-06")
        #expect(contract.places.ended == nil)
    }

    @Test("Contacts are values in file order, and two decodings of one file are equal contracts")
    func contacts() throws {
        let catalog = try Fixtures.catalog()
        let text = Fixtures.simpleContract(
            extra: """
                region: us-west
                contacts:
                  escalation: ops@example.com
                  billing: ap@example.com
                """)
        let contract = try Fixtures.contract(text, catalog: catalog)
        #expect(contract.contacts.map(\.role) == ["escalation", "billing"])
        #expect(contract.contacts.map(\.address) == ["ops@example.com", "ap@example.com"])
        #expect(contract.region == RegionName("us-west"))
        #expect(try Fixtures.contract(text, catalog: catalog) == contract)
    }

    @Test("A minimum credit is money in the contract's currency: 100 USD is $100.00; 0.5 JPY is an error at the value")
    func minimumCredit() throws {
        let catalog = try Fixtures.catalog()
        let dollars = try Fixtures.contract(
            Fixtures.simpleContract(extra: "overrides:\n  minimum_credit: 100\n"), catalog: catalog)
        let terms = try dollars.terms(on: dollars.term.start, catalog: catalog)
        #expect(terms.sla.minimumCredit == Money(minorUnits: 10_000, currency: .usd))
        let yen = Fixtures.simpleContract(fee: "250000", extra: "currency: JPY\noverrides:\n  minimum_credit: 0.5\n")
        let messages = try Fixtures.contractDiagnostics(yen, catalog: catalog).map(\.message)
        #expect(messages == ["JPY allows 0 fraction digits, found '0.5'"])
    }

    @Test("A tier's minimum credit is restated in the contract's currency: $100.50 is EUR 100.50 but not yen")
    func restated() throws {
        let hundred = Money(minorUnits: 10_050, currency: .usd)
        let euro = try #require(Currency(code: "EUR"))
        let yen = try #require(Currency(code: "JPY"))
        #expect(hundred.restated(in: euro) == Money(minorUnits: 10_050, currency: euro))
        #expect(hundred.restated(in: yen) == nil)
        #expect(Money(minorUnits: 10_000, currency: .usd).restated(in: yen) == Money(minorUnits: 100, currency: yen))
        let catalogText = Fixtures.text("Contracts/catalog/2026.1.yaml")
            .replacingOccurrences(
                of: "    credit_cap: 50%\n", with: "    credit_cap: 50%\n    minimum_credit: 100.50\n")
        let catalog = try Fixtures.catalog([catalogText])
        let contract = Fixtures.simpleContract(fee: "250000", extra: "currency: JPY")
        let messages = try Fixtures.contractDiagnostics(contract, catalog: catalog).map(\.message)
        #expect(messages.contains("the minimum credit 100.50 USD of contract C-1's tier cannot be stated in JPY"))
    }
}
