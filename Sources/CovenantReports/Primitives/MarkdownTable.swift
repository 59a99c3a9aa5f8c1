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

    /// The table as text, each line ending with a line break (``lines``,
    /// written into bytes).
    public var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity((rows.count + 3) * 96)
        func add(_ cells: [String]) {
            bytes.add("| ")
            for (index, cell) in cells.enumerated() {
                if index > 0 { bytes.add(" | ") }
                bytes.add(cell)
            }
            bytes.add(" |\n")
        }
        add(header)
        let marks = header.indices.map { numericColumns.contains($0) ? "---:" : "---" }
        if rule == .spaced {
            add(marks)
        } else {
            bytes.add("|")
            for mark in marks {
                bytes.add(mark)
                bytes.add("|")
            }
            bytes.add("\n")
        }
        for row in rows { add(row) }
        if let footer { add(footer.map { $0.allSatisfy { $0 == " " } ? $0 : "**\($0)**" }) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One row: `| a | b |`.
    public static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}
