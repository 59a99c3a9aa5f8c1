/// CSV documents (RFC 4180, lines ending in a line feed): the one CSV writer
/// of every report. Fields are quoted by ``Escape/csv(_:)``.
public enum CSV {
    /// One record and its line break.
    public static func record(_ fields: [String]) -> String {
        fields.map(Escape.csv).joined(separator: ",") + "\n"
    }

    /// A header and the records under it.
    public static func document(header: [String], records: [[String]]) -> String {
        ([header] + records).map(record).joined()
    }
}
