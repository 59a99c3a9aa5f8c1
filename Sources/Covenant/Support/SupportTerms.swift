import CovenantFormat

/// A contract-month's support terms resolved once for many tickets: for
/// each severity, each clock's calendar and target in working seconds, and
/// the holiday periods of the tier, so measuring a ticket needs no lookups.
public struct SupportTerms: Sendable {
    /// One clock of one severity.
    public struct Clock: Sendable {
        /// The calendar's name.
        public var name: CalendarName
        /// The calendar; `nil` when the catalog cannot build it.
        public var calendar: WorkingCalendar?
        /// The target in working seconds; `nil` for none.
        public var target: Int64?
    }

    /// The terms they were resolved from.
    public let terms: GoverningTerms
    /// Response clocks, indexed by severity rank.
    let response: [Clock]
    /// Resolution clocks, indexed by severity rank.
    let resolution: [Clock]
    /// The holiday periods that list the contract's tier.
    let holidayPeriods: [HolidayPeriod]
    /// The catalog's zone, in which holiday periods are read.
    let catalogZone: ZoneRules?

    /// Resolves the terms' clocks, building calendars through a shared cache.
    public init(_ terms: GoverningTerms, calendars: inout WorkingCalendars) {
        self.terms = terms
        let sla = terms.sla
        let version = terms.catalogVersion
        var response: [Clock] = []
        var resolution: [Clock] = []
        for severity in Severity.allCases {
            let responseName = sla.responseClock(for: severity)
            let responseCalendar = calendars.calendar(responseName, for: terms)
            response.append(Clock(
                name: responseName, calendar: responseCalendar,
                target: responseCalendar.flatMap { calendar in
                    sla.support[severity]?.response?.workingSeconds(dayLength: calendar.dayLength)
                }))
            let resolutionName = sla.resolutionClock(for: severity)
            let resolutionCalendar = calendars.calendar(resolutionName, for: terms)
            resolution.append(Clock(
                name: resolutionName, calendar: resolutionCalendar,
                target: resolutionCalendar.flatMap { calendar in
                    sla.support[severity]?.resolution?.workingSeconds(dayLength: calendar.dayLength)
                }))
        }
        self.response = response
        self.resolution = resolution
        holidayPeriods = version.holidayPeriods.filter { $0.tiers.contains(terms.tier.id) }
        catalogZone = holidayPeriods.isEmpty ? nil : version.zone
    }

    /// The response clock of a severity.
    public func responseClock(_ severity: Severity) -> Clock { response[severity.position] }

    /// The resolution clock of a severity.
    public func resolutionClock(_ severity: Severity) -> Clock { resolution[severity.position] }

    /// The response extension of a ticket opened at an instant: the longest
    /// `extend_response` of the tier's holiday periods whose dates (read in
    /// the catalog's zone) include the opening date.
    public func holidayExtension(opened: Int64) -> Int64 {
        guard let zone = catalogZone else { return 0 }
        let date = zone.local(opened).date
        var longest: Int64 = 0
        for period in holidayPeriods where period.contains(date) { longest = max(longest, period.extendResponse) }
        return longest
    }
}
