/// A parsed file: its source and its root node.
public struct Document: Sendable, Hashable {
    /// The file the tree came from.
    public var file: SourceFile
    /// The root; a `.null` node for an empty file.
    public var root: Node

    /// Creates a document.
    public init(file: SourceFile, root: Node) {
        self.file = file
        self.root = root
    }

    /// A location in this document's file.
    public func location(_ range: SourceRange) -> SourceLocation {
        SourceLocation(file: file, range: range)
    }
}
