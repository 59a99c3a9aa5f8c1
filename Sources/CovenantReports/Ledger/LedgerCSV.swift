import Covenant
import CovenantFormat

/// The ledger's postings as CSV (RFC 4180), one credit memo line per
/// posting, the columns an accounting import takes.
public enum LedgerCSV {
    /// The header row.
    public static let header = [
        "date", "customer", "contract", "invoice_month", "amount", "currency", "kind", "statement", "reason",
        "provisional",
    ]

    /// One posting's fields: the amount positive, `kind` `earned`, `applied`
    /// or `forfeited`, `statement` the record of the statement that issued the
    /// credit (`2026-02/C-2026-014`), `reason` why a part is forfeited,
    /// `provisional` `true` when that statement counts an incident still open.
    public static func fields(_ posting: LedgerPosting) -> [String] {
        [
            posting.date.description, posting.customer, posting.contract.rawValue,
            posting.invoiceMonth.year > 9999 ? "" : posting.invoiceMonth.description,
            posting.amount.plain, posting.amount.currency.code, posting.kind.rawValue,
            "\(posting.statement)/\(posting.contract)", posting.forfeit.map(LedgerJSON.reason) ?? "",
            String(posting.provisional),
        ]
    }

    /// Every posting of the ledger.
    public static func render(_ ledger: CreditLedger) -> String {
        CSV.document(
            header: header, records: ledger.postings.map(fields), numberColumns: ["amount"],
            text: ["customer", "contract", "invoice_month", "currency", "kind", "statement", "reason"])
    }
}
