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
        write(document(plan), indent: "") + "\n"
    }

    /// A JSON value whose objects keep their keys in order.
    indirect enum Value: Sendable {
        case string(String)
        case integer(Int64)
        case null
        case array([Value])
        case object([(String, Value)])

        var isScalar: Bool {
            switch self {
            case .string, .integer, .null: return true
            case .array, .object: return false
            }
        }
    }

    static func document(_ plan: BudgetPlan) -> Value {
        .object([
            ("schema", .string(schema)),
            ("plan", .string(plan.plan)),
            ("currency", .string(plan.currency.code)),
            ("months", .array(plan.months.map { month($0, tiers: plan.tiers) })),
            ("years", .array(plan.years.map(year))),
            ("first_staffed", roles { plan.firstStaffed[$0].map { .string($0.description) } ?? .null }),
        ])
    }

    static func month(_ month: BudgetMonth, tiers: [String]) -> Value {
        .object([
            ("month", .string(month.month.description)),
            ("customers", .object(tiers.map { ($0, .integer(month.customers[$0] ?? 0)) })),
            ("revenue", .string(month.revenue.plain)),
            ("tickets", .string(BudgetFigures.exact(month.tickets))),
            ("human_tickets", .string(BudgetFigures.exact(month.humanTickets))),
            ("fte_required", roles { .string(BudgetFigures.fte(month.required[$0])) }),
            ("fte_staffed", roles { .string(BudgetFigures.fte(month.staffed[$0])) }),
            ("costs", .object(BudgetCostLine.allCases.map { ($0.rawValue, .string(month.costs[$0].plain)) })),
            ("total_cost", .string(month.totalCost.plain)),
            ("share", BudgetFigures.share(month.shownShare).map(Value.string) ?? .null),
            ("status", .string(month.status.rawValue)),
        ])
    }

    static func year(_ year: BudgetYear) -> Value {
        .object([
            ("year", .integer(Int64(year.year))),
            ("revenue", .string(year.revenue.plain)),
            ("total_cost", .string(year.totalCost.plain)),
            ("share", BudgetFigures.share(year.shownShare).map(Value.string) ?? .null),
        ])
    }

    static func roles(_ value: (StaffingRoleName) -> Value) -> Value {
        .object(StaffingRoleName.allCases.map { ($0.rawValue, value($0)) })
    }

    /// Writes a value; arrays and objects holding only scalars stay on one
    /// line, others put each member on its own line.
    static func write(_ value: Value, indent: String) -> String {
        switch value {
        case .string(let text): return quote(text)
        case .integer(let number): return String(number)
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isScalar) {
                return "[" + items.map { write($0, indent: "") }.joined(separator: ", ") + "]"
            }
            let inner = indent + "  "
            return "[\n" + items.map { inner + write($0, indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            if members.allSatisfy(\.1.isScalar) {
                return "{" + members.map { quote($0.0) + ": " + write($0.1, indent: "") }.joined(separator: ", ") + "}"
            }
            let inner = indent + "  "
            return "{\n"
                + members.map { inner + quote($0.0) + ": " + write($0.1, indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "}"
        }
    }

    /// A JSON string: quotes, backslashes, control characters and invisible
    /// separators escaped.
    static func quote(_ text: String) -> String {
        JSONValue.quote(text, escapingInvisibles: true)
    }
}
