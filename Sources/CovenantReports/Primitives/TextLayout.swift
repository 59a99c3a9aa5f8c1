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

    /// A table: the header, a rule under it (unless `rule` is false), the
    /// rows, and an optional footer after a second rule. Columns are two
    /// spaces apart and padded to their widest cell, `rightAligned` ones on
    /// the left; every line starts with `indent` and ends without spaces.
    /// With a `width`, a table wider than it has its widest columns narrowed
    /// (never below 12 characters or their longest word) and their cells
    /// wrapped; without one, every cell stays on its line as written.
    public static func table(
        header: [String], rows: [[String]], footer: [String]? = nil, rightAligned: Set<Int> = [], width: Int? = nil,
        indent: String = "", rule: Bool = true
    ) -> [String] {
        let all = [header] + rows + (footer.map { [$0] } ?? [])
        var widths = header.indices.map { column in all.map { characters($0[column]) }.max() ?? 0 }
        if let width { narrow(&widths, to: width - indent.count - 2 * max(header.count - 1, 0), cells: all) }
        // Each line is laid out in bytes: the text format has a table or two in every statement.
        func line(_ texts: (Int) -> String) -> String {
            var bytes: [UInt8] = []
            bytes.add(indent)
            for column in header.indices {
                if column > 0 { bytes.append(contentsOf: [0x20, 0x20]) }
                let text = texts(column)
                let padding = max(widths[column] - characters(text), 0)
                if rightAligned.contains(column) {
                    bytes.append(contentsOf: repeatElement(0x20, count: padding))
                    bytes.add(text)
                } else {
                    bytes.add(text)
                    bytes.append(contentsOf: repeatElement(0x20, count: padding))
                }
            }
            return trimmingTrailingSpaces(bytes)
        }
        func render(_ cells: [String]) -> [String] {
            guard let width else { return [line { cells[$0] }] }
            let wrapped = header.indices.map { column in wrap(cells[column], width: widths[column]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                line { lineIndex < wrapped[$0].count ? wrapped[$0][lineIndex] : "" }
            }
        }
        let ruleLine = line { String(repeating: "-", count: widths[$0]) }
        var lines = render(header) + (rule ? [ruleLine] : [])
        for row in rows { lines += render(row) }
        if let footer { lines += [ruleLine] + render(footer) }
        return lines
    }

    /// Narrows the widest columns, one character at a time, until they fit
    /// `available` characters; a column never narrows below 12 characters or
    /// its longest word.
    private static func narrow(_ widths: inout [Int], to available: Int, cells: [[String]]) {
        let minimums = widths.indices.map { column in
            max(12, cells.flatMap { $0[column].split(separator: " ").map(\.count) }.max() ?? 0)
        }
        while widths.reduce(0, +) > available {
            let narrowable = widths.indices.filter { widths[$0] > minimums[$0] }
            guard let widest = narrowable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
    }

    /// The characters of a text: its bytes when they are ASCII without a
    /// carriage return (each byte a character then), else its grapheme clusters.
    static func characters(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
    }

    /// The line of these bytes without spaces at its end.
    static func trimmingTrailingSpaces(_ bytes: [UInt8]) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return trimmingTrailingSpaces(String(decoding: bytes, as: UTF8.self))
        }
        // ASCII: each byte is a character, so trailing spaces are trailing 0x20 bytes.
        var end = bytes.count
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// The line without spaces at its end.
    static func trimmingTrailingSpaces(_ line: String) -> String {
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // ASCII: each byte is a character, so trailing spaces are trailing 0x20 bytes.
            var trailing = 0
            for byte in line.utf8.reversed() {
                guard byte == 0x20 else { break }
                trailing += 1
            }
            return trailing == 0 ? line : String(decoding: line.utf8.dropLast(trailing), as: UTF8.self)
        }
        var result = Substring(line)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
