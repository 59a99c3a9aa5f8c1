import Covenant

/// Renders a budget plan as CSV: a header and one row per month, amounts as
/// plain decimals (RFC 4180 quoting, lines ending in a line feed).
public enum BudgetCSVRenderer {
    /// The plan as CSV, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        let roles = StaffingRoleName.allCases.map(\.rawValue)
        let header =
            ["month"] + plan.tiers.map { "customers_\($0)" } + [
                "customers_total", "revenue", "tickets", "human_tickets", "phase",
            ]
            + roles.map { "fte_required_\($0)" } + roles.map { "fte_staffed_\($0)" }
            + BudgetCostLine.allCases.map { "cost_\($0.rawValue)" } + ["total_cost", "share", "status"]
        let records = plan.months.map { month in
            [month.month.description] + plan.tiers.map { String(month.customers[$0] ?? 0) }
                + [
                    String(month.totalCustomers), month.revenue.plain, BudgetFigures.exact(month.tickets),
                    BudgetFigures.exact(month.humanTickets), month.phase.rawValue,
                ]
                + StaffingRoleName.allCases.map { BudgetFigures.fte(month.required[$0]) }
                + StaffingRoleName.allCases.map { BudgetFigures.fte(month.staffed[$0]) }
                + BudgetCostLine.allCases.map { month.costs[$0].plain }
                + [month.totalCost.plain, BudgetFigures.share(month.shownShare) ?? "", month.status.rawValue]
        }
        let words: Set<String> = ["month", "phase", "status"]
        return CSV.document(
            header: header, records: records, numberColumns: Set(header.filter { !words.contains($0) }), text: words)
    }
}
