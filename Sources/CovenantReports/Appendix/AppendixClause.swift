/// One numbered clause of the appendix: a title and its blocks.
public struct AppendixClause: Sendable, Hashable {
    /// The clause's title (`Availability`).
    public var title: String
    /// What it says, in order.
    public var blocks: [AppendixBlock]

    /// Creates a clause.
    public init(_ title: String, _ blocks: [AppendixBlock]) {
        self.title = title
        self.blocks = blocks
    }
}
