/// CSV documents (RFC 4180, lines ending in a line feed): the one CSV writer
/// of every report. Fields are escaped by ``Escape/csv(_:)`` (text) or
/// ``Escape/csvNumber(_:)`` (the columns a document names as numbers), so a
/// text cell is never a live formula and a negative amount stays a number.
public enum CSV {
    /// One record and its line break; the fields at `numbers` are numbers.
    public static func record(_ fields: [String], numbers: Set<Int> = []) -> String {
        fields.indices.map { numbers.contains($0) ? Escape.csvNumber(fields[$0]) : Escape.csv(fields[$0]) }
            .joined(separator: ",") + "\n"
    }

    /// A header and the records under it; the columns named in `numberColumns`
    /// hold numbers, every other column text.
    public static func document(header: [String], records: [[String]], numberColumns: Set<String> = []) -> String {
        let numbers = Set(header.indices.filter { numberColumns.contains(header[$0]) })
        var text = record(header)
        for fields in records { text += record(fields, numbers: numbers) }
        return text
    }
}
