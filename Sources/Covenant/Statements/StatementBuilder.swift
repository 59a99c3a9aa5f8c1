import CovenantFormat

/// Builds the month's statements from the catalog, the contracts and the
/// events read (RULES.md §1–7).
public struct StatementBuilder: Sendable {
    /// The catalog.
    public var catalog: Catalog
    /// Every contract.
    public var contracts: [Contract]
    /// The events read.
    public var events: EventLog
    /// The instant support clocks are taken at (`--as-of`); `nil` means the
    /// latest instant named in the events read (RULES.md §6).
    public var asOf: Int64?

    /// Creates a builder.
    public init(catalog: Catalog, contracts: [Contract], events: EventLog, asOf: Int64? = nil) {
        self.catalog = catalog
        self.contracts = contracts
        self.events = events
        self.asOf = asOf
    }

    /// The instant support clocks are taken at for a month: `asOf`, else the
    /// latest instant in the events, else the end of the month (UTC, widened).
    public func effectiveAsOf(for month: LocalMonth) -> Int64 {
        asOf ?? events.latestEventInstant ?? Int64(month.adding(months: 1).firstDay.daysSinceEpoch + 2) * 86_400
    }

    /// The statements of every selected contract in service in `month`, in
    /// contract-id order.
    public func statements(
        for month: LocalMonth, selecting ids: Set<ContractID>? = nil
    ) throws(TermsError) -> [MonthStatement] {
        let asOf = effectiveAsOf(for: month)
        let index = EventIndex(events, month: month, asOf: asOf)
        var result: [MonthStatement] = []
        var calendars = WorkingCalendars()
        for contract in contracts.sorted(by: { $0.id < $1.id }) where ids?.contains(contract.id) ?? true {
            if let statement = try statement(contract, month: month, index: index, asOf: asOf, calendars: &calendars) {
                result.append(statement)
            }
        }
        return result
    }

    /// One contract's statement for a month, `nil` when not in service then.
    public func statement(for contract: Contract, month: LocalMonth) throws(TermsError) -> MonthStatement? {
        var calendars = WorkingCalendars()
        let asOf = effectiveAsOf(for: month)
        return try statement(
            contract, month: month, index: EventIndex(events, month: month, asOf: asOf),
            asOf: asOf, calendars: &calendars)
    }

    func statement(
        _ contract: Contract, month: LocalMonth, index: EventIndex, asOf: Int64,
        calendars: inout WorkingCalendars
    ) throws(TermsError) -> MonthStatement? {
        let period = ServicePeriod(contract: contract, month: month)
        guard let firstDay = period.firstDay else { return nil }
        // A month that starts after the default as_of has not begun (RULES.md §4).
        if self.asOf == nil && period.monthRange.lowerBound > asOf { return nil }
        let terms = try contract.terms(on: firstDay, catalog: catalog)
        let classified = MaintenanceClassifier.classify(
            index.maintenance(for: contract), contract: contract, catalog: catalog)
        let availability = MonthAvailability(
            period: period, incidents: index.incidents(for: contract), maintenance: classified)
        let rounding = terms.catalogVersion.rounding
        let charge = MonthlyCharge(
            fee: terms.monthlyFee, daysInService: period.daysInService, daysInMonth: month.numberOfDays,
            rounding: rounding)
        let next = month.adding(months: 1)
        var nextCharge: MonthlyCharge?
        if let nextDays = contract.serviceDays(in: next) {
            let nextTerms = try contract.terms(on: nextDays.first, catalog: catalog)
            nextCharge = MonthlyCharge(
                fee: nextTerms.monthlyFee, daysInService: nextDays.count, daysInMonth: next.numberOfDays,
                rounding: nextTerms.catalogVersion.rounding)
        }
        let credit = ServiceCredit(
            uptime: availability.uptime, terms: terms.sla, charge: charge.amount, nextCharge: nextCharge?.amount,
            nextMonth: next, rounding: rounding)
        let (support, supportNotes) = SupportSummary.month(
            events.tickets.tickets(of: contract.id), monthRange: period.monthRange, service: period.service,
            terms: terms,
            asOf: asOf, calendars: &calendars)
        let surveys = SurveySummary(events.surveys.responses(of: contract.id, in: period.monthRange))
        let skipped = index.skippedRows(for: contract, in: period.monthRange)
        var statement = MonthStatement(
            contract: contract, month: month, terms: terms, availability: availability, charge: charge,
            nextCharge: nextCharge, credit: credit, support: support, surveys: surveys,
            notes: Self.notes(availability, credit, next, policy: terms.catalogVersion.maintenance) + supportNotes
                + (skipped.isEmpty ? [] : [.rowsSkipped(skipped)]))
        statement.skippedRows = skipped
        return statement
    }

    static func notes(
        _ availability: MonthAvailability, _ credit: ServiceCredit, _ next: LocalMonth, policy: MaintenancePolicy
    ) -> [StatementNote] {
        var notes: [StatementNote] = []
        for entry in availability.maintenance where entry.downtimeSeconds > 0 {
            if case .downtime = entry.classification.outcome {
                notes.append(.maintenanceCounted(entry.classification, policy: policy))
            }
        }
        for entry in availability.incidents where entry.isOpen && entry.clippedSeconds > 0 {
            notes.append(.incidentOpen(entry.incident.id))
        }
        if availability.eligibleSeconds == 0 { notes.append(.noEligibleTime) }
        if credit.forfeited.minorUnits > 0 {
            notes.append(
                credit.applied.minorUnits == 0
                    ? .creditForfeited(credit.forfeited, notInService: next)
                    : .creditPartlyForfeited(credit.forfeited, aboveChargeOf: next))
        }
        if credit.belowMinimum { notes.append(.belowMinimumCredit(computed: credit.computed)) }
        return notes
    }
}
