import Covenant
import CovenantFormat

/// Statements as CSV: one row per contract (RFC 4180).
public enum StatementCSV {
    /// The header row.
    public static let header = [
        "contract", "customer", "tier", "month", "currency", "catalog_version", "locked", "charge", "period_seconds",
        "excluded_seconds", "eligible_seconds", "downtime_seconds", "uptime_exact", "uptime_percent", "uptime_target",
        "met", "provisional", "band_below", "credit_percent", "credit_amount", "capped", "applied_to", "applied", "forfeited",
    ]

    /// The fields of one statement's row.
    public static func fields(_ statement: MonthStatement) -> [String] {
        let availability = statement.availability
        let credit = statement.credit
        return [
            statement.contract.id.rawValue, statement.contract.customer, statement.contract.tier.rawValue,
            statement.month.description, statement.contract.currency.code, statement.terms.catalogVersion.version,
            String(statement.terms.locked), statement.charge.amount.plain, String(availability.periodSeconds),
            String(availability.excludedSeconds), String(availability.eligibleSeconds), String(availability.downtimeSeconds),
            availability.uptime.description, availability.uptime.percentCut(digits: 4),
            Formatting.percent(statement.terms.sla.uptime), String(statement.met), String(availability.isProvisional),
            credit.band.map { Formatting.percent($0.below) } ?? "", Formatting.percent(credit.percent), credit.amount.plain,
            String(credit.capped), credit.appliedTo?.description ?? "", credit.applied.plain, credit.forfeited.plain,
        ]
    }

    /// A CSV document of several statements.
    public static func render(_ statements: [MonthStatement]) -> String {
        ([header] + statements.map(fields)).map(line).joined()
    }

    /// One CSV record with a CRLF-free line end.
    public static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\n"
    }

    /// A field quoted when it holds a comma, quote or line break.
    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
