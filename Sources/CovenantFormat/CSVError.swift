/// Why a CSV file was rejected, and where.
public enum CSVError: Error, Sendable, Hashable {
    /// A byte that does not begin a valid UTF-8 sequence.
    case invalidUTF8(SourceLocation, byte: UInt8)
    /// A quoted field with no closing quote; points at the opening quote.
    case unclosedQuote(SourceLocation)
    /// A `"` inside a field that did not start with one.
    case quoteInUnquotedField(SourceLocation)
    /// Text between a closing quote and the next `,` or line break.
    case textAfterClosingQuote(SourceLocation)
    /// A carriage return outside quotes not followed by a line feed.
    case bareCarriageReturn(SourceLocation)
    /// A record with fewer fields than the header; points at the record (a row error, see ``CSVTable/rowErrors``).
    case tooFewFields(SourceLocation, expected: Int, found: Int)
    /// A record with more fields than the header; points at the record (a row error, see ``CSVTable/rowErrors``).
    case tooManyFields(SourceLocation, expected: Int, found: Int)
    /// A file with no header row (empty, or a first line of empty fields only).
    case missingHeader(SourceLocation)
    /// A column name given twice in the header; points at the second.
    case duplicateColumn(SourceLocation, name: String)

    /// Where the error points.
    public var location: SourceLocation {
        switch self {
        case .invalidUTF8(let l, _), .unclosedQuote(let l), .quoteInUnquotedField(let l),
            .textAfterClosingQuote(let l), .bareCarriageReturn(let l), .tooFewFields(let l, _, _),
            .tooManyFields(let l, _, _), .missingHeader(let l), .duplicateColumn(let l, _):
            return l
        }
    }

    /// The 1-based line the error is on.
    public var line: Int { location.lineAndColumn.line }

    /// The message, one sentence without a final period.
    public var message: String {
        switch self {
        case .invalidUTF8(_, let byte):
            return "invalid UTF-8: byte 0x\(hex(UInt32(byte), width: 2)) does not start a valid sequence"
        case .unclosedQuote:
            return "quoted field is never closed: missing '\"'"
        case .quoteInUnquotedField:
            return "a '\"' inside a field that is not quoted; quote the whole field and write the quote as '\"\"'"
        case .textAfterClosingQuote:
            return "text after the closing quote of a field; expected ',' or the end of the line"
        case .bareCarriageReturn:
            return "carriage return not followed by a line feed"
        case .tooFewFields(_, let expected, let found):
            return "record has \(found) field\(found == 1 ? "" : "s"); the header has \(expected)"
        case .tooManyFields(_, let expected, let found):
            return "record has \(found) fields; the header has \(expected)"
        case .missingHeader:
            return "the file has no header row: its first line names no column"
        case .duplicateColumn(_, let name):
            return "column '\(name)' appears twice in the header"
        }
    }

    /// The error as a located diagnostic (severity error).
    public var diagnostic: Diagnostic {
        Diagnostic(.error, message, at: location)
    }
}
