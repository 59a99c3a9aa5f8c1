extension Escape {
    /// Text for a plain-text accounting journal's transaction description
    /// (hledger, Ledger): one line holding nothing the journal reads as
    /// syntax. Control characters (C0, DEL, C1) and the line and paragraph
    /// separators become spaces, `;` (which starts a comment) becomes `,` and
    /// `|` (which ends the payee) becomes `/`; spaces at either end go.
    public static func journal(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: result.unicodeScalars.append(" ")
            case 0x3B: result.unicodeScalars.append(",")
            case 0x7C: result.unicodeScalars.append("/")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return String(result.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
