import Covenant
import CovenantFormat
import CovenantTestSupport
import Testing

@Suite("RULES.md §5 across months: the credit ledger and the invoice side of statements")
struct LedgerRulesTests {
    static let january = LocalMonth(year: 2026, month: 1)!
    static let february = LocalMonth(year: 2026, month: 2)!
    static let march = LocalMonth(year: 2026, month: 3)!

    /// Twelve hours of downtime in January 2026 (43,200 of 2,678,400 s, uptime
    /// 98.3870%): a starter contract earns 50% of its charge.
    static let januaryOutage = ("2026-01-08T12:00:00Z", "2026-01-09T00:00:00Z")
    /// Five hours in February (18,000 of 2,419,200 s, uptime 99.2559%): 10%.
    static let februaryOutage = ("2026-02-10T12:00:00Z", "2026-02-10T17:00:00Z")

    /// The ledger of some contracts over January to March 2026, with the
    /// outages, taken at the end of March (so March has statements).
    func ledger(_ texts: [String], outages: [(String, String)] = [januaryOutage, februaryOutage]) throws
        -> CreditLedger
    {
        let catalog = try Fixtures.catalog()
        let contracts = try texts.map { try Fixtures.contract($0, catalog: catalog) }
        let events = try Fixtures.events([Fixtures.incidents(outages)])
        let endOfMarch = Int64(LocalDate(year: 2026, month: 4, day: 1)!.daysSinceEpoch) * 86_400
        let builder = StatementBuilder(catalog: catalog, contracts: contracts, events: events, asOf: endOfMarch)
        return try CreditLedger(builder.span(from: Self.january, through: Self.march))
    }

    func money(_ cents: Int64, _ currency: Currency = .usd) -> Money { Money(minorUnits: cents, currency: currency) }

