/// Lays plain text out in fixed-width lines: word wrapping and tables with
/// aligned columns. Widths count characters (grapheme clusters).
public enum TextLayout {
    /// Wraps text into lines of at most `width` characters (a longer word gets
    /// a line of its own), the first line starting with `first` and the others
    /// with `rest`.
    public static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if lineHasWord && line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A table with a header, a rule, the rows and an optional footer after a
    /// second rule. Columns are separated by two spaces and indented by
    /// `indent`; when the table is wider than `width`, the widest columns
    /// are narrowed (never below their longest word) and their cells wrapped.
    public static func table(
        header: [String], rows: [[String]], footer: [String]? = nil, rightAligned: Set<Int> = [], width: Int,
        indent: String = ""
    ) -> [String] {
        let all = [header] + rows + (footer.map { [$0] } ?? [])
        var widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let gaps = indent.count + 2 * max(header.count - 1, 0)
        // A column never narrows below 12 characters or its longest word.
        let minimums = header.indices.map { column in
            max(12, all.flatMap { $0[column].split(separator: " ").map(\.count) }.max() ?? 0)
        }
        while widths.reduce(0, +) + gaps > width {
            let narrowable = widths.indices.filter { widths[$0] > minimums[$0] }
            guard let widest = narrowable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        func render(_ cells: [String]) -> [String] {
            let wrapped = cells.indices.map { column in
                wrap(cells[column], width: widths[column]).map { $0 }
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                let parts = cells.indices.map { column -> String in
                    let text = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : ""
                    let padding = String(repeating: " ", count: max(widths[column] - text.count, 0))
                    return rightAligned.contains(column) ? padding + text : text + padding
                }
                return trimmingTrailingSpaces(indent + parts.joined(separator: "  "))
            }
        }
        let rule = trimmingTrailingSpaces(
            indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        var lines = render(header) + [rule]
        for row in rows { lines += render(row) }
        if let footer { lines += [rule] + render(footer) }
        return lines
    }

    /// The line without spaces at its end.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        var result = Substring(line)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
