/// The hand-written parser for the contract file language, a strict subset
/// of YAML 1.2 block style (see FORMAT.md).
///
/// The parser scans UTF-8 bytes line by line with integer offsets and an
/// explicit stack of open block collections, so hostile nesting cannot
/// overflow the call stack. ``SourceValidator`` checks the bytes a block of
/// lines ahead of the parser, and its first error wins over any syntax error.
/// Scalars stay text: the schema layer decides what `~`, `null` or `true`
/// mean as values; as keys, where every YAML library would read them as
/// null, booleans or numbers, they must be quoted. Flow collections nest on
/// one line. Every node keeps its source range:
///
/// - plain and quoted scalars: the text as written, quotes included;
/// - block scalars: from the `|` or `>` indicator to the end of the last
///   text line (so a diagnostic at a block scalar points at its indicator);
/// - flow collections: from the opening to the closing bracket;
/// - block collections: from the first byte of the first key or `-` to the
///   last byte of the last value;
/// - empty values: an empty range just after the key's `:` (or the item's `-`).
public enum DocumentParser {
    /// The largest file accepted, in bytes (64 MiB).
    public static let maximumFileSize = 64 * 1024 * 1024
    /// The deepest nesting of collections accepted.
    public static let maximumDepth = 64
    /// The longest scalar accepted, in bytes of source text (1 MiB).
    public static let maximumScalarLength = 1024 * 1024

    /// Parses one file of the contract language into a document tree.
    public static func parse(_ file: SourceFile) throws(SyntaxError) -> Document {
        if file.bytes.count > maximumFileSize {
            throw .fileTooLarge(SourceLocation(file: file, range: .at(0)), size: file.bytes.count)
        }
        let tree = try file.bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) -> (DocumentTree, Int) in
            var machine = Machine(file: file, bytes: buffer)
            defer { machine.deallocate() }
            let root: Int32
            do throws(SyntaxError) {
                root = try machine.run()
            } catch {
                // A byte that is not allowed is reported before any syntax error.
                try machine.validateRest()
                throw error
            }
            let tree = DocumentTree(
                source: file.bytes, decoded: machine.decoded, records: machine.records, spans: machine.spans)
            return (tree, Int(root))
        }
        return Document(file: file, root: Node(tree: tree.0, index: tree.1))
    }
}
