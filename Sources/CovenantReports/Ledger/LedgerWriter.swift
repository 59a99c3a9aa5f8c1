import Covenant
import CovenantFormat

/// Writes a ``CreditLedger`` out as a ``LedgerDocument``: per contract, a row
/// per month (charge, the credit applied to the invoice, net invoice, the
/// credit earned, applied to the next invoice and forfeited, and why); per
/// currency, the totals.
public struct LedgerWriter: Sendable {
    /// The ledger being written.
    public var ledger: CreditLedger

    /// A writer for a ledger.
    public init(_ ledger: CreditLedger) {
        self.ledger = ledger
    }

    /// The month columns.
    static let header = [
        "Month", "Charge", "Less credit", "Net invoice", "Share", "Earned", "Applied", "Forfeited", "Where it goes",
    ]

    /// The document.
    public func document() -> LedgerDocument {
        let range = "\(ledger.first) to \(ledger.last)"
        var notes: [String] = []
        if ledger.contracts.contains(where: { $0.months.contains(where: \.provisional) }) {
            notes.append("* provisional: an incident is still open, so the month's figures may change")
        }
        notes.append(
            "Less credit is the credit of the month before, applied to the month's invoice; earned, applied and "
                + "forfeited are the month's own credit, settled on the next month's invoice. Credits never roll "
                + "over and are never paid out.")
        return LedgerDocument(
            title: "Credit ledger", range: range,
            summary: ledger.contracts.isEmpty
                ? "No contract is in service from \(range)."
                : "\(Wording.count(ledger.contracts.count, "contract")) in service from \(range): each month's "
                    + "invoice and service credit.",
            contracts: ledger.contracts.map(table), totals: ledger.currencies.map(totals), notes: notes)
    }

    /// One contract's months.
    func table(_ contract: ContractLedger) -> LedgerDocument.Table {
        let rows = contract.months.map { entry -> [String] in
            let credit = entry.credit
            return [
                entry.month.description + (entry.provisional ? "*" : ""), Formatting.money(entry.invoice.charge),
                Formatting.money(entry.invoice.creditApplied), Formatting.money(entry.invoice.net),
                Formatting.percent(credit.percent), Formatting.money(credit.amount), Formatting.money(credit.applied),
                Formatting.money(credit.forfeited), Self.destination(credit),
            ]
        }
        return LedgerDocument.Table(
            title: "\(contract.contract) \(contract.customer)",
            subtitle: "tier \(contract.tier) · amounts in \(contract.currency.code)", header: Self.header, rows: rows,
            numericColumns: Set(1...7))
    }

    /// Where a month's credit goes: `2026-03 invoice`, `forfeited: not in service in 2026-04`.
    static func destination(_ credit: EarnedCredit) -> String {
        var parts: [String] = []
        if let month = credit.appliedTo { parts.append("\(month) invoice") }
        if let forfeit = credit.forfeit { parts.append("forfeited: \(forfeit.words)") }
        return parts.joined(separator: "; ")
    }

    /// The totals of one currency.
    func totals(_ currency: Currency) -> LedgerDocument.Table {
        let totals = ledger.totals(currency: currency)
        let rows = [
            ["Contracts", Formatting.grouped(totals.contracts)],
            ["Invoices", Formatting.grouped(totals.invoices)],
            ["Charges", Formatting.money(totals.charges)],
            ["Less credits from the month before", Formatting.money(totals.creditsInvoiced)],
            ["Net invoices", Formatting.money(totals.net)],
            ["Credits earned", Formatting.money(totals.earned)],
            ["Applied to the next month's invoices", Formatting.money(totals.applied)],
            ["Forfeited", Formatting.money(totals.forfeited)],
        ]
        return LedgerDocument.Table(
            title: "Totals (\(currency.code))", subtitle: "", header: ["Total", "Amount"], rows: rows,
            numericColumns: [1])
    }
}
