import Covenant
import CovenantFormat

/// The report over time ready for the text, Markdown and HTML renderers: a
/// table (and, for HTML, a chart) per tier, a table per contract, the red
/// flags and the notes, worded once by ``PerformanceWriter``. Cells hold raw
/// text; each renderer escapes.
public struct PerformanceDocument: Sendable, Hashable {
    /// A titled table of month rows.
    public struct Table: Sendable, Hashable {
        /// `Professional (USD)`, `C-2026-014 SmallMart Inc.`.
        public var title: String
        /// The targets the months are judged against.
        public var subtitle: String
        /// Column headings.
        public var header: [String]
        /// One row per month.
        public var rows: [[String]]
        /// The columns holding figures.
        public var numericColumns: Set<Int>
        /// Whether each row raised a red flag.
        public var flagged: [Bool]
    }

    /// One month of a tier's chart, in exact figures.
    public struct ChartMonth: Sendable, Hashable {
        /// `Jan 2026`.
        public var label: String
        /// Contracts that met their uptime target, and contracts.
        public var met: Int
        public var contracts: Int
        /// Response and resolution attainment in tenths of a percent (`909` for 90.9%); `nil` when nothing counted.
        public var response: Int64?
        public var resolution: Int64?
    }

    /// A tier's chart: its months and the response achievement target.
    public struct Chart: Sendable, Hashable {
        /// What the chart shows, for its title.
        public var title: String
        public var months: [ChartMonth]
        /// The response achievement target in tenths of a percent.
        public var responseTarget: Int64
    }

    /// A tier: its table and chart.
    public struct Tier: Sendable, Hashable {
        public var table: Table
        public var chart: Chart
    }

    /// `Service levels over time`.
    public var title: String
    /// `2026-01 to 2026-03`.
    public var range: String
    /// What the report holds, in one sentence.
    public var summary: String
    /// One per tier and currency.
    public var tiers: [Tier]
    /// One per contract, in id order.
    public var contracts: [Table]
    /// Every red flag, one line each: month, who, what.
    public var flags: [String]
    /// How to read the tables.
    public var notes: [String]
}
