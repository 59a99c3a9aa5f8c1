import Covenant
import CovenantFormat

/// What the service-level appendix of one contract states: the terms in force
/// at the term start, every later change of them (a renewal, an amendment, a
/// new catalog version on an anniversary), the fees, the premium items and
/// the lock. Built from the same terms model the statements use
/// (`Contract.terms(on:catalog:)`), one month at a time, so the appendix
/// cannot promise what the statements do not compute.
public struct Appendix: Sendable {
    /// A stretch of service during which the service levels do not change.
    public struct TermsPeriod: Sendable {
        /// The first day of service it covers.
        public var first: LocalDate
        /// The last day of service it covers.
        public var last: LocalDate
        /// The terms in force on `first` (the same for every month of the period).
        public var terms: GoverningTerms
        /// The service-level terms only, for comparing periods.
        public var serviceLevels: ServiceLevels
        /// The allowed downtime of the target for 28-, 30- and 31-day months.
        public var allowedDowntime: [AllowedDowntime]
        /// Whether it lies in the renewal term.
        public var isRenewal: Bool { terms.inRenewal }
    }

    /// The parts of the governing terms that the appendix promises: SLA terms,
    /// maintenance policy, holiday periods, clocks, the catalog's commitments
    /// for the tier and premium items.
    public struct ServiceLevels: Sendable, Hashable {
        /// Targets, credits, cap, clocks and support targets.
        public var sla: SLATerms
        /// The maintenance policy.
        public var maintenance: MaintenancePolicy
        /// The catalog's zone: holiday-period dates.
        public var catalogZone: ZoneRules
        /// The zone of the standing maintenance windows: the contract's
        /// `maintenance_timezone`, else the catalog's.
        public var maintenanceZone: ZoneRules
        /// The holiday periods that apply to the contract's tier.
        public var holidayPeriods: [HolidayPeriod]
        /// The calendars the support clocks name, by name (the contract's own
        /// among them).
        public var clocks: [CalendarDefinition]
        /// The catalog's commitments, with the support channels of the
        /// contract's tier only.
        public var commitments: ServiceCommitments
        /// The calendars the tier's support channels are staffed by, by name.
        public var channelCalendars: [CalendarDefinition]
        /// How credits are rounded.
        public var rounding: RoundingRule
        /// Whether a lock pins the catalog version.
        public var locked: Bool
        /// The premium items in force.
        public var premium: [Contract.PremiumItem]

        /// The service levels of governing terms.
        public init(_ terms: GoverningTerms) {
            sla = terms.sla
            maintenance = terms.catalogVersion.maintenance
            catalogZone = terms.catalogVersion.zone
            maintenanceZone = terms.maintenanceZone
            holidayPeriods = terms.catalogVersion.holidayPeriods.filter { $0.tiers.contains(terms.tier.id) }
            var names = Set<CalendarName>([terms.sla.responseClock, terms.sla.resolutionClock])
            for severity in Severity.allCases {
                names.insert(terms.sla.responseClock(for: severity))
                names.insert(terms.sla.resolutionClock(for: severity))
            }
            clocks = names.sorted().compactMap { terms.calendar($0) }
            commitments = terms.catalogVersion.commitments
            let channels = commitments.channels[terms.tier.id] ?? []
            commitments.channels = channels.isEmpty ? [:] : [terms.tier.id: channels]
            var channelNames = Set<CalendarName>()
            for channel in channels {
                if case .calendar(let name) = channel.hours { channelNames.insert(name) }
            }
            channelCalendars = channelNames.sorted().compactMap { terms.catalogVersion.calendars[$0] }
            rounding = terms.catalogVersion.rounding
            locked = terms.locked
            premium = terms.premium
        }

        /// The support channels of the contract's tier, in catalog order.
        public var channels: [SupportChannel] { commitments.channels.values.first ?? [] }
    }

    /// A monthly fee and the first month it is charged.
    public struct FeeChange: Sendable, Hashable {
        /// The first month charged at this fee.
        public var from: LocalMonth
        /// The monthly fee.
        public var fee: Money
        /// Whether the month lies in the renewal term.
        public var inRenewal: Bool
    }

    /// The month lengths, in days, for which allowed downtime is stated.
    public static let monthLengths = [28, 30, 31]

    /// The contract.
    public var contract: Contract
    /// The provider named by the catalog.
    public var provider: String
    /// The periods of unchanged service levels, in order; the first starts
    /// on the term's first day.
    public var periods: [TermsPeriod]
    /// The monthly fee from the term start and each change after it.
    public var fees: [FeeChange]
    /// Catalog versions that take effect during a locked initial term and so
    /// do not apply to it.
    public var versionsHeldOff: [CatalogVersion]

    /// The terms in force at the term start.
    public var initial: TermsPeriod { periods[0] }

    /// The first period of the renewal term, if the contract has one in service.
    public var renewal: TermsPeriod? { periods.first { $0.isRenewal } }

    /// The premium items in force at the term start.
    public var premium: [Contract.PremiumItem] { initial.terms.premium }

    /// The premium items' total a year, `nil` when there are none.
    public var premiumTotal: MoneyTotal? { Appendix.yearlyTotal(premium, currency: contract.currency) }

    /// The appendix of a contract; throws when a month of service has no terms.
    public init(contract: Contract, catalog: Catalog) throws(TermsError) {
        self.contract = contract
        var periods: [TermsPeriod] = []
        var fees: [FeeChange] = []
        var month = LocalMonth(contract.term.start)
        let lastMonth = LocalMonth(contract.lastDay)
        while month <= lastMonth {
            defer { month = month.adding(months: 1) }
            guard let days = contract.serviceDays(in: month) else { continue }
            let terms = try contract.terms(on: days.first, catalog: catalog)
            let levels = ServiceLevels(terms)
            if let current = periods.last, current.serviceLevels == levels, current.isRenewal == terms.inRenewal {
                periods[periods.count - 1].last = days.last
            } else {
                periods.append(TermsPeriod(
                    first: days.first, last: days.last, terms: terms, serviceLevels: levels,
                    allowedDowntime: Appendix.monthLengths.map { AllowedDowntime(target: terms.sla.uptime, days: $0) }))
            }
            if fees.last?.fee != terms.monthlyFee {
                fees.append(FeeChange(from: month, fee: terms.monthlyFee, inRenewal: terms.inRenewal))
            }
        }
        guard !periods.isEmpty else { throw .notInService(contract.id, contract.term.start) }
        self.periods = periods
        self.fees = fees
        let initial = periods[0].terms
        provider = initial.catalogVersion.provider
        if initial.locked {
            let lockEnd = min(contract.term.end, contract.lastDay)
            versionsHeldOff = catalog.versions.filter {
                $0.effective > initial.catalogVersion.effective && $0.effective <= lockEnd
            }
        } else {
            versionsHeldOff = []
        }
    }

    /// The total a year of premium items (monthly fees × 12), in `Int128`
    /// so that no list of items overflows it; `nil` for none.
    public static func yearlyTotal(_ items: [Contract.PremiumItem], currency: Currency) -> MoneyTotal? {
        guard !items.isEmpty else { return nil }
        return items.compactMap(\.yearly).reduce(MoneyTotal.zero(currency), +)
    }
}
