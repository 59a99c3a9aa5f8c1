import Covenant
import CovenantFormat

/// The credit ledger in each of its formats: text and Markdown laid out from
/// its ``LedgerDocument``, JSON the ledger's data, CSV and the journal its
/// postings.
public enum LedgerReport: Report {
    /// The formats `ledger` writes.
    public static let formats: [ReportFormat] = [.text, .md, .csv, .json, .journal]

    /// The ledger in a format of ``formats``.
    public static func render(_ ledger: CreditLedger, format: ReportFormat) -> String {
        switch format {
        case .text: return LedgerTextRenderer().render(LedgerWriter(ledger).document())
        case .md: return LedgerMarkdownRenderer().render(LedgerWriter(ledger).document())
        case .csv: return LedgerCSV.render(ledger)
        case .json: return LedgerJSON.render(ledger)
        case .journal: return LedgerJournal.render(ledger)
        case .html, .svg: preconditionFailure("a ledger has no \(format) form")
        }
    }
}
