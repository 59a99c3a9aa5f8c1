/// The appendix as words, ready for any format: a numbered section of
/// numbered clauses, each a list of blocks. Renderers only lay it out; every
/// string in it is plain text that they escape for their format.
public struct AppendixDocument: Sendable, Hashable {
    /// The section number (`7` numbers the clauses `7.1`, `7.2`, …).
    public var section: Int
    /// The section's title.
    public var title: String
    /// The line under the title: the parties and the contract.
    public var subtitle: String
    /// Key facts shown before the clauses (customer, contract, tier, term, …).
    public var facts: [Fact]
    /// The clauses, in order.
    public var clauses: [AppendixClause]

    /// A labelled fact: `Customer: SmallMart Inc.`.
    public struct Fact: Sendable, Hashable {
        /// The label.
        public var label: String
        /// The value.
        public var value: String

        /// Creates a fact.
        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// Creates a document.
    public init(section: Int, title: String, subtitle: String, facts: [Fact], clauses: [AppendixClause]) {
        self.section = section
        self.title = title
        self.subtitle = subtitle
        self.facts = facts
        self.clauses = clauses
    }

    /// The section heading: `7. Service levels`.
    public var heading: String { "\(section). \(title)" }

    /// The number of the clause at an index: `7.1` for the first.
    public func number(ofClauseAt index: Int) -> String { "\(section).\(index + 1)" }
}
