import Covenant
import CovenantFormat

/// The statement's JSON form (CLI.md, schema `covenant.statement/1`):
/// amounts and percentages as exact decimal strings, durations in whole
/// seconds, instants in RFC 3339 UTC.
public enum StatementJSON {
    /// The JSON object of one statement.
    public static func value(_ statement: MonthStatement) -> JSONValue {
        let availability = statement.availability
        let credit = statement.credit
        var members: [(String, JSONValue)] = [
            ("schema", .string("covenant.statement/1")),
            ("contract", .string(statement.contract.id.rawValue)),
            ("customer", .string(statement.contract.customer)),
            ("tier", .string(statement.contract.tier.rawValue)),
            ("month", .string(statement.month.description)),
            ("timezone", .string(statement.contract.zone.identifier)),
            ("currency", .string(statement.contract.currency.code)),
            ("terms", .object([
                ("catalog_version", .string(statement.terms.catalogVersion.version)),
                ("locked", .bool(statement.terms.locked)),
                ("uptime_target", .string(Formatting.decimal(statement.terms.sla.uptime))),
            ])),
            ("charge", .string(statement.charge.amount.plain)),
            ("availability", .object([
                ("period_seconds", .integer(availability.periodSeconds)),
                ("excluded_seconds", .integer(availability.excludedSeconds)),
                ("eligible_seconds", .integer(availability.eligibleSeconds)),
                ("downtime_seconds", .integer(availability.downtimeSeconds)),
                ("uptime_exact", .string(availability.uptime.description)),
                ("uptime_percent", .string(availability.uptime.percentCut(digits: 4))),
                ("met", .bool(statement.met)),
                ("incidents", .array(availability.incidents.map { entry in
                    .object([
                        ("id", .string(entry.incident.id)),
                        ("counted_seconds", .integer(entry.countedSeconds)),
                        ("cause", .string(entry.incident.cause.rawValue)),
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
            ])),
            ("credit", .object([
                ("band_below", .optional(credit.band.map { Formatting.decimal($0.below) })),
                ("percent", .string(Formatting.decimal(credit.percent))),
                ("amount", .string(credit.amount.plain)),
                ("capped", .bool(credit.capped)),
                ("applied_to", .optional(credit.appliedTo?.description)),
                ("applied", .string(credit.applied.plain)),
                ("forfeited", .string(credit.forfeited.plain)),
                ("actions", .array(credit.actions.map { .string($0) })),
            ])),
        ]
        members.append(("support", SupportJSON.value(statement.support)))
        members.append(("surveys", SupportJSON.value(statement.surveys)))
        members.append(("warnings", .array(statement.notes.map { .string($0.words) })))
        return .object(members)
    }

    /// One statement as a JSON document.
    public static func render(_ statement: MonthStatement) -> String { value(statement).rendered }

    /// The portfolio summary as JSON.
    public static func render(_ portfolio: Portfolio) -> String {
        var totals: [JSONValue] = []
        for currency in portfolio.currencies {
            let overall = portfolio.totals(currency: currency)
            totals.append(.object([
                ("currency", .string(currency.code)),
                ("contracts", .integer(Int64(overall.contracts))),
                ("charges", .string(overall.charges.plain)),
                ("credits", .string(overall.credits.plain)),
                ("tiers", .array(portfolio.totalsByTier(currency: currency).map { tier, sums in
                    .object([
                        ("tier", .string(tier.rawValue)),
                        ("contracts", .integer(Int64(sums.contracts))),
                        ("charges", .string(sums.charges.plain)),
                        ("credits", .string(sums.credits.plain)),
                    ])
                })),
            ]))
        }
        return JSONValue.object([
            ("schema", .string("covenant.summary/1")),
            ("month", .string(portfolio.month.description)),
            ("contracts", .array(portfolio.statements.map { statement in
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
                    ("provisional", .bool(statement.availability.isProvisional)),
                    ("response_attainment", .optional(statement.support.response.percent?.description)),
                    ("resolution_attainment", .optional(statement.support.resolution.percent?.description)),
                ])
            })),
            ("totals", .array(totals)),
        ]).rendered
    }
}
