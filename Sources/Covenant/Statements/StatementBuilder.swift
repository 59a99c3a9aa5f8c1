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
        let shared = self.month(month)
        var caches = Month.Caches()
        var result: [MonthStatement] = []
        for contract in contracts.sorted(by: { $0.id < $1.id }) where ids?.contains(contract.id) ?? true {
            if let statement = try shared.statement(for: contract, caches: &caches) {
                result.append(statement)
            }
        }
        return result
    }

    /// One contract's statement for a month, `nil` when not in service then.
    public func statement(for contract: Contract, month: LocalMonth) throws(TermsError) -> MonthStatement? {
        var caches = Month.Caches()
        return try self.month(month).statement(for: contract, caches: &caches)
    }

    /// The part of a month's statement that its money depends on.
    struct Core {
        var period: ServicePeriod
        var terms: GoverningTerms
        var availability: MonthAvailability
        var charge: MonthlyCharge
        var nextCharge: MonthlyCharge?
        var credit: ServiceCredit
    }

    /// A contract's service, terms, availability, charge and credit in a
    /// month, as its statement has them; `nil` when it has no statement.
    /// `classified` is the contract's maintenance already classified (it does
    /// not depend on the month, only on `asOf`), or `nil` to classify it here.
    func core(
        _ contract: Contract, month: LocalMonth, index: EventIndex, asOf: Int64,
        classified: [MaintenanceClassification]? = nil
    ) throws(TermsError) -> Core? {
        let period = ServicePeriod(contract: contract, month: month)
        guard let firstDay = period.firstDay else { return nil }
        // A month that starts after the default as_of has not begun (RULES.md §4).
        if self.asOf == nil && period.monthRange.lowerBound > asOf { return nil }
        let terms = try contract.terms(on: firstDay, catalog: catalog)
        let maintenance =
            classified
            ?? MaintenanceClassifier.classify(index.maintenance(for: contract), contract: contract, catalog: catalog)
        let availability = MonthAvailability(
            period: period, incidents: index.incidents(for: contract), maintenance: maintenance)
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
        return Core(
            period: period, terms: terms, availability: availability, charge: charge, nextCharge: nextCharge,
            credit: credit)
    }

    /// One contract's statement: its core, the invoice with the credit the
    /// previous month's core applies to it (`previous` indexes that month's
    /// events), support and surveys. Both months share one classification
    /// of the contract's maintenance (every maintenance event up to `asOf`).
    func statement(
        _ contract: Contract, month: LocalMonth, index: EventIndex, previous: EventIndex, asOf: Int64,
        classified: [MaintenanceClassification]? = nil, calendars: inout WorkingCalendars
    ) throws(TermsError) -> MonthStatement? {
        guard let core = try core(contract, month: month, index: index, asOf: asOf, classified: classified) else {
            return nil
        }
        let before = try self.core(
            contract, month: month.adding(months: -1), index: previous, asOf: asOf, classified: classified)
        let invoice = Invoice(month: month, charge: core.charge.amount, previous: before?.credit)
        let (support, supportNotes) = SupportSummary.month(
            events.tickets.tickets(of: contract.id), monthRange: core.period.monthRange,
            service: core.period.service, terms: core.terms, asOf: asOf, calendars: &calendars)
        let surveys = SurveySummary(events.surveys.responses(of: contract.id, in: core.period.monthRange))
        let notes = Self.notes(core.availability, core.credit, policy: core.terms.catalogVersion.maintenance)
        let skipped = index.skippedRows(for: contract, in: core.period.monthRange)
        var statement = MonthStatement(
            contract: contract, month: month, terms: core.terms, availability: core.availability,
            charge: core.charge, nextCharge: core.nextCharge, invoice: invoice, credit: core.credit,
            support: support, surveys: surveys,
            notes: notes + supportNotes + (skipped.isEmpty ? [] : [.rowsSkipped(skipped)]))
        statement.skippedRows = skipped
        return statement
    }

    static func notes(
        _ availability: MonthAvailability, _ credit: ServiceCredit, policy: MaintenancePolicy
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
        switch credit.forfeitReason {
        case .notInService(let month): notes.append(.creditForfeited(credit.forfeited, notInService: month))
        case .exceedsNextCharge(let month): notes.append(.creditPartlyForfeited(credit.forfeited, aboveChargeOf: month))
        case nil: break
        }
        if credit.belowMinimum { notes.append(.belowMinimumCredit(computed: credit.computed)) }
        return notes
    }
}
