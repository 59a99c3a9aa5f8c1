import CovenantFormat
import CovenantTestSupport
import Testing

/// Parses text as a file named `test.yaml`.
func parse(_ text: String) throws(SyntaxError) -> Document {
    try DocumentParser.parse(SourceFile(path: "test.yaml", text: text))
}

/// Parses text and returns its tree as JSON (see `Node.json`).
func json(_ text: String) throws(SyntaxError) -> String {
    try parse(text).root.json
}

/// The error parsing text gives, or `nil` when it parses.
func syntaxError(_ text: String) -> SyntaxError? {
    do {
        _ = try parse(text)
        return nil
    } catch {
        return error
    }
}

/// The error parsing bytes gives, or `nil` when they parse.
func syntaxError(bytes: [UInt8]) -> SyntaxError? {
    do {
        _ = try DocumentParser.parse(SourceFile(path: "test.yaml", bytes: bytes))
        return nil
    } catch {
        return error
    }
}

/// Expects marked text to be rejected with `message` at its `1️⃣` marker.
func expectRejection(
    _ marked: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let input = MarkedText(marked)
    guard let place = input.place else {
        Issue.record("the input has no 1️⃣ marker", sourceLocation: sourceLocation)
        return
    }
    guard let error = syntaxError(input.text) else {
        Issue.record("expected a rejection, but the input parsed", sourceLocation: sourceLocation)
        return
    }
    let (line, column) = error.location.lineAndColumn
    #expect("\(line):\(column)" == place.description, "\(error.message)", sourceLocation: sourceLocation)
    #expect(error.location.range.start == place.offset, sourceLocation: sourceLocation)
    #expect(error.message == message, sourceLocation: sourceLocation)
}
