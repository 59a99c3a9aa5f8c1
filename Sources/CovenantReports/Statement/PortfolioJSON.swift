import Covenant
import CovenantFormat

/// The portfolio summary's JSON form (CLI.md, schema `covenant.summary/2`).
public enum PortfolioJSON {
    /// The summary as a JSON document.
    public static func render(_ portfolio: Portfolio) -> String {
        JSONValue.object([
            ("schema", .string("covenant.summary/2")),
            ("month", .string(portfolio.month.description)),
            ("contracts", .array(portfolio.statements.map(row))),
            ("totals", .array(portfolio.currencies.map { totals(portfolio, currency: $0) })),
        ]).rendered
    }

    /// One contract's row.
    static func row(_ statement: MonthStatement) -> JSONValue {
        .object([
            ("contract", .string(statement.contract.id.rawValue)),
            ("customer", .string(statement.contract.customer)),
            ("tier", .string(statement.contract.tier.rawValue)),
            ("currency", .string(statement.contract.currency.code)),
            ("charge", .string(statement.charge.amount.plain)),
            ("uptime_percent", .string(statement.availability.uptime.percentCut(digits: 4))),
            ("uptime_target", .string(Formatting.decimal(statement.terms.sla.uptime))),
            ("met", .bool(statement.met)),
            ("credit_percent", .string(Formatting.decimal(statement.credit.percent))),
            ("credit_amount", .string(statement.credit.amount.plain)),
            ("credit_applied", .string(statement.credit.applied.plain)),
            ("credit_applied_to", .optional(statement.credit.appliedTo?.description)),
            ("credit_forfeited", .string(statement.credit.forfeited.plain)),
            ("invoice_credit_applied", .string(statement.invoice.creditApplied.plain)),
            ("invoice_net", .string(statement.invoice.net.plain)),
            ("provisional", .bool(statement.availability.isProvisional)),
            ("response_attainment", .optional(statement.support.response.percent?.description)),
            ("resolution_attainment", .optional(statement.support.resolution.percent?.description)),
            ("skipped_rows", .integer(Int64(statement.skippedRows.count))),
        ])
    }

    /// The totals in one currency, overall and per tier.
    static func totals(_ portfolio: Portfolio, currency: Currency) -> JSONValue {
        let overall = portfolio.totals(currency: currency)
        return .object([
            ("currency", .string(currency.code)),
            ("contracts", .integer(Int64(overall.contracts))),
            ("charges", .string(overall.charges.plain)),
            ("credits_earned", .string(overall.earned.plain)),
            ("credits_applied", .string(overall.applied.plain)),
            ("credits_forfeited", .string(overall.forfeited.plain)),
            ("tiers", .array(portfolio.totalsByTier(currency: currency).map { tier, sums in
                .object([
                    ("tier", .string(tier.rawValue)),
                    ("contracts", .integer(Int64(sums.contracts))),
                    ("charges", .string(sums.charges.plain)),
                    ("credits_earned", .string(sums.earned.plain)),
                    ("credits_applied", .string(sums.applied.plain)),
                    ("credits_forfeited", .string(sums.forfeited.plain)),
                ])
            })),
        ])
    }
}
