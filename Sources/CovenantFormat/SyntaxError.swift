/// Why a file of the contract language was rejected, and where.
///
/// Each case is one kind of rejection and carries the place it points at
/// (and any detail the message needs). ``message`` is one sentence without a
/// final period; ``diagnostic`` is the located error a caller reports.
public enum SyntaxError: Error, Sendable, Hashable {
    /// Which kind of flow collection an error is about.
    public enum FlowCollection: Sendable, Hashable {
        case sequence, mapping
    }

    /// Which quote an unterminated quoted scalar opened with.
    public enum Quote: Sendable, Hashable {
        case single, double
    }

    /// What YAML 1.2 (core schema) reads a plain scalar as, when not as text.
    public enum PlainReading: Sendable, Hashable {
        case null, boolean, number
    }

    /// The file is larger than ``DocumentParser/maximumFileSize``.
    case fileTooLarge(SourceLocation, size: Int)
    /// A byte that does not begin a valid UTF-8 sequence.
    case invalidUTF8(SourceLocation, byte: UInt8)
    /// A control or non-character (other than tab, line feed, carriage return).
    case controlCharacter(SourceLocation, scalar: UInt32)
    /// U+0085, U+2028 or U+2029, which YAML 1.1 readers take as line breaks.
    case lineSeparator(SourceLocation, scalar: UInt32)
    /// A carriage return not followed by a line feed.
    case bareCarriageReturn(SourceLocation)
    /// A tab in a line's indentation.
    case tabInIndentation(SourceLocation)
    /// A tab used as whitespace outside quotes, comments and block scalars.
    case tabAsWhitespace(SourceLocation)
    /// An anchor such as `&a`.
    case anchor(SourceLocation, name: String)
    /// An alias such as `*a`.
    case alias(SourceLocation, name: String)
    /// A tag such as `!x` or `!!str`.
    case tag(SourceLocation, tag: String)
    /// A directive such as `%YAML 1.2`.
    case directive(SourceLocation, text: String)
    /// A `---` after content or after a first `---`.
    case secondDocument(SourceLocation)
    /// A document end marker `...`.
    case documentEnd(SourceLocation)
    /// Content on the same line as `---`.
    case contentAfterDocumentStart(SourceLocation)
    /// A complex key introduced by `? `.
    case complexKey(SourceLocation)
    /// A more-indented line continuing a plain scalar.
    case multilinePlainScalar(SourceLocation)
    /// A flow collection not closed on the line it opens.
    case multilineFlowCollection(SourceLocation, FlowCollection)
    /// A flow collection not closed before the end of the file.
    case unterminatedFlowCollection(SourceLocation, FlowCollection)
    /// A quoted scalar never closed; points at its opening quote.
    case unterminatedQuote(SourceLocation, Quote)
    /// A quoted scalar closed on a later line than it opens on; points at its
    /// opening quote and names the 1-based line of the closing quote.
    case quoteClosedOnLaterLine(SourceLocation, Quote, closingLine: Int)
    /// A key given twice in one mapping; points at the second, names the first's line.
    case duplicateKey(SourceLocation, key: String, firstLine: Int)
    /// A line in a mapping that is not `key: value`.
    case missingColon(SourceLocation)
    /// A `:` with no key before it (an empty key).
    case missingKey(SourceLocation)
    /// A plain key that YAML 1.2 reads as null, a boolean or a number (`null`, `true`, `1`).
    case keyNotText(SourceLocation, key: String, PlainReading)
    /// A line indented deeper (or shallower) than any enclosing block allows;
    /// names the 1-based columns that would fit, in increasing order.
    case badIndentation(SourceLocation, expectedColumns: [Int])
    /// A sequence item at a column where no sequence is open.
    case misplacedSequenceItem(SourceLocation, expectedColumn: Int)
    /// A mapping key at the column of a sequence's items.
    case expectedSequenceItem(SourceLocation)
    /// A sequence item at the column of a mapping's keys.
    case sequenceItemInMapping(SourceLocation)
    /// A block sequence item on the same line as its key (`a: - b`).
    case sequenceEntryNotAllowed(SourceLocation)
    /// A second `key: ` inside a value (`a: b: c`).
    case mappingValueNotAllowed(SourceLocation)
    /// A character that cannot start a value here (`@`, `` ` ``, `%`, `,`, `]`, `}` …).
    case unexpectedCharacter(SourceLocation, character: Character)
    /// Text after a complete value on the same line.
    case unexpectedText(SourceLocation)
    /// A backslash escape the language does not have.
    case invalidEscape(SourceLocation, escape: String)
    /// Collections nested deeper than ``DocumentParser/maximumDepth``.
    case nestingTooDeep(SourceLocation, limit: Int)
    /// A scalar longer than ``DocumentParser/maximumScalarLength`` bytes.
    case scalarTooLong(SourceLocation, limit: Int)
    /// An implicit key longer than YAML's 1024-character limit.
    case keyTooLong(SourceLocation)
    /// A flow collection used as a mapping key.
    case collectionAsKey(SourceLocation)
    /// A `key: value` pair directly inside a flow sequence (`[k: v]`).
    case pairInFlowSequence(SourceLocation)
    /// A `-` standing alone inside a flow collection (`[-]`, `[- a]`).
    case dashInFlow(SourceLocation)
    /// A plain scalar inside a flow collection that starts with `:` (`[:a]`).
    case colonStartInFlow(SourceLocation)
    /// A `?` in a plain scalar inside a flow collection (`[a?b]`); points at the `?`.
    case questionMarkInFlow(SourceLocation)
    /// A flow collection entry not followed by `,` or its closing bracket.
    case expectedFlowSeparator(SourceLocation, FlowCollection)
    /// A flow mapping key not followed by `: `.
    case expectedFlowColon(SourceLocation)
    /// A malformed block scalar header (`|x`, `|0`, `|--`).
    case invalidBlockScalarHeader(SourceLocation)
    /// A leading empty line of a block scalar indented deeper than its first text line.
    case blockScalarIndentation(SourceLocation)
    /// A plain scalar YAML 1.1 readers give a special meaning (`<<`, `=`).
    case reservedPlainScalar(SourceLocation, text: String)
    /// Content after a complete top-level scalar.
    case extraContent(SourceLocation)

