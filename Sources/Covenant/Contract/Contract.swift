import CovenantFormat

/// A customer contract, as decoded from its file.
public struct Contract: Sendable, Hashable {
    /// A fee change from a month on.
    public struct FeeChange: Sendable, Hashable {
        /// The first month of the new fee.
        public var from: LocalMonth
        /// The new monthly fee.
        public var monthlyFee: Money
    }

    /// A priced add-on listed in the appendix.
    public struct PremiumItem: Sendable, Hashable {
        /// What the customer buys.
        public var item: String
        /// The price a year, when stated so.
        public var annualFee: Money?
        /// The price a month, when stated so.
        public var monthlyFee: Money?

        /// The price per year (a monthly fee × 12).
        public var yearly: Money? {
            if let annualFee { return annualFee }
            return monthlyFee.map { Money(minorUnits: $0.minorUnits * 12, currency: $0.currency) }
        }
    }

    /// A signed change during the term.
    public struct Amendment: Sendable, Hashable {
        /// The day it takes effect (a month's first day).
        public var effective: LocalDate
        /// A new monthly fee.
        public var monthlyFee: Money?
        /// SLA overrides merged onto the contract's.
        public var overrides: SLAOverrides
        /// A replacement list of premium items.
        public var premium: [PremiumItem]?
        /// Where the amendment's overrides are written (for errors).
        public var overridesRange: SourceRange?
        /// Where the amendment is written.
        public var range: SourceRange
        /// Where the amendment's SLA overrides are written, field by field.
        var termPlaces = SLAFields.Places()
    }

    /// The next term.
    public struct Renewal: Sendable, Hashable {
        /// The renewal term.
        public var term: ContractTerm
        /// Overrides merged on top from the renewal's start.
        public var overrides: SLAOverrides
        /// A new monthly fee from the renewal's start.
        public var monthlyFee: Money?
        /// Where the renewal is written.
        public var range: SourceRange
        /// Where the renewal's SLA overrides are written, field by field.
        var termPlaces = SLAFields.Places()
    }

    public var id: ContractID
    public var customer: String
    public var tier: TierName
    /// The region events may be scoped to, if any.
    public var region: RegionName?
    /// The contract's zone: month boundaries and local times.
    public var zone: ZoneRules
    public var currency: Currency
    public var signed: LocalDate
    /// The initial term.
    public var term: ContractTerm { didSet { reschedule() } }
    /// The initial monthly fee; `nil` means the tier's list fee.
    public var monthlyFee: Money? { didSet { reschedule() } }
    public var fees: [FeeChange] { didSet { reschedule() } }
    public var overrides: SLAOverrides { didSet { reschedule() } }
    public var premium: [PremiumItem] { didSet { reschedule() } }
    public var amendments: [Amendment] { didSet { reschedule() } }
    public var renewal: Renewal?
    /// The last day of service when the customer left early.
    public var ended: LocalDate?
    /// Named contacts, in file order.
    public var contacts: [Contact]
    /// The contract's own calendars, by name; its clocks may name them
    /// besides the catalog's.
    public var calendars: [CalendarName: CalendarDefinition] = [:]
    /// The zone of the standing maintenance windows for this contract, when
    /// it sets one (`maintenance_timezone`); else the catalog's.
    public var maintenanceZone: ZoneRules?
    /// The file it came from.
    public var file: SourceFile
    /// Where fields checked after decoding are written.
    public var places: Places
    /// The amendments and fee changes merged once, kept in step with the fields above.
    private(set) var schedule: TermsSchedule

    init(
        id: ContractID, customer: String, tier: TierName, region: RegionName?, zone: ZoneRules, currency: Currency,
        signed: LocalDate, term: ContractTerm, monthlyFee: Money?, fees: [FeeChange], overrides: SLAOverrides,
        premium: [PremiumItem], amendments: [Amendment], renewal: Renewal?, ended: LocalDate?, contacts: [Contact],
        calendars: [CalendarName: CalendarDefinition] = [:], maintenanceZone: ZoneRules? = nil, file: SourceFile,
        places: Places
    ) {
        self.id = id
        self.customer = customer
        self.tier = tier
        self.region = region
        self.zone = zone
        self.currency = currency
        self.signed = signed
        self.term = term
        self.monthlyFee = monthlyFee
        self.fees = fees
        self.overrides = overrides
        self.premium = premium
        self.amendments = amendments
        self.renewal = renewal
        self.ended = ended
        self.contacts = contacts
        self.calendars = calendars
        self.maintenanceZone = maintenanceZone
        self.file = file
        self.places = places
        schedule = TermsSchedule(
            term: term, monthlyFee: monthlyFee, fees: fees, overrides: overrides, premium: premium,
            amendments: amendments)
    }

    private mutating func reschedule() {
        schedule = TermsSchedule(
            term: term, monthlyFee: monthlyFee, fees: fees, overrides: overrides, premium: premium,
            amendments: amendments)
    }

    /// The last day of service: `ended`, or the end of the renewal or term.
    public var lastDay: LocalDate {
        let natural = renewal?.term.end ?? term.end
        return ended.map { min($0, natural) } ?? natural
    }

    /// Whether the initial term is locked (24 months or longer).
    public var isLocked: Bool { term.lasts(atLeast: 24) }

    /// Whether a local date is a day of service.
    public func inService(on date: LocalDate) -> Bool {
        guard date >= term.start, date <= lastDay else { return false }
        if date <= term.end { return true }
        if let renewal, date >= renewal.term.start { return true }
        return false
    }
}
