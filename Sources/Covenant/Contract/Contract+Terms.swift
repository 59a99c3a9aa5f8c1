import CovenantFormat

/// The terms that govern one contract on one day: fixed for a whole month
/// as those in force on the first day of the month's service (RULES.md §2).
public struct GoverningTerms: Sendable, Hashable {
    /// The catalog version supplying everything not overridden.
    public var catalogVersion: CatalogVersion
    /// The contract's tier in that version.
    public var tier: Tier
    /// The SLA terms after overrides, amendments and renewal overrides.
    public var sla: SLATerms
    /// Whether a lock pins the catalog version.
    public var locked: Bool
    /// Whether the day falls in the renewal term.
    public var inRenewal: Bool
    /// The term the day falls in: the initial term or the renewal.
    public var term: ContractTerm
    /// The date whose catalog version governs: the signing date (locked
    /// initial term), the renewal's start (locked renewal), or the most recent
    /// anniversary of the term's start.
    public var catalogDate: LocalDate
    /// The monthly fee in force.
    public var monthlyFee: Money
    /// The premium items in force.
    public var premium: [Contract.PremiumItem]
    /// The overrides in force (contract, amendments, renewal), merged.
    public var overrides: SLAOverrides
    /// The contract's own calendars, by name; they add to the catalog's.
    public var contractCalendars: [CalendarName: CalendarDefinition] = [:]
    /// The contract's zone for standing maintenance windows, when it sets one.
    public var contractMaintenanceZone: ZoneRules? = nil

    /// A calendar a clock may name: the contract's own, else the catalog's.
    public func calendar(_ name: CalendarName) -> CalendarDefinition? {
        contractCalendars[name] ?? catalogVersion.calendars[name]
    }

    /// Every calendar a clock may name: the catalog version's and the contract's.
    public var calendars: [CalendarName: CalendarDefinition] {
        contractCalendars.isEmpty
            ? catalogVersion.calendars : catalogVersion.calendars.merging(contractCalendars) { _, own in own }
    }

    /// The zone standing maintenance windows are read in: the contract's
    /// `maintenance_timezone`, else the catalog's.
    public var maintenanceZone: ZoneRules { contractMaintenanceZone ?? catalogVersion.zone }
}

/// Why terms could not be found for a day.
public enum TermsError: Error, Sendable, Hashable {
    /// The contract is not in service that day.
    case notInService(ContractID, LocalDate)
    /// No catalog version is in force on the date the rules select.
    case noCatalogVersion(ContractID, LocalDate)
    /// The governing catalog version has no such tier.
    case unknownTier(ContractID, TierName, version: String)
    /// No monthly fee and no list fee.
    case noFee(ContractID)
    /// The tier's minimum credit has more fraction digits than the contract's currency allows.
    case minimumCredit(ContractID, Money, Currency)
    /// No monthly fee, and the tier's list fee is in another currency than the contract's.
    case listFeeCurrency(ContractID, TierName, list: Currency, contract: Currency)

    /// A sentence for people.
    public var message: String {
        switch self {
        case .notInService(let id, let date): return "contract \(id) is not in service on \(date)"
        case .noCatalogVersion(let id, let date): return "no catalog version is in force on \(date) for contract \(id)"
        case .unknownTier(let id, let tier, let version):
            return "tier '\(tier)' of contract \(id) is not in catalog \(version)"
        case .noFee(let id): return "contract \(id) has no monthly fee and its tier no list fee"
        case .listFeeCurrency(let id, let tier, let list, let contract):
            return "contract \(id) is in \(contract.code) but has no 'monthly_fee', and the \(list.code) list fee of "
                + "tier '\(tier)' is not a \(contract.code) price; give the contract its own monthly_fee"
        case .minimumCredit(let id, let minimum, let currency):
            return "the minimum credit \(minimum.plain) \(minimum.currency.code) of contract \(id)'s tier cannot be "
                + "stated in \(currency.code)"
        }
    }
}

extension Contract {
    /// The date whose catalog version governs `date`: the signing date while
    /// a lock holds, the renewal start for a locked renewal, otherwise the
    /// most recent anniversary of the term's start on or before `date`.
    public func catalogDate(for date: LocalDate) -> (date: LocalDate, locked: Bool, inRenewal: Bool) {
        if let renewal, date >= renewal.term.start {
            if renewal.term.lasts(atLeast: 24) { return (renewal.term.start, true, true) }
            return (Self.anniversary(of: renewal.term.start, onOrBefore: date), false, true)
        }
        if isLocked { return (signed, true, false) }
        return (Self.anniversary(of: term.start, onOrBefore: date), false, false)
    }

    /// The most recent anniversary of `start` on or before `date` (a 29
    /// February start has its anniversary on 28 February in other years).
    public static func anniversary(of start: LocalDate, onOrBefore date: LocalDate) -> LocalDate {
        func on(_ year: Int) -> LocalDate {
            LocalDate(
                year: year, month: start.month, day: min(start.day, LocalDate.daysIn(year: year, month: start.month)))!
        }
        guard date > start else { return start }
        let candidate = on(date.year)
        return candidate <= date ? candidate : max(start, on(date.year - 1))
    }

    /// The terms in force on a day of service.
    public func terms(on date: LocalDate, catalog: Catalog) throws(TermsError) -> GoverningTerms {
        guard inService(on: date) else { throw .notInService(id, date) }
        let (versionDate, locked, inRenewal) = catalogDate(for: date)
        guard let version = catalog.version(on: versionDate) else { throw .noCatalogVersion(id, versionDate) }
        guard let tier = version.tier(tier) else { throw .unknownTier(id, self.tier, version: version.version) }
        let count = schedule.amendmentCount(on: date)
        var merged = schedule.overrides[count]
        let premium = schedule.premium[count]
        let change = schedule.fee(on: date)
        var fee = change?.fee
        if let renewal, inRenewal {
            merged = merged.merged(with: renewal.overrides)
            // The renewal's fee is weighed last: it wins unless a later-dated change is in force.
            let renewalRank = max(renewal.term.start, term.start)
            if let renewalFee = renewal.monthlyFee, change.map({ $0.rank <= renewalRank }) ?? true {
                fee = renewalFee
            }
        }
        if fee == nil, let list = tier.listFee {
            // A list fee is a price in the catalog's currency, never relabelled in another.
            guard version.currency == currency else {
                throw .listFeeCurrency(id, tier.id, list: version.currency, contract: currency)
            }
            fee = Money(list, currency: currency)
        }
        guard let fee else { throw .noFee(id) }
        var sla = tier.terms.applying(merged)
        if let minimum = sla.minimumCredit {
            guard let restated = minimum.restated(in: currency) else { throw .minimumCredit(id, minimum, currency) }
            sla.minimumCredit = restated
        }
        return GoverningTerms(
            catalogVersion: version, tier: tier, sla: sla, locked: locked, inRenewal: inRenewal,
            term: inRenewal ? renewal?.term ?? term : term, catalogDate: versionDate, monthlyFee: fee, premium: premium,
            overrides: merged, contractCalendars: calendars, contractMaintenanceZone: maintenanceZone)
    }

    /// The days of service in a month (first and last), `nil` when none.
    public func serviceDays(in month: LocalMonth) -> (first: LocalDate, last: LocalDate, count: Int)? {
        var first: LocalDate?
        var last: LocalDate?
        var count = 0
        var day = month.firstDay
        while day <= month.lastDay {
            if inService(on: day) {
                if first == nil { first = day }
                last = day
                count += 1
            }
            day = day.adding(days: 1)
        }
        guard let first, let last else { return nil }
        return (first, last, count)
    }
}
