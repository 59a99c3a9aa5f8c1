extension StatementDocument {
    /// A step of the explanation: a title and its lines.
    public struct Step: Sendable, Hashable {
        /// The step's title (`Availability`).
        public var title: String
        /// Its lines, in order.
        public var lines: [Line]
    }

    /// A line of an explanation step, at a depth under the step (0 or 1).
    public struct Line: Sendable, Hashable {
        /// How deep it sits: 0 for the step's own lines, 1 for details.
        public var depth: Int
        /// The words.
        public var text: String
    }
}
