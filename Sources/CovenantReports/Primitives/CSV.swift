/// CSV documents (RFC 4180, lines ending in a line feed): the one CSV writer
/// of every report. Fields are escaped by ``Escape/csv(_:)`` (text) or
/// ``Escape/csvNumber(_:)`` (the columns a document names as numbers), so a
/// text cell is never a live formula and a negative amount stays a number.
/// A column of text (an identifier, a name, a version, a month) is quoted
/// whatever it holds, so that a reader that keeps quoted fields as text (a
/// spreadsheet told to, `csv.QUOTE_NONNUMERIC` readers) keeps `2026.1` as the
/// text it is, while every reader gets the same value. An empty field (null)
/// is never quoted.
public enum CSV {
    /// One record and its line break; the fields at `numbers` are numbers,
    /// those at `textColumns` quoted when not empty.
    public static func record(_ fields: [String], numbers: Set<Int> = [], textColumns: Set<Int> = []) -> String {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            if numbers.contains(index) {
                line += Escape.csvNumber(field)
            } else {
                line += textColumns.contains(index) ? text(field) : Escape.csv(field)
            }
        }
        return line + "\n"
    }

    /// A field of a text column: quoted, unless empty.
    static func text(_ field: String) -> String {
        guard !field.isEmpty else { return "" }
        let escaped = Escape.csv(field)
        return escaped.hasPrefix("\"") ? escaped : "\"" + escaped + "\""
    }

    /// A header and the records under it; the columns named in `numberColumns`
    /// hold numbers, those named in `text` text.
    public static func document(
        header: [String], records: [[String]], numberColumns: Set<String> = [], text: Set<String> = []
    ) -> String {
        let numbers = Set(header.indices.filter { numberColumns.contains(header[$0]) })
        let columns = Set(header.indices.filter { text.contains(header[$0]) })
        var result = record(header)
        for fields in records { result += record(fields, numbers: numbers, textColumns: columns) }
        return result
    }
}
