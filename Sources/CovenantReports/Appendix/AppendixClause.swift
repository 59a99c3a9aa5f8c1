/// One numbered clause of the appendix: a title and its blocks.
public struct AppendixClause: Sendable, Hashable {
    /// The clause's title (`Availability`).
    public var title: String
    /// What it says, in order.
    public var blocks: [AppendixBlock]

    /// The lines of the clause's blocks, each block after a blank line, as a
    /// line-based renderer lays them out with `render`.
    public func lines(_ render: (AppendixBlock) -> [String]) -> [String] {
        blocks.flatMap { [""] + render($0) }
    }

    /// Creates a clause.
    public init(_ title: String, _ blocks: [AppendixBlock]) {
        self.title = title
        self.blocks = blocks
    }
}
