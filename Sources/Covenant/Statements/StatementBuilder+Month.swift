import CovenantFormat

extension StatementBuilder {
    /// What every statement of one month shares, built once (the event index
    /// and the instant support clocks are taken at), so that statements can
    /// be built contract by contract on several threads, each with its own
    /// ``Caches``. Gives the same statements as ``statements(for:selecting:)``.
    public struct Month: Sendable {
        /// The month.
        public let month: LocalMonth
        let builder: StatementBuilder
        let index: EventIndex
        /// The previous month's events, whose credits go on this month's invoices.
        let previous: EventIndex
        let asOf: Int64

        /// Calendars already built; one per thread.
        public struct Caches: Sendable {
            var calendars = WorkingCalendars()

            /// Empty caches.
            public init() {}
        }

        /// One contract's statement, `nil` when it is not in service in the month.
        public func statement(for contract: Contract, caches: inout Caches) throws(TermsError) -> MonthStatement? {
            let classified = MaintenanceClassifier.classify(
                index.maintenance(for: contract), contract: contract, catalog: builder.catalog)
            return try builder.statement(
                contract, month: month, index: index, previous: previous, asOf: asOf, classified: classified,
                calendars: &caches.calendars)
        }
    }

    /// The shared part of a month's statements.
    public func month(_ month: LocalMonth) -> Month {
        let asOf = effectiveAsOf(for: month)
        return Month(
            month: month, builder: self, index: EventIndex(events, month: month, asOf: asOf),
            previous: EventIndex(events, month: month.adding(months: -1), asOf: asOf), asOf: asOf)
    }
}
