/// Text written as UTF-8 bytes: the renderers build their larger outputs
/// (tables, text reports) in a byte array and make one `String` at the end,
/// rather than growing a `String` piece by piece.
extension [UInt8] {
    /// Appends a text's UTF-8.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends a literal's UTF-8.
    mutating func add(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