    /// Where the error points.
    public var location: SourceLocation {
        switch self {
        case .fileTooLarge(let l, _), .invalidUTF8(let l, _), .controlCharacter(let l, _),
            .lineSeparator(let l, _), .bareCarriageReturn(let l), .tabInIndentation(let l),
            .tabAsWhitespace(let l), .anchor(let l, _), .alias(let l, _), .tag(let l, _),
            .directive(let l, _), .secondDocument(let l), .documentEnd(let l),
            .contentAfterDocumentStart(let l), .complexKey(let l), .multilinePlainScalar(let l),
            .multilineFlowCollection(let l, _), .unterminatedFlowCollection(let l, _),
            .unterminatedQuote(let l, _), .quoteClosedOnLaterLine(let l, _, _), .duplicateKey(let l, _, _),
            .missingColon(let l), .missingKey(let l), .keyNotText(let l, _, _), .badIndentation(let l, _),
            .misplacedSequenceItem(let l, _),
            .expectedSequenceItem(let l), .sequenceItemInMapping(let l), .sequenceEntryNotAllowed(let l),
            .mappingValueNotAllowed(let l), .unexpectedCharacter(let l, _), .unexpectedText(let l),
            .invalidEscape(let l, _), .nestingTooDeep(let l, _), .scalarTooLong(let l, _),
            .keyTooLong(let l), .collectionAsKey(let l), .pairInFlowSequence(let l),
            .dashInFlow(let l), .colonStartInFlow(let l), .questionMarkInFlow(let l), .expectedFlowSeparator(let l, _),
            .expectedFlowColon(let l),
            .invalidBlockScalarHeader(let l), .blockScalarIndentation(let l),
            .reservedPlainScalar(let l, _), .extraContent(let l):
            return l
        }
    }

