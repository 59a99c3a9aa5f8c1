import Covenant
import CovenantFormat

/// The statement's JSON form (schema `covenant.statement/2`, documented in
/// `docs/reference/statement-json.md`):
/// amounts and percentages as exact decimal strings, durations in whole
/// seconds, instants in RFC 3339 UTC. Described once (``write(_:to:)``),
/// written as a tree or straight as text.
public enum StatementJSON {
    /// The schema name every statement object carries.
    public static let schema = "covenant.statement/2"

    /// The JSON object of one statement.
    public static func value(_ statement: MonthStatement) -> JSONValue {
        var tree = JSONTree()
        write(statement, to: &tree)
        return tree.value
    }

    /// One statement as a JSON document (its ``value(_:)`` rendered, written without the tree).
    public static func render(_ statement: MonthStatement) -> String {
        var text = JSONText(capacity: 4096 + statement.support.tickets.count * 700)
        write(statement, to: &text)
        return text.text
    }

    /// Writes the JSON object of one statement.
    public static func write<Sink: JSONSink>(_ statement: MonthStatement, to out: inout Sink) {
        out.object { object in
            object.member("schema", schema)
            object.member("contract", statement.contract.id.rawValue)
            object.member("customer", statement.contract.customer)
            object.member("tier", statement.contract.tier.rawValue)
            object.member("month", statement.month.description)
            object.member("timezone", statement.contract.zone.identifier)
            object.member("currency", statement.contract.currency.code)
            object.member("contacts", each: statement.contract.contacts) { array, contact in
                array.object { item in
                    item.member("role", contact.role)
                    item.member("address", contact.address)
                }
            }
            object.member("terms") { value in
                value.object { terms in
                    terms.member("catalog_version", statement.terms.catalogVersion.version)
                    terms.member("locked", statement.terms.locked)
                    terms.member("uptime_target", Formatting.decimal(statement.terms.sla.uptime))
                }
            }
            object.member("charge", statement.charge.amount.plain)
            object.member("invoice") { invoice(statement.invoice, to: &$0) }
            object.member("availability") { availability(statement, to: &$0) }
            object.member("credit") { credit(statement.credit, to: &$0) }
            object.member("support") { SupportJSON.write(statement.support, to: &$0) }
            object.member("surveys") { SupportJSON.write(statement.surveys, to: &$0) }
            object.member("skipped_rows", each: statement.skippedRows) { array, row in
                array.object { item in
                    item.member("file", row.file)
                    item.member("line", Int64(row.line))
                    item.member("reasons", each: row.reasons) { $0.string($1) }
                }
            }
            object.member("warnings", each: statement.notes) { $0.string($1.words) }
        }
    }

    /// `availability`: the seconds, the exact and cut uptime, each incident and maintenance window.
    static func availability<Sink: JSONSink>(_ statement: MonthStatement, to out: inout Sink) {
        let availability = statement.availability
        out.object { object in
            object.member("period_seconds", availability.periodSeconds)
            object.member("excluded_seconds", availability.excludedSeconds)
            object.member("eligible_seconds", availability.eligibleSeconds)
            object.member("downtime_seconds", availability.downtimeSeconds)
            object.member("uptime_exact", availability.uptime.description)
            object.member("uptime_percent", availability.uptime.percentCut(digits: 4))
            object.member("met", statement.met)
            object.member("incidents", each: availability.incidents) { array, entry in
                array.object { item in
                    item.member("id", entry.incident.id.rawValue)
                    item.member("severity", optional: entry.incident.severity)
                    item.member("counted_seconds", entry.countedSeconds)
                    item.member("cause", entry.incident.cause.rawValue)
                    item.member("root_cause", optional: entry.incident.rootCause)
                    item.member("fix", optional: entry.incident.fix)
                }
            }
            object.member("maintenance", each: availability.maintenance) { array, entry in
                array.object { item in
                    item.member("id", entry.classification.event.id)
                    item.member("excluded_seconds", entry.excludedSeconds)
                    item.member("downtime_seconds", entry.downtimeSeconds)
                    item.member("reason", entry.classification.reasonWords)
                }
            }
        }
    }

    /// `invoice`: the credit last month's statement applies to this month's
    /// charge, and the net amount invoiced.
    static func invoice<Sink: JSONSink>(_ invoice: Invoice, to out: inout Sink) {
        out.object { object in
            object.member("credit_from", optional: invoice.creditFrom?.description)
            object.member("credit_applied", invoice.creditApplied.plain)
            object.member("net", invoice.net.plain)
        }
    }

    /// `credit`: the band, the share, the amounts and where they go.
    static func credit<Sink: JSONSink>(_ credit: ServiceCredit, to out: inout Sink) {
        out.object { object in
            object.member("band_below", optional: credit.band.map { Formatting.decimal($0.below) })
            object.member("percent", Formatting.decimal(credit.percent))
            object.member("amount", credit.amount.plain)
            object.member("capped", credit.capped)
            object.member("applied_to", optional: credit.appliedTo?.description)
            object.member("applied", credit.applied.plain)
            object.member("forfeited", credit.forfeited.plain)
            object.member("actions", each: credit.actions) { $0.string($1) }
        }
    }
}
