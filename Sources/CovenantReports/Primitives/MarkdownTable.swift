/// A Markdown (GitHub) table laid out from cells already escaped for
/// Markdown: a header row, the rule that aligns figure columns right, the
/// rows and an optional closing row in bold.
public struct MarkdownTable: Sendable {
    /// How the rule under the header is written.
    public enum Rule: Sendable {
        /// `| --- | ---: |`.
        case spaced
        /// `|---|---:|`.
        case compact
    }

    /// Column headings.
    public var header: [String]
    /// Body rows, one cell per column.
    public var rows: [[String]]
    /// A closing row (a total) whose cells are bold unless blank, or `nil`.
    public var footer: [String]?
    /// Columns holding figures.
    public var numericColumns: Set<Int>
    /// The rule's spacing.
    public var rule: Rule

    /// Creates a table.
    public init(
        header: [String], rows: [[String]], footer: [String]? = nil, numericColumns: Set<Int> = [], rule: Rule = .spaced
    ) {
        self.header = header
        self.rows = rows
        self.footer = footer
        self.numericColumns = numericColumns
        self.rule = rule
    }

    /// The table's lines, without line breaks.
    public var lines: [String] {
        let marks = header.indices.map { numericColumns.contains($0) ? "---:" : "---" }
        let ruleLine = rule == .spaced ? Self.row(marks) : "|" + marks.map { $0 + "|" }.joined()
        var lines = [Self.row(header), ruleLine] + rows.map(Self.row)
        if let footer { lines.append(Self.row(footer.map { $0.allSatisfy { $0 == " " } ? $0 : "**\($0)**" })) }
        return lines
    }

    /// The table as text, each line ending with a line break.
    public var text: String { lines.map { $0 + "\n" }.joined() }

    /// One row: `| a | b |`.
    public static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}
