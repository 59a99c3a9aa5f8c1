/// CSV documents (RFC 4180, lines ending in a line feed): the one CSV writer
/// of every report. Fields are quoted by ``Escape/csv(_:)``; a column of text
/// (an identifier, a name, a version, a month) is quoted whatever it holds,
/// so that a reader that keeps quoted fields as text (a spreadsheet told to,
/// `csv.QUOTE_NONNUMERIC` readers) keeps `2026.1` as the text it is, while
/// every reader gets the same value. An empty field (null) is never quoted.
public enum CSV {
    /// One record and its line break; the fields at `textColumns` quoted when not empty.
    public static func record(_ fields: [String], textColumns: Set<Int> = []) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            line += textColumns.contains(index) ? text(field) : Escape.csv(field)
        }
        return line + "\n"
    }

    /// A field of a text column: quoted, unless empty.
    static func text(_ field: String) -> String {
        guard !field.isEmpty else { return "" }
        let escaped = Escape.csv(field)
        return escaped.hasPrefix("\"") ? escaped : "\"" + escaped + "\""
    }

    /// A header and the records under it; `text` names the header's text columns.
    public static func document(header: [String], records: [[String]], text: Set<String> = []) -> String {
        let columns = Set(header.indices.filter { text.contains(header[$0]) })
        return record(header) + records.map { record($0, textColumns: columns) }.joined()
    }
}
