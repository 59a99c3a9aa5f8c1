import Covenant
import CovenantFormat

/// The credit ledger's JSON form (schema `covenant.ledger/1`, docs/ledger.md):
/// each contract's months with their invoice and credit, the totals per
/// currency. Amounts are strings holding exact decimals.
public enum LedgerJSON {
    /// The ledger as a JSON document.
    public static func render(_ ledger: CreditLedger) -> String {
        JSONValue.object([
            ("schema", .string("covenant.ledger/1")),
            ("from", .string(ledger.first.description)),
            ("to", .string(ledger.last.description)),
            ("contracts", .array(ledger.contracts.map(contract))),
            ("totals", .array(ledger.currencies.map { totals(ledger.totals(currency: $0), currency: $0) })),
        ]).rendered
    }

    /// One contract and its months.
    static func contract(_ contract: ContractLedger) -> JSONValue {
        .object([
            ("contract", .string(contract.contract.rawValue)),
            ("customer", .string(contract.customer)),
            ("tier", .string(contract.tier.rawValue)),
            ("currency", .string(contract.currency.code)),
            ("months", .array(contract.months.map(month))),
        ])
    }

    /// One month: the invoice, and the credit earned with where it goes.
    static func month(_ entry: LedgerMonth) -> JSONValue {
        let credit = entry.credit
        return .object([
            ("month", .string(entry.month.description)),
            ("provisional", .bool(entry.provisional)),
            ("invoice", .object([
                ("charge", .string(entry.invoice.charge.plain)),
                ("credit_from", .optional(entry.invoice.creditFrom?.description)),
                ("credit_applied", .string(entry.invoice.creditApplied.plain)),
                ("net", .string(entry.invoice.net.plain)),
            ])),
            ("credit", .object([
                ("band_below", .optional(credit.bandBelow.map(Formatting.decimal))),
                ("percent", .string(Formatting.decimal(credit.percent))),
                ("amount", .string(credit.amount.plain)),
                ("applied_to", .optional(credit.appliedTo?.description)),
                ("applied", .string(credit.applied.plain)),
                ("forfeited", .string(credit.forfeited.plain)),
                ("forfeit_reason", .optional(credit.forfeit.map(reason))),
            ])),
        ])
    }

    /// `exceeds_next_charge` or `not_in_service`.
    static func reason(_ forfeit: CreditForfeit) -> String {
        switch forfeit {
        case .exceedsNextCharge: return "exceeds_next_charge"
        case .notInService: return "not_in_service"
        }
    }

    /// The totals of one currency.
    static func totals(_ totals: CreditLedger.Totals, currency: Currency) -> JSONValue {
        .object([
            ("currency", .string(currency.code)),
            ("contracts", .integer(Int64(totals.contracts))),
            ("invoices", .integer(Int64(totals.invoices))),
            ("charges", .string(totals.charges.plain)),
            ("credits_invoiced", .string(totals.creditsInvoiced.plain)),
            ("net", .string(totals.net.plain)),
            ("earned", .string(totals.earned.plain)),
            ("applied", .string(totals.applied.plain)),
            ("forfeited", .string(totals.forfeited.plain)),
        ])
    }
}
