import Covenant
import CovenantFormat

/// Writes a ``PerformanceHistory`` out as a ``PerformanceDocument``.
public struct PerformanceWriter: Sendable {
    /// The history being written.
    public var history: PerformanceHistory

    /// A writer for a history.
    public init(_ history: PerformanceHistory) {
        self.history = history
    }

    /// The month columns.
    static let header = [
        "Month", "Met", "Uptime", "Target", "Earned", "Applied", "Forfeited", "Response", "Resolution", "CSAT", "NPS",
        "CES", "Red flags",
    ]

    /// The document.
    public func document() -> PerformanceDocument {
        let range = "\(history.first) to \(history.last)"
        var flags: [String] = []
        for tier in history.tiers {
            for month in tier.months {
                flags += month.flags.map { "\(month.month) \(tier.name) tier (\(tier.currency.code)): \($0.words)" }
            }
        }
        for contract in history.contracts {
            for month in contract.months {
                flags += month.flags.map { "\(month.month) \(contract.contract) \(contract.customer): \($0.words)" }
            }
        }
        flags.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return PerformanceDocument(
            title: "Service levels over time", range: range,
            summary: "\(Wording.count(history.contracts.count, "contract")) in "
                + Self.tierCount(history) + " from \(range), month by month.",
            tiers: history.tiers.map(tier), contracts: history.contracts.map(table), flags: flags,
            notes: [
                "Met: contracts whose uptime met their own target. Uptime: the tier's contracts pooled (available "
                    + "over eligible seconds), cut to four decimals. A figure marked ! misses its target; * is "
                    + "provisional (an incident is still open).",
                "Earned, applied and forfeited: the month's credits; applied ones go on the next month's invoices.",
                "Red flags (the source policy's): CSAT under 7 two months running; response attainment under the "
                    + "tier's achievement target.",
            ])
    }

    /// A tier's table and chart.
    func tier(_ row: PerformanceHistory.TierRow) -> PerformanceDocument.Tier {
        let title = "\(row.name) (\(row.currency.code))"
        let table = table(title: title, months: row.months, pooled: true)
        let chart = PerformanceDocument.Chart(
            title: "\(row.name): contracts meeting the uptime target, response and resolution attainment",
            months: row.months.map { month in
                PerformanceDocument.ChartMonth(
                    label: Wording.month(month.month).prefix(3) + " \(month.month.year)", met: month.contractsMet,
                    contracts: month.contracts, response: month.response.percent.map(Self.tenths),
                    resolution: month.resolution.percent.map(Self.tenths))
            },
            responseTarget: Self.tenths(row.months.last?.response.target ?? DecimalNumber(100)))
        return PerformanceDocument.Tier(table: table, chart: chart)
    }

    /// A contract's table.
    func table(_ row: PerformanceHistory.ContractRow) -> PerformanceDocument.Table {
        table(title: "\(row.contract) \(row.customer)", months: row.months, tier: row.tier.rawValue)
    }

    /// A table of months, its subtitle naming the last month's targets.
    func table(title: String, months: [PerformanceMonth], tier: String? = nil, pooled: Bool = false)
        -> PerformanceDocument.Table
    {
        var subtitle = tier.map { "tier \($0) · " } ?? ""
        if let last = months.last {
            subtitle += "targets: uptime \(Formatting.percent(last.uptimeTarget)), response "
                + "\(Formatting.percent(last.response.target)), resolution "
                + "\(Formatting.percent(last.resolution.target)), "
                + "CSAT \(Self.target(last.targets.csat)), NPS \(Self.target(last.targets.nps)), "
                + "CES \(Self.target(last.targets.ces, ceiling: true))"
        }
        return PerformanceDocument.Table(
            title: title, subtitle: subtitle, header: Self.header, rows: months.map { Self.row($0, pooled: pooled) },
            numericColumns: Set(1...11), flagged: months.map { !$0.flags.isEmpty })
    }

    /// `3 tiers`, or `3 tiers (4 tables, one per tier and currency)` when a
    /// tier bills in several currencies (its figures are never added across them).
    static func tierCount(_ history: PerformanceHistory) -> String {
        let tiers = Set(history.tiers.map(\.tier)).count
        let text = Wording.count(tiers, "tier")
        guard history.tiers.count > tiers else { return text }
        return text + " (\(history.tiers.count) tables, one per tier and currency)"
    }

    /// One month's cells; a tier's (`pooled`) counts the contracts that met their target.
    static func row(_ month: PerformanceMonth, pooled: Bool) -> [String] {
        let met = pooled ? "\(month.contractsMet) of \(month.contracts)" : month.met ? "yes" : "no"
        let (csat, nps, ces) = month.targets.met(month.surveys)
        return [
            month.month.description, met,
            month.uptime.percentCut(digits: 4) + "%" + (month.uptimeMeetsTarget ? "" : "!")
                + (month.provisional ? "*" : ""),
            Formatting.percent(month.uptimeTarget), Formatting.money(month.earned), Formatting.money(month.applied),
            Formatting.money(month.forfeited), attainment(month.response), attainment(month.resolution),
            score(month.surveys.csat, csat), score(month.surveys.nps, nps), score(month.surveys.ces, ces),
            month.flags.map(\.words).joined(separator: "; "),
        ]
    }

    /// `90.9%`, with `!` when under its target; `-` when nothing was counted.
    static func attainment(_ attainment: Attainment) -> String {
        guard let percent = attainment.percent else { return "-" }
        return "\(percent)%" + (attainment.achieved == false ? "!" : "")
    }

    /// `8.4`, with `!` when it misses its target; `-` without responses.
    static func score(_ value: DecimalNumber?, _ met: Bool?) -> String {
        guard let value else { return "-" }
        return value.description + (met == false ? "!" : "")
    }

    /// `8`, `at most 2.5`, or `none`.
    static func target(_ value: DecimalNumber?, ceiling: Bool = false) -> String {
        guard let value else { return "none" }
        return (ceiling ? "at most " : "") + Formatting.decimal(value)
    }

    /// A percentage in tenths, cut: `909` for 90.9.
    static func tenths(_ value: DecimalNumber) -> Int64 {
        Int64(clamping: value.numerator * 10 / value.denominator)
    }
}
