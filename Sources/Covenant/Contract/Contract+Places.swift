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
        /// The currency.
        public var currency: SourceRange?
        /// Where the contract's SLA overrides are written, field by field.
        var overrideTerms = SLAFields.Places()
        /// Where each holiday file is first named, by its name.
        public var holidayFiles: [String: SourceRange] = [:]

        /// No places.
        public init() {}

        /// The places of a contract's top-level fields (fee changes are added
        /// as they are read).
        init(_ top: Fields) {
            func place(_ key: String) -> SourceRange? {
                top.entry(key).map { $0.value.isNull ? $0.keyRange : $0.value.range }
            }
            contract = place("contract")
            tier = place("tier")
            signed = place("signed")
            fees = place("fees")
            overrides = place("overrides")
            ended = place("ended")
            currency = place("currency")
        }
    }
}
