import Covenant
import CovenantFormat

/// Statements as CSV: one row per contract (RFC 4180).
public enum StatementCSV {
    /// The header row.
    public static let header = [
        "contract", "customer", "tier", "month", "currency", "catalog_version", "locked", "charge",
        "invoice_credit_from", "invoice_credit_applied", "invoice_net", "period_seconds",
        "excluded_seconds", "eligible_seconds", "downtime_seconds", "uptime_exact", "uptime_percent", "uptime_target",
        "met", "provisional", "band_below", "credit_percent", "credit_amount", "capped", "applied_to", "applied",
        "forfeited",
        "response_met", "response_missed", "response_pending", "response_attainment", "response_target",
        "response_achieved",
        "resolution_met", "resolution_missed", "resolution_pending", "resolution_attainment", "resolution_target",
        "resolution_achieved", "csat", "csat_count", "nps", "nps_count", "ces", "ces_count", "skipped_rows",
    ]

    /// The columns of text, quoted whatever they hold: identifiers, names,
    /// versions, months and the exact uptime fraction, which spreadsheets
    /// would otherwise read as numbers (`2026.1`), dates (`2026-03`) or dates
    /// again (`2669400/2669400`).
    public static let textColumns: Set<String> = [
        "contract", "customer", "tier", "month", "currency", "catalog_version", "uptime_exact", "applied_to",
        "invoice_credit_from",
    ]

    /// The columns that hold numbers (amounts, seconds, counts, percentages,
    /// scores): written as they are, so a negative NPS stays a number. Every
    /// other column is text from files or words, and a text cell that starts
    /// like a formula is quoted with `'` (``Escape/csv(_:)``).
    public static let numberColumns: Set<String> = [
        "charge", "invoice_credit_applied", "invoice_net", "period_seconds", "excluded_seconds", "eligible_seconds",
        "downtime_seconds",
        "uptime_percent", "uptime_target", "band_below", "credit_percent", "credit_amount", "applied", "forfeited",
        "response_met", "response_missed", "response_pending", "response_attainment", "response_target",
        "resolution_met", "resolution_missed", "resolution_pending", "resolution_attainment", "resolution_target",
        "csat", "csat_count", "nps", "nps_count", "ces", "ces_count", "skipped_rows",
    ]

    /// The fields of one statement's row.
    public static func fields(_ statement: MonthStatement) -> [String] {
        let availability = statement.availability
        let credit = statement.credit
        return [
            statement.contract.id.rawValue, statement.contract.customer, statement.contract.tier.rawValue,
            statement.month.description, statement.contract.currency.code, statement.terms.catalogVersion.version,
            String(statement.terms.locked), statement.charge.amount.plain,
            statement.invoice.creditFrom?.description ?? "", statement.invoice.creditApplied.plain,
            statement.invoice.net.plain, String(availability.periodSeconds),
            String(availability.excludedSeconds), String(availability.eligibleSeconds),
            String(availability.downtimeSeconds),
            availability.uptime.description, availability.uptime.percentCut(digits: 4),
            Formatting.decimal(statement.terms.sla.uptime), String(statement.met), String(availability.isProvisional),
            credit.band.map { Formatting.decimal($0.below) } ?? "", Formatting.decimal(credit.percent),
            credit.amount.plain,
            String(credit.capped), credit.appliedTo?.description ?? "", credit.applied.plain, credit.forfeited.plain,
        ] + attainmentFields(statement.support.response) + attainmentFields(statement.support.resolution)
            + surveyFields(statement.surveys) + [String(statement.skippedRows.count)]
    }

    /// Met, missed, pending, attainment, target and achieved (empty when nothing was counted).
    static func attainmentFields(_ attainment: Attainment) -> [String] {
        [
            String(attainment.met), String(attainment.missed), String(attainment.pending),
            attainment.percent?.description ?? "", Formatting.decimal(attainment.target),
            attainment.achieved.map { String($0) } ?? "",
        ]
    }

    /// CSAT, NPS and CES with their counts (empty scores when none).
    static func surveyFields(_ surveys: SurveySummary) -> [String] {
        [
            surveys.csat?.description ?? "", String(surveys.csatCount), surveys.nps?.description ?? "",
            String(surveys.npsCount), surveys.ces?.description ?? "", String(surveys.cesCount),
        ]
    }

    /// A CSV document of several statements.
    public static func render(_ statements: [MonthStatement]) -> String {
        CSV.document(
            header: header, records: statements.map(fields), numberColumns: numberColumns, text: textColumns)
    }
}
