import Covenant
import CovenantFormat

/// The credit ledger ready for the text and Markdown renderers: its title,
/// a table per contract, a totals table per currency and the notes, worded
/// once by ``LedgerWriter``. Cells hold raw text; each renderer escapes.
public struct LedgerDocument: Sendable, Hashable {
    /// A titled table of text cells.
    public struct Table: Sendable, Hashable {
        /// The table's title: a contract and its customer, or a currency's totals.
        public var title: String
        /// A line under the title, or empty.
        public var subtitle: String
        /// Column headings.
        public var header: [String]
        /// Rows, one cell per column.
        public var rows: [[String]]
        /// The columns holding figures.
        public var numericColumns: Set<Int>
    }

    /// `Credit ledger`.
    public var title: String
    /// `2026-01 to 2026-03`.
    public var range: String
    /// What the ledger holds, in one sentence.
    public var summary: String
    /// One table per contract, in id order.
    public var contracts: [Table]
    /// One totals table per currency, by code.
    public var totals: [Table]
    /// What the reader must know beside the figures.
    public var notes: [String]
}
