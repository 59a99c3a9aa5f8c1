@testable import Covenant
import CovenantFormat

/// Catalog 2026.1's support terms built in code, and helpers to read
/// tickets from CSV text.
enum SupportFixtures {
    static let zone = CatalogCalendars.zone

    static func calendar(_ name: String, _ hours: WeeklyHours, holidays: [HolidayRule] = [.usFederal]) -> CalendarDefinition {
        CalendarDefinition(name: CalendarName(name), zone: zone, hours: hours, holidays: holidays)
    }

    static let calendars: [CalendarName: CalendarDefinition] = [
        CalendarName("always"): calendar("always", .always, holidays: []),
        CalendarName("business"): calendar("business", .weekly(CatalogCalendars.hours(1...5, 9, 17))),
        CalendarName("extended"): calendar("extended", .weekly(CatalogCalendars.hours(1...5, 9, 18))),
        CalendarName("extended-weekend"): calendar(
            "extended-weekend",
            .weekly(CatalogCalendars.hours(1...5, 9, 18).merging(CatalogCalendars.hours(6...7, 9, 17)) { a, _ in a })),
    ]

    static func hours(_ h: Int64) -> TargetDuration { .time(seconds: h * 3600) }
    static func minutes(_ m: Int64) -> TargetDuration { .time(seconds: m * 60) }
    static func businessDays(_ n: Int64) -> TargetDuration { .business(BusinessDuration(count: n, unit: .days)) }
    static func businessHours(_ n: Int64) -> TargetDuration { .business(BusinessDuration(count: n, unit: .hours)) }

    static func sla(
        response: DecimalNumber, resolution: DecimalNumber, clocks: (String, String), support: [Severity: SeverityTerms]
    ) -> SLATerms {
        SLATerms(
            uptime: DecimalNumber(significand: 999, scale: 1), credits: [], creditCap: DecimalNumber(50),
            responseAchievement: response, resolutionAchievement: resolution, responseClock: CalendarName(clocks.0),
            resolutionClock: CalendarName(clocks.1), support: support)
    }

    static let starter = Tier(
        id: TierName("starter"), name: "Starter", listFee: DecimalNumber(2500), csmRatio: 12,
        terms: sla(
            response: DecimalNumber(90), resolution: DecimalNumber(95), clocks: ("always", "business"),
            support: [
                .critical: SeverityTerms(response: hours(24), resolution: businessDays(5), warnBefore: 600),
                .high: SeverityTerms(response: hours(8), resolution: businessDays(2), warnBefore: 900),
                .medium: SeverityTerms(response: hours(24), resolution: businessDays(7)),
                .low: SeverityTerms(response: hours(48)),
            ]))

    static let professional = Tier(
        id: TierName("professional"), name: "Professional", listFee: DecimalNumber(15000), csmRatio: 4,
        terms: sla(
            response: DecimalNumber(95), resolution: DecimalNumber(95), clocks: ("extended", "extended"),
            support: [
                .critical: SeverityTerms(
                    response: hours(4), resolution: businessDays(2), warnBefore: 600,
                    responseClock: CalendarName("extended-weekend"), resolutionClock: CalendarName("extended-weekend")),
                .high: SeverityTerms(response: hours(2), resolution: businessHours(8), warnBefore: 900),
                .medium: SeverityTerms(response: hours(4), resolution: businessDays(1)),
                .low: SeverityTerms(response: hours(24), resolution: businessDays(3)),
            ]))

    static let enterprise = Tier(
        id: TierName("enterprise"), name: "Enterprise", listFee: DecimalNumber(75000), csmRatio: 2,
        terms: sla(
            response: DecimalNumber(99), resolution: DecimalNumber(99), clocks: ("extended", "extended"),
            support: [
                .critical: SeverityTerms(
                    response: hours(1), resolution: hours(8), warnBefore: 600, responseClock: CalendarName("always"),
                    resolutionClock: CalendarName("always")),
                .high: SeverityTerms(
                    response: minutes(30), resolution: hours(2), warnBefore: 900, responseClock: CalendarName("always"),
                    resolutionClock: CalendarName("always")),
                .medium: SeverityTerms(response: hours(1), resolution: hours(4)),
                .low: SeverityTerms(response: hours(4), resolution: hours(24)),
            ]))

    static let yearEnd = HolidayPeriod(
        name: "Year-end", from: (12, 24), to: (1, 2), extendResponse: 86_400,
        tiers: [TierName("starter"), TierName("professional")])

    static let version = CatalogVersion(
        version: "2026.1", effective: LocalDate(year: 2026, month: 1, day: 1)!, provider: "TAI Erlang Autonomics",
        currency: .usd, rounding: .halfUp, zone: zone, calendars: calendars, holidayPeriods: [yearEnd],
        maintenance: .none, tiers: [starter, professional, enterprise],
        file: SourceFile(path: "Contracts/catalog/2026.1.yaml", text: ""))

    /// The governing terms of a tier with no overrides.
    static func terms(_ tier: Tier) -> GoverningTerms {
        GoverningTerms(
            catalogVersion: version, tier: tier, sla: tier.terms, locked: false, inRenewal: false,
            term: ContractTerm(start: version.effective, end: version.effective.adding(days: 364)),
            catalogDate: version.effective, monthlyFee: Money(minorUnits: 0, currency: .usd), premium: [], overrides: SLAOverrides())
    }

    /// The catalog's calendars, built once for all tests.
    static let workingCalendars: WorkingCalendars = {
        var cache = WorkingCalendars()
        for name in calendars.keys { _ = cache.calendar(name, in: version) }
        return cache
    }()

    /// Tickets decoded from CSV text (the header `ticket,contract,event,at,severity,note`
    /// is added when `header` is true).
    static func log(_ text: String, header: Bool = true, lenient: Bool = false, known: Set<ContractID>? = nil)
        -> (TicketLog, [Diagnostic])
    {
        let body = header ? "ticket,contract,event,at,severity,note\n" + text : text
        let file = SourceFile(path: "tickets.csv", text: body)
        let table = try! CSVReader.read(file)
        return TicketLog.decode([(file, table)], knownContracts: known, lenient: lenient)
    }

    /// The one ticket of a CSV text, measured at `asOf` under a tier's terms.
    static func outcome(_ text: String, tier: Tier, asOf: Int64) -> TicketOutcome {
        let (log, diagnostics) = log(text)
        precondition(diagnostics.isEmpty, "\(diagnostics.map(\.rendered))")
        var calendars = Self.workingCalendars
        return TicketOutcome.measure(log.tickets[0], terms: terms(tier), asOf: asOf, calendars: &calendars)
    }
}
