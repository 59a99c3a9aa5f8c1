import Covenant
import CovenantFormat

/// Renders a budget plan as STAFFING.md's JSON (`covenant.budget/1`): keys
/// in a fixed order, amounts as exact decimal strings, the same bytes for
/// the same plan.
public enum BudgetJSONRenderer {
    /// The schema name written in every document.
    public static let schema = "covenant.budget/1"

    /// The plan as JSON, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        document(plan).rendered(.compactScalars)
    }

    static func document(_ plan: BudgetPlan) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("plan", .string(plan.plan)),
            ("currency", .string(plan.currency.code)),
            ("months", .array(plan.months.map { month($0, tiers: plan.tiers) })),
            ("years", .array(plan.years.map(year))),
            ("first_staffed", roles { plan.firstStaffed[$0].map { .string($0.description) } ?? .null }),
        ])
    }

    static func month(_ month: BudgetMonth, tiers: [TierName]) -> JSONValue {
        .object([
            ("month", .string(month.month.description)),
            ("customers", .object(tiers.map { ($0.rawValue, .integer(month.customers[$0] ?? 0)) })),
            ("revenue", .string(month.revenue.plain)),
            ("tickets", .string(BudgetFigures.exact(month.tickets))),
            ("human_tickets", .string(BudgetFigures.exact(month.humanTickets))),
            ("fte_required", roles { .string(BudgetFigures.fte(month.required[$0])) }),
            ("fte_staffed", roles { .string(BudgetFigures.fte(month.staffed[$0])) }),
            ("costs", .object(BudgetCostLine.allCases.map { ($0.rawValue, .string(month.costs[$0].plain)) })),
            ("total_cost", .string(month.totalCost.plain)),
            ("share", BudgetFigures.share(month.shownShare).map(JSONValue.string) ?? .null),
            ("status", .string(month.status.rawValue)),
        ])
    }

    static func year(_ year: BudgetYear) -> JSONValue {
        .object([
            ("year", .integer(Int64(year.year))),
            ("revenue", .string(year.revenue.plain)),
            ("total_cost", .string(year.totalCost.plain)),
            ("share", BudgetFigures.share(year.shownShare).map(JSONValue.string) ?? .null),
        ])
    }

    static func roles(_ value: (StaffingRoleName) -> JSONValue) -> JSONValue {
        .object(StaffingRoleName.allCases.map { ($0.rawValue, value($0)) })
    }
}
