import CovenantFormat

/// A ticket's response and resolution measured under the terms of the
/// month it was opened in, at `as_of` (RULES.md §6).
public struct TicketOutcome: Sendable, Hashable {
    /// The ticket's id.
    public var id: TicketID
    /// Its contract.
    public var contract: ContractID
    /// When it was opened.
    public var opened: Int64
    /// The severity in force at `as_of` or when the ticket was last resolved.
    public var severity: Severity
    /// Why it is excluded from attainment, if it is.
    public var exclusion: ExclusionReason?
    /// The response clock.
    public var response: ClockMeasure
    /// The resolution clock.
    public var resolution: ClockMeasure
    /// Whether a question to the customer is unanswered at `as_of`.
    public var isAwaitingCustomer: Bool

    /// Creates an outcome.
    public init(
        id: TicketID, contract: ContractID, opened: Int64, severity: Severity, exclusion: ExclusionReason?,
        response: ClockMeasure, resolution: ClockMeasure, isAwaitingCustomer: Bool
    ) {
        self.id = id
        self.contract = contract
        self.opened = opened
        self.severity = severity
        self.exclusion = exclusion
        self.response = response
        self.resolution = resolution
        self.isAwaitingCustomer = isAwaitingCustomer
    }

    /// Whether the ticket is still open (not resolved) at `as_of`.
    public var isOpen: Bool { resolution.isRunning }

    /// Whether the ticket counts toward attainment.
    public var isCounted: Bool { exclusion == nil }

    /// Measures a ticket at `as_of` under the terms of the month it was opened in.
    public static func measure(
        _ ticket: Ticket, terms: GoverningTerms, asOf: Int64, calendars: inout WorkingCalendars
    ) -> TicketOutcome {
        let clocks = TicketClocks(ticket, asOf: asOf)
        let version = terms.catalogVersion
        let sla = terms.sla
        let response = measureResponse(clocks, terms: terms, calendars: &calendars)
        let severity = clocks.resolutionSeverity
        let resolutionName = sla.resolutionClock(for: severity)
        let resolution: ClockMeasure
        if let calendar = calendars.calendar(resolutionName, in: version) {
            var total: Int64 = 0
            var elapsed: Int64 = 0
            for run in clocks.resolutionRuns {
                total += calendar.workingSeconds(from: run.lowerBound, to: run.upperBound)
                elapsed += clocks.pauses.isEmpty
                    ? calendar.workingSeconds(from: run.lowerBound, to: run.upperBound)
                    : calendar.workingSeconds(from: run.lowerBound, to: run.upperBound, pauses: clocks.pauses)
            }
            let target = sla.support[severity]?.resolution?.workingSeconds(dayLength: calendar.dayLength)
            var deadline: Int64?
            if let target {
                let stoppages = clocks.resolutionStoppages
                let instant = stoppages.isEmpty
                    ? calendar.deadline(from: clocks.opened, adding: target)
                    : calendar.deadline(from: clocks.opened, adding: target, pauses: stoppages)
                deadline = instant == Int64.max ? nil : instant
            }
            let allowed = deadline == nil ? nil : target
            resolution = ClockMeasure(
                clock: resolutionName, severity: severity, elapsedSeconds: elapsed, pausedSeconds: total - elapsed,
                targetSeconds: target, allowedSeconds: allowed, deadline: deadline, isRunning: !clocks.isResolved,
                status: ClockMeasure.status(elapsed: elapsed, allowed: allowed, hasTarget: target != nil, isRunning: !clocks.isResolved))
        } else {
            resolution = ClockMeasure(
                clock: resolutionName, severity: severity, elapsedSeconds: 0, targetSeconds: nil, allowedSeconds: nil,
                deadline: nil, isRunning: !clocks.isResolved, status: .none)
        }
        return TicketOutcome(
            id: ticket.id, contract: ticket.contract, opened: ticket.opened, severity: severity,
            exclusion: clocks.exclusion, response: response, resolution: resolution,
            isAwaitingCustomer: clocks.isAwaitingCustomer && !clocks.isResolved)
    }

    private static func measureResponse(_ clocks: TicketClocks, terms: GoverningTerms, calendars: inout WorkingCalendars)
        -> ClockMeasure
    {
        let severity = clocks.responseSeverity
        let name = terms.sla.responseClock(for: severity)
        let isRunning = clocks.responseStop == nil
        guard let calendar = calendars.calendar(name, in: terms.catalogVersion) else {
            return ClockMeasure(
                clock: name, severity: severity, elapsedSeconds: 0, targetSeconds: nil, allowedSeconds: nil, deadline: nil,
                isRunning: isRunning, status: .none)
        }
        let elapsed = calendar.workingSeconds(from: clocks.opened, to: clocks.responseStop ?? clocks.asOf)
        let target = terms.sla.support[severity]?.response?.workingSeconds(dayLength: calendar.dayLength)
        var deadline: Int64?
        var allowed: Int64?
        var extensionSeconds: Int64 = 0
        if let target {
            let base = calendar.deadline(from: clocks.opened, adding: target)
            if base != Int64.max {
                extensionSeconds = holidayExtension(opened: clocks.opened, terms: terms)
                deadline = base + extensionSeconds
                allowed = extensionSeconds > 0 ? calendar.workingSeconds(from: clocks.opened, to: base + extensionSeconds) : target
            }
        }
        return ClockMeasure(
            clock: name, severity: severity, elapsedSeconds: elapsed, targetSeconds: target, allowedSeconds: allowed,
            extensionSeconds: extensionSeconds, deadline: deadline, isRunning: isRunning,
            status: ClockMeasure.status(elapsed: elapsed, allowed: allowed, hasTarget: target != nil, isRunning: isRunning))
    }

    /// The response extension of a ticket opened at an instant: the longest
    /// `extend_response` of the holiday periods for the contract's tier whose
    /// dates (read in the catalog's zone) include the opening date.
    public static func holidayExtension(opened: Int64, terms: GoverningTerms) -> Int64 {
        let version = terms.catalogVersion
        let periods = version.holidayPeriods.filter { $0.tiers.contains(terms.tier.id) }
        guard !periods.isEmpty, let zone = ZoneRules(identifier: version.timeZone) else { return 0 }
        let date = zone.local(opened).date
        return periods.filter { $0.contains(date) }.map(\.extendResponse).max() ?? 0
    }
}
