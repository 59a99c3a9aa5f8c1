import Covenant
import CovenantFormat

/// The report over time as CSV (RFC 4180): one row per tier-month and per
/// contract-month, tiers first.
public enum PerformanceCSV {
    /// The header row.
    public static let header = [
        "scope", "tier", "currency", "contract", "customer", "month", "contracts", "contracts_met", "uptime_exact",
        "uptime_percent", "uptime_target", "met", "provisional", "credit_earned", "credit_applied", "credit_forfeited",
        "response_attainment", "response_target", "response_achieved", "resolution_attainment", "resolution_target",
        "resolution_achieved", "csat", "csat_count", "csat_target", "csat_met", "nps", "nps_count", "nps_target",
        "nps_met", "ces", "ces_count", "ces_target", "ces_met", "red_flags",
    ]

    /// The columns of text, quoted whatever they hold (as in the statement CSV).
    public static let textColumns: Set<String> = [
        "scope", "tier", "currency", "contract", "customer", "month", "uptime_exact", "red_flags",
    ]

    /// The columns that hold numbers; the rest are text or `true`/`false`.
    public static let numberColumns: Set<String> = [
        "contracts", "contracts_met", "uptime_percent", "uptime_target", "credit_earned", "credit_applied",
        "credit_forfeited", "response_attainment", "response_target", "resolution_attainment", "resolution_target",
        "csat", "csat_count", "csat_target", "nps", "nps_count", "nps_target", "ces", "ces_count", "ces_target",
    ]

    /// Every row.
    public static func render(_ history: PerformanceHistory) -> String {
        var records: [[String]] = []
        for tier in history.tiers {
            records += tier.months.map {
                fields(
                    $0, scope: ["tier", tier.tier.rawValue, tier.currency.code, "", ""])
            }
        }
        for contract in history.contracts {
            records += contract.months.map {
                fields(
                    $0,
                    scope: [
                        "contract", contract.tier.rawValue, contract.currency.code, contract.contract.rawValue,
                        contract.customer,
                    ])
            }
        }
        return CSV.document(header: header, records: records, numberColumns: numberColumns, text: textColumns)
    }

    /// One month's fields after its scope's.
    static func fields(_ month: PerformanceMonth, scope: [String]) -> [String] {
        let (csat, nps, ces) = month.targets.met(month.surveys)
        func optional(_ flag: Bool?) -> String { flag.map { String($0) } ?? "" }
        return scope + [
            month.month.description, String(month.contracts), String(month.contractsMet), month.uptime.description,
            month.uptime.percentCut(digits: 4), Formatting.decimal(month.uptimeTarget), String(month.met),
            String(month.provisional), month.earned.plain, month.applied.plain, month.forfeited.plain,
            month.response.percent?.description ?? "", Formatting.decimal(month.response.target),
            optional(month.response.achieved), month.resolution.percent?.description ?? "",
            Formatting.decimal(month.resolution.target), optional(month.resolution.achieved),
            month.surveys.csat?.description ?? "", String(month.surveys.csatCount),
            month.targets.csat.map(Formatting.decimal) ?? "", optional(csat),
            month.surveys.nps?.description ?? "", String(month.surveys.npsCount),
            month.targets.nps.map(Formatting.decimal) ?? "", optional(nps),
            month.surveys.ces?.description ?? "", String(month.surveys.cesCount),
            month.targets.ces.map(Formatting.decimal) ?? "", optional(ces),
            month.flags.map(\.code).joined(separator: ";"),
        ]
    }
}
