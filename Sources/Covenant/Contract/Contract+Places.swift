import CovenantFormat

extension Contract {
    /// Where a contract's fields are written, for checks made after decoding
    /// (as `SLAFields.Places` is for SLA terms): a field's value, or its key
    /// when the value is empty.
    public struct Places: Sendable, Hashable {
        /// The contract id.
        public var contract: SourceRange?
        /// The tier.
        public var tier: SourceRange?
        /// The signing date.
        public var signed: SourceRange?
        /// The list of fee changes.
        public var fees: SourceRange?
        /// Each fee change's month, by month.
        public var feeChanges: [LocalMonth: SourceRange] = [:]
        /// The overrides.
        public var overrides: SourceRange?
        /// The last day of service.
        public var ended: SourceRange?

        /// No places.
        public init() {}
    }
}
