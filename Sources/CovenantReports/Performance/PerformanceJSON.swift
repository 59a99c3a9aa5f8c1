import Covenant
import CovenantFormat

/// The report over time's JSON form (schema `covenant.report/1`,
/// docs/ledger.md): tiers and contracts, each month's figures.
public enum PerformanceJSON {
    /// The history as a JSON document.
    public static func render(_ history: PerformanceHistory) -> String {
        JSONValue.object([
            ("schema", .string("covenant.report/1")),
            ("from", .string(history.first.description)),
            ("to", .string(history.last.description)),
            ("tiers", .array(history.tiers.map { tier in
                .object([
                    ("tier", .string(tier.tier.rawValue)),
                    ("name", .string(tier.name)),
                    ("currency", .string(tier.currency.code)),
                    ("months", .array(tier.months.map(month))),
                ])
            })),
            ("contracts", .array(history.contracts.map { contract in
                .object([
                    ("contract", .string(contract.contract.rawValue)),
                    ("customer", .string(contract.customer)),
                    ("tier", .string(contract.tier.rawValue)),
                    ("currency", .string(contract.currency.code)),
                    ("months", .array(contract.months.map(month))),
                ])
            })),
        ]).rendered
    }

    /// One month.
    static func month(_ month: PerformanceMonth) -> JSONValue {
        let (csat, nps, ces) = month.targets.met(month.surveys)
        return .object([
            ("month", .string(month.month.description)),
            ("contracts", .integer(Int64(month.contracts))),
            ("contracts_met", .integer(Int64(month.contractsMet))),
            ("uptime", .object([
                ("exact", .string(month.uptime.description)),
                ("percent", .string(month.uptime.percentCut(digits: 4))),
                ("target", .string(Formatting.decimal(month.uptimeTarget))),
                ("met", .bool(month.met)),
                ("provisional", .bool(month.provisional)),
            ])),
            ("credits", .object([
                ("earned", .string(month.earned.plain)),
                ("applied", .string(month.applied.plain)),
                ("forfeited", .string(month.forfeited.plain)),
            ])),
            ("response", attainment(month.response)),
            ("resolution", attainment(month.resolution)),
            ("surveys", .object([
                ("csat", score(month.surveys.csat, month.surveys.csatCount, month.targets.csat, csat)),
                ("nps", score(month.surveys.nps, month.surveys.npsCount, month.targets.nps, nps)),
                ("ces", score(month.surveys.ces, month.surveys.cesCount, month.targets.ces, ces)),
            ])),
            ("red_flags", .array(month.flags.map(flag))),
        ])
    }

    static func attainment(_ attainment: Attainment) -> JSONValue {
        .object([
            ("met", .integer(Int64(attainment.met))),
            ("missed", .integer(Int64(attainment.missed))),
            ("pending", .integer(Int64(attainment.pending))),
            ("attainment", .optional(attainment.percent?.description)),
            ("target", .string(Formatting.decimal(attainment.target))),
            ("achieved", attainment.achieved.map { .bool($0) } ?? .null),
        ])
    }

    static func score(_ value: DecimalNumber?, _ count: Int, _ target: DecimalNumber?, _ met: Bool?) -> JSONValue {
        .object([
            ("score", .optional(value?.description)),
            ("count", .integer(Int64(count))),
            ("target", .optional(target.map(Formatting.decimal))),
            ("met", met.map { .bool($0) } ?? .null),
        ])
    }

    static func flag(_ flag: RedFlag) -> JSONValue {
        switch flag {
        case .csatLow(let previous, let current):
            return .object([
                ("flag", .string(flag.code)), ("previous", .string(previous.description)),
                ("current", .string(current.description)),
            ])
        case .responseUnderTarget(let attainment, let target):
            return .object([
                ("flag", .string(flag.code)), ("attainment", .string(attainment.description)),
                ("target", .string(Formatting.decimal(target))),
            ])
        }
    }
}
