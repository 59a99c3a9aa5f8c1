import Covenant
import CovenantFormat

/// The tables and sentences of a budget plan, shared by the text, Markdown
/// and HTML renderers so that all three say the same thing.
enum BudgetTables {
    /// A column: its heading and whether it holds numbers (right-aligned).
    struct Column: Sendable {
        var title: String
        var numeric: Bool
    }

    /// A titled table of text cells. Cells hold raw text; each renderer escapes.
    struct Table: Sendable {
        var title: String
        var columns: [Column]
        var rows: [[String]]

        /// The indexes of the numeric columns.
        var numericColumns: Set<Int> { Set(columns.indices.filter { columns[$0].numeric }) }
    }

    /// The title line: `Budget plan: Base case 2026-2028`.
    static func title(_ plan: BudgetPlan) -> String { "Budget plan: \(plan.plan)" }

    /// The sentences that say what the tables mean.
    static func notes(_ plan: BudgetPlan) -> [String] {
        let first = plan.months.first?.month
        let last = plan.months.last?.month
        let span = first.map { "\(plan.months.count) months, \($0) to \(last!)." } ?? "No months."
        let target = Formatting.percent(plan.thresholds.target)
        let red = Formatting.percent(plan.thresholds.redFlag)
        return [
            "\(span) Amounts in \(plan.currency.code), exact to the cent.",
            "Share is support cost as a percentage of revenue, cut to two decimals: ok below \(target), "
                + "watch from \(target) to \(red), red above \(red).",
            "FTE to two decimals, rounded half-up. Req: required FTE. SE: support engineer. "
                + "VP: VP Customer Success. Staffed CSM FTE include contracted capacity.",
        ]
    }

    /// Every table in report order.
    static func tables(_ plan: BudgetPlan) -> [Table] {
        [people(plan), costs(plan), years(plan), firstStaffed(plan), costItems(plan)]
    }

    static func people(_ plan: BudgetPlan) -> Table {
        let columns =
            [Column(title: "Month", numeric: false)]
            + plan.tiers.map { Column(title: BudgetFigures.tierTitle($0), numeric: true) }
            + ["Total", "Tickets", "Human tickets"].map { Column(title: $0, numeric: true) }
            + [Column(title: "Phase", numeric: false)]
            + ["Req CSM", "Req SE", "Req VP", "CSM", "SE", "VP"].map { Column(title: $0, numeric: true) }
        let rows = plan.months.map { month in
            [month.month.description]
                + plan.tiers.map { String(month.customers[$0] ?? 0) }
                + [
                    String(month.totalCustomers), BudgetFigures.exact(month.tickets),
                    BudgetFigures.exact(month.humanTickets),
                ]
                + [month.phase.rawValue]
                + StaffingRoleName.allCases.map { BudgetFigures.fte(month.required[$0]) }
                + StaffingRoleName.allCases.map { BudgetFigures.fte(month.staffed[$0]) }
        }
        return Table(title: "Customers and staffing", columns: columns, rows: rows)
    }

    static func costs(_ plan: BudgetPlan) -> Table {
        let columns =
            [Column(title: "Month", numeric: false), Column(title: "Revenue", numeric: true)]
            + BudgetCostLine.allCases.map { Column(title: $0.title, numeric: true) }
            + [
                Column(title: "Total cost", numeric: true), Column(title: "Share %", numeric: true),
                Column(title: "Status", numeric: false),
            ]
        let rows = plan.months.map { month in
            [month.month.description, Formatting.grouped(month.revenue)]
                + BudgetCostLine.allCases.map { Formatting.grouped(month.costs[$0]) }
                + [
                    Formatting.grouped(month.totalCost), BudgetFigures.shownShare(month.shownShare),
                    month.status.rawValue,
                ]
        }
        return Table(title: "Costs (\(plan.currency.code))", columns: columns, rows: rows)
    }

    static func years(_ plan: BudgetPlan) -> Table {
        let columns = [
            Column(title: "Year", numeric: false), Column(title: "Months", numeric: true),
            Column(title: "Revenue", numeric: true), Column(title: "Total cost", numeric: true),
            Column(title: "Share %", numeric: true),
        ]
        let rows = plan.years.map { year in
            [
                String(year.year), String(year.months), Formatting.grouped(year.revenue),
                Formatting.grouped(year.totalCost),
                BudgetFigures.shownShare(year.shownShare),
            ]
        }
        return Table(title: "Years", columns: columns, rows: rows)
    }

    static func firstStaffed(_ plan: BudgetPlan) -> Table {
        let rows = StaffingRoleName.allCases.map { role in
            [role.title, plan.firstStaffed[role]?.description ?? "not staffed"]
        }
        return Table(
            title: "First staffed",
            columns: [Column(title: "Role", numeric: false), Column(title: "First month", numeric: false)], rows: rows)
    }

    static func costItems(_ plan: BudgetPlan) -> Table {
        let columns = [
            Column(title: "Item", numeric: false), Column(title: "Line", numeric: false),
            Column(title: "Price", numeric: true), Column(title: "From customers", numeric: true),
            Column(title: "First paid", numeric: false),
        ]
        let rows = plan.costItems.map { item in
            [
                item.name, item.kind == .tool ? "tools" : "on-call",
                Formatting.grouped(item.price) + (item.kind == .tool ? " a month" : " a week"),
                String(item.fromCustomers),
                item.firstMonth?.description ?? "never",
            ]
        }
        return Table(title: "Tools and on-call", columns: columns, rows: rows)
    }
}
