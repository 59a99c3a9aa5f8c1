import Covenant
import CovenantFormat

/// The ledger's postings as a plain-text double-entry journal that hledger
/// (and Ledger) read: one transaction per posting, each balanced in its
/// currency (docs/ledger.md).
///
/// - earned: `Income:Service credits` (revenue given back) against
///   `Liabilities:Service credits payable`;
/// - applied: the payable against `Assets:Accounts receivable` (the invoice
///   is that much smaller);
/// - forfeited: the payable back to `Income:Forfeited service credits`.
///
/// Each account has a sub-account per contract, so once every credit is
/// settled each contract's payable balance is zero.
public enum LedgerJournal {
    /// The accounts, by role.
    public static let creditsGiven = "Income:Service credits"
    /// What is owed to customers until applied or forfeited.
    public static let payable = "Liabilities:Service credits payable"
    /// What customers owe: an applied credit reduces it.
    public static let receivable = "Assets:Accounts receivable"
    /// Forfeited credits, back to income.
    public static let forfeitedIncome = "Income:Forfeited service credits"

    /// The journal of a ledger, ending with a line break.
    public static func render(_ ledger: CreditLedger) -> String {
        let postings = ledger.postings
        var out = "; Covenant credit ledger \(ledger.first) to \(ledger.last): service credits earned, applied to "
            + "the next invoice, and forfeited.\n"
        out += "; One transaction per posting, balanced in its currency; amounts are exact.\n\n"
        out += "decimal-mark .\n\n"
        for currency in ledger.currencies {
            let one = Money(minorUnits: Int64(pow10(currency.minorDigits)) * 1000, currency: currency)
            // hledger wants a decimal mark in the directive, also for a currency without minor units.
            out += "commodity \(currency.code) \(one.plain)\(currency.minorDigits == 0 ? "." : "")\n"
        }
        if !ledger.currencies.isEmpty { out += "\n" }
        for (account, type) in [(creditsGiven, "R"), (payable, "L"), (receivable, "A"), (forfeitedIncome, "R")] {
            out += "account \(account)  ; type: \(type)\n"
        }
        // Every account posted to is declared, so `hledger check --strict` passes.
        let used = Set(postings.flatMap { [accounts($0).debit, accounts($0).credit] })
        for account in used.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            out += "account \(account)\n"
        }
        let width = postings.map { max(accounts($0).debit.count, accounts($0).credit.count) + 2 }.max() ?? 0
        for posting in postings {
            out += "\n" + transaction(posting, width: width)
        }
        return out
    }

    /// The account debited and the account credited by a posting.
    static func accounts(_ posting: LedgerPosting) -> (debit: String, credit: String) {
        let suffix = ":" + posting.contract.rawValue
        switch posting.kind {
        case .earned: return (creditsGiven + suffix, payable + suffix)
        case .applied: return (payable + suffix, receivable + suffix)
        case .forfeited: return (payable + suffix, forfeitedIncome + suffix)
        }
    }

    /// One transaction: date, description, tags, and its two postings with
    /// amounts aligned, the contract id as its code; a provisional credit's
    /// transactions are pending (`!`) and tagged `provisional:yes`.
    static func transaction(_ posting: LedgerPosting, width: Int) -> String {
        let what: String
        switch posting.kind {
        case .earned: what = "service credit earned in \(posting.statement)"
        case .applied: what = "service credit applied to the \(posting.invoiceMonth) invoice"
        case .forfeited: what = "service credit forfeited: \(posting.forfeit?.words ?? "not applied")"
        }
        let (debit, credit) = accounts(posting)
        let amount = "\(posting.amount.currency.code) \(posting.amount.plain)"
        let negative = "\(posting.amount.currency.code) -\(posting.amount.plain)"
        func line(_ account: String, _ value: String) -> String {
            let gap = width - account.count + 16 - value.count
            return "    " + account + String(repeating: " ", count: max(gap, 2)) + value + "\n"
        }
        // The contract id as the transaction's code: after it, hledger reads
        // the rest as the description, so a name starting with `(`, `*` or `!`
        // can be neither a code nor a status mark.
        return "\(posting.date) \(posting.provisional ? "! " : "")(\(posting.contract)) "
            + "\(Escape.journal(posting.customer)) | \(what)  "
            + "; contract:\(posting.contract), statement:\(posting.statement)/\(posting.contract), "
            + "kind:\(posting.kind.rawValue)\(posting.provisional ? ", provisional:yes" : "")\n"
            + line(debit, amount) + line(credit, negative)
    }

    /// `10^digits`.
    private static func pow10(_ digits: Int) -> Int {
        (0..<digits).reduce(1) { value, _ in value * 10 }
    }
}
