import CovenantFormat

/// Builds the month's statements from the catalog, the contracts and the
/// events read (RULES.md §1–5).
public struct StatementBuilder: Sendable {
    /// The catalog.
    public var catalog: Catalog
    /// Every contract.
    public var contracts: [Contract]
    /// The events read.
    public var events: EventLog

    /// Creates a builder.
    public init(catalog: Catalog, contracts: [Contract], events: EventLog) {
        self.catalog = catalog
        self.contracts = contracts
        self.events = events
    }

    /// The statements of every selected contract in service in `month`, in
    /// contract-id order.
    public func statements(for month: LocalMonth, selecting ids: Set<ContractID>? = nil) throws(TermsError) -> [MonthStatement] {
        // Month boundaries differ by zone by at most a day; widen the window.
        let utcStart = Int64(month.firstDay.daysSinceEpoch - 2) * 86_400
        let utcEnd = Int64(month.adding(months: 1).firstDay.daysSinceEpoch + 2) * 86_400
        let index = EventIndex(events, window: utcStart..<utcEnd)
        var result: [MonthStatement] = []
        var zones: [String: ZoneRules] = [:]
        for contract in contracts.sorted(by: { $0.id < $1.id }) where ids?.contains(contract.id) ?? true {
            guard let days = contract.serviceDays(in: month) else { continue }
            let zone = zones[contract.timeZone] ?? ZoneRules(identifier: contract.timeZone) ?? ZoneRules(identifier: "UTC")!
            zones[contract.timeZone] = zone
            result.append(try statement(contract, month: month, firstDay: days.first, zone: zone, index: index))
        }
        return result
    }

    /// One contract's statement for a month it is in service.
    public func statement(for contract: Contract, month: LocalMonth) throws(TermsError) -> MonthStatement? {
        guard let days = contract.serviceDays(in: month) else { return nil }
        let zone = ZoneRules(identifier: contract.timeZone) ?? ZoneRules(identifier: "UTC")!
        let utcStart = Int64(month.firstDay.daysSinceEpoch - 2) * 86_400
        let utcEnd = Int64(month.adding(months: 1).firstDay.daysSinceEpoch + 2) * 86_400
        return try statement(
            contract, month: month, firstDay: days.first, zone: zone, index: EventIndex(events, window: utcStart..<utcEnd))
    }

    private func statement(_ contract: Contract, month: LocalMonth, firstDay: LocalDate, zone: ZoneRules, index: EventIndex)
        throws(TermsError) -> MonthStatement
    {
        let terms = try contract.terms(on: firstDay, catalog: catalog)
        let period = ServicePeriod(contract: contract, month: month, zone: zone)
        let classified = MaintenanceClassifier.classify(
            index.maintenance(for: contract), contract: contract, catalog: catalog, contractZone: zone)
        let availability = MonthAvailability(period: period, incidents: index.incidents(for: contract), maintenance: classified)
        let rounding = terms.catalogVersion.rounding
        let charge = MonthlyCharge(
            fee: terms.monthlyFee, daysInService: period.daysInService, daysInMonth: month.numberOfDays, rounding: rounding)
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
        return MonthStatement(
            contract: contract, month: month, terms: terms, availability: availability, charge: charge,
            nextCharge: nextCharge, credit: credit,
            warnings: Self.warnings(availability, credit, next, policy: terms.catalogVersion.maintenance))
    }

    static func warnings(
        _ availability: MonthAvailability, _ credit: ServiceCredit, _ next: LocalMonth, policy: MaintenancePolicy
    ) -> [String] {
        var warnings: [String] = []
        for entry in availability.maintenance where entry.downtimeSeconds > 0 {
            if let note = entry.classification.downtimeNote(policy: policy) { warnings.append(note) }
        }
        for entry in availability.incidents where entry.isOpen && entry.clippedSeconds > 0 {
            warnings.append("incident \(entry.incident.id) is still open: counted to the end of the month; figures are provisional")
        }
        if availability.eligibleSeconds == 0 {
            warnings.append("no eligible time this month: uptime is 100%")
        }
        if credit.forfeited.minorUnits > 0 {
            if credit.applied.minorUnits == 0 {
                warnings.append("credit of \(credit.forfeited) forfeited: the contract is not in service in \(next)")
            } else {
                warnings.append("\(credit.forfeited) of the credit forfeited: it exceeds the \(next) charge")
            }
        }
        if credit.belowMinimum {
            warnings.append("computed credit \(credit.computed) is below the minimum credit; none issued")
        }
        return warnings
    }
}