    /// The message, one sentence without a final period.
    public var message: String {
        switch self {
        case .fileTooLarge(_, let size):
            return "file is \(size) bytes; the limit is \(DocumentParser.maximumFileSize) bytes (64 MiB)"
        case .invalidUTF8(_, let byte):
            return "invalid UTF-8: byte 0x\(hex(UInt32(byte), width: 2)) does not start a valid sequence"
        case .controlCharacter(_, let scalar):
            return "control character U+\(hex(scalar, width: 4)) is not allowed "
                + "(only tab, line feed and carriage return)"
        case .lineSeparator(_, let scalar):
            return "U+\(hex(scalar, width: 4)) is not allowed: YAML 1.1 readers take it as a line break"
        case .bareCarriageReturn:
            return "carriage return not followed by a line feed; use LF or CRLF line endings"
        case .tabInIndentation:
            return "tab in indentation; indent with spaces"
        case .tabAsWhitespace:
            return "tab used as whitespace; only spaces are allowed outside quotes, comments and block scalars"
        case .anchor(_, let name):
            return "anchors are not supported: '&\(name)'"
        case .alias(_, let name):
            return "aliases are not supported: '*\(name)'"
        case .tag(_, let tag):
            return "tags are not supported: '\(tag)'"
        case .directive(_, let text):
            return "directives are not supported: '\(text)'"
        case .secondDocument:
            return "a second document ('---') is not allowed; a file holds one document"
        case .documentEnd:
            return "the document end marker '...' is not allowed"
        case .contentAfterDocumentStart:
            return "nothing but a comment may follow '---' on its line"
        case .complexKey:
            return "complex keys ('? ') are not supported; write 'key: value'"
        case .multilinePlainScalar:
            return "a plain scalar cannot continue on the next line; quote it or use a block scalar ('|' or '>')"
        case .multilineFlowCollection(_, let collection):
            return "\(collection.name) must be closed on the line it opens"
        case .unterminatedFlowCollection(_, let collection):
            return "unterminated \(collection.name): missing '\(collection.closing)'"
        case .unterminatedQuote(_, let quote):
            return "unterminated \(quote.name) scalar: no closing \(quote.mark) in the rest of the file"
        case .quoteClosedOnLaterLine(_, let quote, let line):
            return "a \(quote.name) scalar must close on the line it opens; this one closes on line \(line)"
        case .duplicateKey(_, let key, let firstLine):
            return "duplicate key '\(key)' (first given on line \(firstLine))"
        case .missingColon:
            return "expected 'key: value'; this line has no ':' after its key"
        case .missingKey:
            return "a ':' with no key before it"
        case .keyNotText(_, let key, let reading):
            return "YAML reads the key '\(key)' as \(reading.name), not as text; quote it"
        case .badIndentation(_, let columns):
            let listed = columns.map(String.init).joined(separator: " or ")
            return "bad indentation: expected this line at column \(listed)"
        case .misplacedSequenceItem(_, let column):
            return "sequence item at the wrong column; expected column \(column)"
        case .expectedSequenceItem:
            return "expected a sequence item ('- ') at this indentation"
        case .sequenceItemInMapping:
            return "expected a mapping key at this indentation, found a sequence item ('- ')"
        case .sequenceEntryNotAllowed:
            return "a block sequence cannot start on the line of its key; put '- ' items on the following lines"
        case .mappingValueNotAllowed:
            return "': ' is not allowed inside a plain value; quote the value"
        case .unexpectedCharacter(_, let character):
            return "a value cannot start with '\(character)'; quote it"
        case .unexpectedText:
            return "unexpected text after the value"
        case .invalidEscape(_, let escape):
            return "invalid escape '\(escape)'; allowed: \\\\ \\\" \\n \\t \\r \\0 \\uXXXX"
        case .nestingTooDeep(_, let limit):
            return "nesting is deeper than \(limit) levels"
        case .scalarTooLong(_, let limit):
            return "scalar is longer than \(limit) bytes (1 MiB)"
        case .keyTooLong:
            return "key is longer than 1024 characters"
        case .collectionAsKey:
            return "a flow collection cannot be a key"
        case .pairInFlowSequence:
            return "a 'key: value' pair inside a flow sequence must be in braces: '{key: value}'"
        case .dashInFlow:
            return "a '-' alone is not a value inside a flow collection; quote it"
        case .colonStartInFlow:
            return "a plain scalar inside a flow collection cannot start with ':'; quote it"
        case .questionMarkInFlow:
            return "a plain scalar inside a flow collection cannot hold '?'; quote it"
        case .expectedFlowSeparator(_, let collection):
            return "expected ',' or '\(collection.closing)' in \(collection.name)"
        case .expectedFlowColon:
            return "expected ': ' after the key in flow mapping"
        case .invalidBlockScalarHeader:
            return "invalid block scalar header; expected '|' or '>' with optional '-', '+' or an indentation digit 1-9"
        case .blockScalarIndentation:
            return "a leading empty line of a block scalar is indented deeper than its first text line"
        case .reservedPlainScalar(_, let text):
            return "'\(text)' has a special meaning in YAML 1.1; quote it"
        case .extraContent:
            return "unexpected content after the document's top-level value"
        }
    }

    /// The error as a located diagnostic (severity error).
    public var diagnostic: Diagnostic {
        Diagnostic(.error, message, at: location)
    }
}

extension SyntaxError.FlowCollection {
    var name: String { self == .sequence ? "flow sequence" : "flow mapping" }
    var closing: Character { self == .sequence ? "]" : "}" }
}

extension SyntaxError.PlainReading {
    var name: String {
        switch self {
        case .null: "null"
        case .boolean: "a boolean"
        case .number: "a number"
        }
    }
}

extension SyntaxError.Quote {
    var name: String { self == .single ? "single-quoted" : "double-quoted" }
    var mark: String { self == .single ? "\"'\"" : "'\"'" }
}

extension SyntaxError: CustomStringConvertible {
    /// The compiler-style rendering of ``diagnostic``.
    public var description: String { diagnostic.rendered }
}

/// Upper-case hexadecimal, zero-padded to `width` digits.
func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