    @Test("a credit goes whole onto the next invoice when it is below the charge: $1,250.00 off February's $2,500.00")
    func appliedWhole() throws {
        let ledger = try ledger([Fixtures.simpleContract()])
        let months = try #require(ledger.contracts.first).months
        #expect(months.map(\.month) == [Self.january, Self.february, Self.march])
        #expect(months[0].credit.amount == money(125_000))
        #expect(months[0].credit.applied == money(125_000))
        #expect(months[0].credit.appliedTo == Self.february)
        #expect(months[0].invoice.creditApplied == money(0))
        #expect(months[0].invoice.creditFrom == nil)
        #expect(months[1].invoice == Invoice(
            month: Self.february, charge: money(250_000), creditFrom: Self.january, creditApplied: money(125_000)))
        #expect(months[1].invoice.net == money(125_000))
        // February's 10% ($250.00) goes onto March's invoice.
        #expect(months[2].invoice.creditApplied == money(25_000))
        #expect(months[2].invoice.net == money(225_000))
    }

    @Test("applied = min(credit, next charge): a $1,250.00 credit against a $1,000.00 February forfeits $250.00")
    func appliedCappedByNextCharge() throws {
        let ledger = try ledger([Fixtures.simpleContract(extra: "fees:\n  - {from: 2026-02, monthly_fee: 1000}")])
        let months = try #require(ledger.contracts.first).months
        #expect(months[0].credit.amount == money(125_000))
        #expect(months[0].credit.applied == money(100_000))
        #expect(months[0].credit.forfeited == money(25_000))
        #expect(months[0].credit.forfeit == .exceedsNextCharge(Self.february))
        #expect(months[1].invoice.charge == money(100_000))
        #expect(months[1].invoice.net == money(0))
    }

    @Test("a contract that ends on 5 February: January's credit is cut to February's 5/28 charge, February's forfeited")
    func contractThatEnds() throws {
        let ledger = try ledger([Fixtures.simpleContract(extra: "ended: 2026-02-05")])
        let months = try #require(ledger.contracts.first).months
        #expect(months.map(\.month) == [Self.january, Self.february])
        // 2,500 × 5/28 = 446.43.
        #expect(months[1].invoice.charge == money(44_643))
        #expect(months[0].credit.applied == money(44_643))
        #expect(months[0].credit.forfeited == money(80_357))
        #expect(months[1].invoice.creditApplied == money(44_643))
        #expect(months[1].invoice.net == money(0))
        // The outage of the 10th is after the last day: February earns nothing.
        #expect(months[1].credit.amount == money(0))
    }

    @Test("a contract whose last day is 31 January forfeits January's whole credit: no next month of service")
    func forfeitedAtTheEnd() throws {
        let ledger = try ledger([Fixtures.simpleContract(extra: "ended: 2026-01-31")])
        let contract = try #require(ledger.contracts.first)
        #expect(contract.months.map(\.month) == [Self.january])
        #expect(contract.months[0].credit.forfeited == money(125_000))
        #expect(contract.months[0].credit.forfeit == .notInService(Self.february))
        #expect(contract.postings.map(\.kind) == [.earned, .forfeited])
        #expect(contract.postings.map(\.amount) == [money(125_000), money(125_000)])
    }

    @Test("a mid-month start: January is 2,500 × 17/31 = 1,370.97 with no earlier credit; February takes its credit")
    func midMonthStart() throws {
        let ledger = try ledger(
            [Fixtures.simpleContract(start: "2026-01-15")],
            outages: [("2026-01-20T12:00:00Z", "2026-01-20T22:00:00Z")])
        let months = try #require(ledger.contracts.first).months
        #expect(months[0].invoice.charge == money(137_097))
        #expect(months[0].invoice.creditFrom == nil)
        // 10 h of 17 days (1,468,800 s): 97.5490%, below 98.5%: 50% of 1,370.97 = 685.49 (half-up).
        #expect(months[0].credit.amount == money(68_549))
        #expect(months[1].invoice.creditApplied == money(68_549))
        #expect(months[1].invoice.net == money(250_000 - 68_549))
    }

    @Test("currencies are kept apart: USD and EUR contracts have their own totals and postings")
    func currenciesApart() throws {
        let ledger = try ledger([
            Fixtures.simpleContract(id: "C-USD"),
            Fixtures.simpleContract(id: "C-EUR", fee: "2000", extra: "currency: EUR"),
        ])
        let euro = try #require(Currency(code: "EUR"))
        #expect(ledger.currencies == [euro, .usd])
        let euros = ledger.totals(currency: euro)
        let dollars = ledger.totals(currency: .usd)
        #expect(euros.contracts == 1 && dollars.contracts == 1)
        #expect(euros.charges == money(600_000, euro))
        #expect(dollars.charges == money(750_000))
        // EUR: 50% of 2,000 in January, 10% in February, nothing in March.
        #expect(euros.earned == money(120_000, euro))
        #expect(dollars.earned == money(150_000))
        #expect(euros.creditsInvoiced == money(120_000, euro))
        #expect(euros.net == money(480_000, euro))
        for posting in ledger.postings {
            #expect(posting.amount.currency == (posting.contract.rawValue == "C-EUR" ? euro : .usd))
        }
    }

    @Test("each credit is settled in full: earned = applied + forfeited, per contract and in the totals")
    func settled() throws {
        let ledger = try ledger([
            Fixtures.simpleContract(id: "C-1"), Fixtures.simpleContract(id: "C-2", extra: "ended: 2026-02-05"),
            Fixtures.simpleContract(id: "C-3", extra: "fees:\n  - {from: 2026-02, monthly_fee: 1000}"),
        ])
        for contract in ledger.contracts {
            for entry in contract.months {
                #expect(entry.credit.amount == entry.credit.applied + entry.credit.forfeited)
                #expect(entry.invoice.net == entry.invoice.charge - entry.invoice.creditApplied)
                #expect(entry.invoice.net.minorUnits >= 0)
            }
        }
        let totals = ledger.totals(currency: .usd)
        #expect(totals.earned == totals.applied + totals.forfeited)
        var sums: [LedgerPosting.Kind: Int64] = [:]
        for posting in ledger.postings { sums[posting.kind, default: 0] += posting.amount.minorUnits }
        #expect(sums[.earned] == totals.earned.minorUnits)
        #expect(sums[.applied] == totals.applied.minorUnits)
        #expect(sums[.forfeited] == totals.forfeited.minorUnits)
    }

    @Test("postings are dated: earned on the month's last day, applied and forfeited on the next month's first")
    func postingDates() throws {
        let ledger = try ledger([Fixtures.simpleContract(extra: "fees:\n  - {from: 2026-02, monthly_fee: 1000}")])
        let postings = ledger.postings.filter { $0.statement == Self.january }
        #expect(postings.map(\.kind) == [.earned, .applied, .forfeited])
        #expect(postings.map(\.date.description) == ["2026-01-31", "2026-02-01", "2026-02-01"])
        #expect(postings.allSatisfy { $0.invoiceMonth == Self.february })
        #expect(postings.map(\.forfeit) == [nil, nil, .exceedsNextCharge(Self.february)])
    }

    @Test("the ledger is the statements' own figures: every sample contract-month equals its statement")
    func sameAsStatements() throws {
        let (catalog, contracts, events) = try SampleProject.load()
        let builder = StatementBuilder(catalog: catalog, contracts: contracts, events: events)
        let ledger = try CreditLedger(builder.span(from: Self.january, through: Self.march))
        var compared = 0
        for month in [Self.january, Self.february, Self.march] {
            for statement in try builder.statements(for: month) {
                let contract = try #require(ledger.contracts.first { $0.contract == statement.contract.id })
                let entry = try #require(contract.months.first { $0.month == month })
                #expect(entry.invoice == statement.invoice)
                #expect(entry.credit == EarnedCredit(statement.credit))
                #expect(entry.provisional == statement.availability.isProvisional)
                compared += 1
            }
        }
        #expect(compared == 23)
    }

    @Test("SmallMart's March 2026 invoice nets to $15,000.00 − $2,250.00 = $12,750.00 (RULES.md case A)")
    func smallMartMarch() throws {
        let statement = try SampleProject.statement("C-2026-014", "2026-03")
        #expect(statement.invoice.charge.plain == "15000.00")
        #expect(statement.invoice.creditFrom == Self.february)
        #expect(statement.invoice.creditApplied.plain == "2250.00")
        #expect(statement.invoice.net.plain == "12750.00")
    }

    @Test("a first month of service has no credit to apply, whatever the month before")
    func firstMonth() throws {
        let statement = try SampleProject.statement("C-2026-014", "2026-02")
        #expect(statement.invoice.creditFrom == nil)
        #expect(statement.invoice.net == statement.charge.amount)
    }
}
