import Covenant
import CovenantFormat

/// The portfolio summary's JSON form (CLI.md, schema `covenant.summary/2`),
/// written straight as text (a month's summary has a row per contract).
public enum PortfolioJSON {
    /// The summary as a JSON document.
    public static func render(_ portfolio: Portfolio) -> String {
        var text = JSONText(capacity: 1024 + portfolio.statements.count * 700)
        write(portfolio, to: &text)
        return text.text
    }

    /// Writes the summary.
    static func write<Sink: JSONSink>(_ portfolio: Portfolio, to out: inout Sink) {
        out.object { object in
            object.member("schema", "covenant.summary/2")
            object.member("month", portfolio.month.description)
            object.member("contracts", each: portfolio.statements) { row($1, to: &$0) }
            object.member("totals", each: portfolio.currencies) { totals(portfolio, currency: $1, to: &$0) }
        }
    }

    /// One contract's row.
    static func row<Sink: JSONSink>(_ statement: MonthStatement, to out: inout Sink) {
        out.object { object in
            object.member("contract", statement.contract.id.rawValue)
            object.member("customer", statement.contract.customer)
            object.member("tier", statement.contract.tier.rawValue)
            object.member("currency", statement.contract.currency.code)
            object.member("charge", statement.charge.amount.plain)
            object.member("uptime_percent", statement.availability.uptime.percentCut(digits: 4))
            object.member("uptime_target", Formatting.decimal(statement.terms.sla.uptime))
            object.member("met", statement.met)
            object.member("credit_percent", Formatting.decimal(statement.credit.percent))
            object.member("credit_amount", statement.credit.amount.plain)
            object.member("credit_applied", statement.credit.applied.plain)
            object.member("credit_applied_to", optional: statement.credit.appliedTo?.description)
            object.member("credit_forfeited", statement.credit.forfeited.plain)
            object.member("invoice_credit_applied", statement.invoice.creditApplied.plain)
            object.member("invoice_net", statement.invoice.net.plain)
            object.member("provisional", statement.availability.isProvisional)
            object.member("response_attainment", optional: statement.support.response.percent?.description)
            object.member("resolution_attainment", optional: statement.support.resolution.percent?.description)
            object.member("skipped_rows", Int64(statement.skippedRows.count))
        }
    }

    /// The totals in one currency, overall and per tier.
    static func totals<Sink: JSONSink>(_ portfolio: Portfolio, currency: Currency, to out: inout Sink) {
        let overall = portfolio.totals(currency: currency)
        out.object { object in
            object.member("currency", currency.code)
            object.member("contracts", Int64(overall.contracts))
            object.member("charges", overall.charges.plain)
            object.member("credits_earned", overall.earned.plain)
            object.member("credits_applied", overall.applied.plain)
            object.member("credits_forfeited", overall.forfeited.plain)
            object.member("tiers", each: portfolio.totalsByTier(currency: currency)) { array, entry in
                array.object { tier in
                    tier.member("tier", entry.0.rawValue)
                    tier.member("contracts", Int64(entry.1.contracts))
                    tier.member("charges", entry.1.charges.plain)
                    tier.member("credits_earned", entry.1.earned.plain)
                    tier.member("credits_applied", entry.1.applied.plain)
                    tier.member("credits_forfeited", entry.1.forfeited.plain)
                }
            }
        }
    }
}
