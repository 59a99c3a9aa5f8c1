import Covenant
import CovenantFormat

/// The statement's JSON form (schema `covenant.statement/2`, documented in
/// `docs/reference/statement-json.md`):
/// amounts and percentages as exact decimal strings, durations in whole
/// seconds, instants in RFC 3339 UTC.
public enum StatementJSON {
    /// The schema name every statement object carries.
    public static let schema = "covenant.statement/2"

    /// The JSON object of one statement.
    public static func value(_ statement: MonthStatement) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("contract", .string(statement.contract.id.rawValue)),
            ("customer", .string(statement.contract.customer)),
            ("tier", .string(statement.contract.tier.rawValue)),
            ("month", .string(statement.month.description)),
            ("timezone", .string(statement.contract.zone.identifier)),
            ("currency", .string(statement.contract.currency.code)),
            ("contacts", .array(statement.contract.contacts.map { contact in
                .object([("role", .string(contact.role)), ("address", .string(contact.address))])
            })),
            ("terms", .object([
                ("catalog_version", .string(statement.terms.catalogVersion.version)),
                ("locked", .bool(statement.terms.locked)),
                ("uptime_target", .string(Formatting.decimal(statement.terms.sla.uptime))),
            ])),
            ("charge", .string(statement.charge.amount.plain)),
            ("invoice", invoice(statement.invoice)),
            ("availability", availability(statement)),
            ("credit", credit(statement.credit)),
            ("support", SupportJSON.value(statement.support)),
            ("surveys", SupportJSON.value(statement.surveys)),
            ("skipped_rows", .array(statement.skippedRows.map(skippedRow))),
            ("warnings", .array(statement.notes.map { .string($0.words) })),
        ])
    }

    /// A row `--lenient` skipped: its file, line and reasons.
    static func skippedRow(_ row: SkippedRow) -> JSONValue {
        .object([
            ("file", .string(row.file)), ("line", .integer(Int64(row.line))),
            ("reasons", .array(row.reasons.map { .string($0) })),
        ])
    }

    /// One statement as a JSON document.
    public static func render(_ statement: MonthStatement) -> String { value(statement).rendered }

    /// `availability`: the seconds, the exact and cut uptime, each incident and maintenance window.
    static func availability(_ statement: MonthStatement) -> JSONValue {
        let availability = statement.availability
        return .object([
            ("period_seconds", .integer(availability.periodSeconds)),
            ("excluded_seconds", .integer(availability.excludedSeconds)),
            ("eligible_seconds", .integer(availability.eligibleSeconds)),
            ("downtime_seconds", .integer(availability.downtimeSeconds)),
            ("uptime_exact", .string(availability.uptime.description)),
            ("uptime_percent", .string(availability.uptime.percentCut(digits: 4))),
            ("met", .bool(statement.met)),
            ("incidents", .array(availability.incidents.map { entry in
                .object([
                    ("id", .string(entry.incident.id.rawValue)),
                    ("severity", .optional(entry.incident.severity)),
                    ("counted_seconds", .integer(entry.countedSeconds)),
                    ("cause", .string(entry.incident.cause.rawValue)),
                    ("root_cause", .optional(entry.incident.rootCause)),
                    ("fix", .optional(entry.incident.fix)),
                ])
            })),
            ("maintenance", .array(availability.maintenance.map { entry in
                .object([
                    ("id", .string(entry.classification.event.id)),
                    ("excluded_seconds", .integer(entry.excludedSeconds)),
                    ("downtime_seconds", .integer(entry.downtimeSeconds)),
                    ("reason", .string(entry.classification.reasonWords)),
                ])
            })),
        ])
    }

    /// `invoice`: the credit last month's statement applies to this month's
    /// charge, and the net amount invoiced.
    static func invoice(_ invoice: Invoice) -> JSONValue {
        .object([
            ("credit_from", .optional(invoice.creditFrom?.description)),
            ("credit_applied", .string(invoice.creditApplied.plain)),
            ("net", .string(invoice.net.plain)),
        ])
    }

    /// `credit`: the band, the share, the amounts and where they go.
    static func credit(_ credit: ServiceCredit) -> JSONValue {
        .object([
            ("band_below", .optional(credit.band.map { Formatting.decimal($0.below) })),
            ("percent", .string(Formatting.decimal(credit.percent))),
            ("amount", .string(credit.amount.plain)),
            ("capped", .bool(credit.capped)),
            ("applied_to", .optional(credit.appliedTo?.description)),
            ("applied", .string(credit.applied.plain)),
            ("forfeited", .string(credit.forfeited.plain)),
            ("actions", .array(credit.actions.map { .string($0) })),
        ])
    }
}
