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
        measure(ticket, terms: SupportTerms(terms, calendars: &calendars), asOf: asOf)
    }

    /// Measures a ticket at `as_of` under support terms already resolved.
    public static func measure(_ ticket: Ticket, terms: SupportTerms, asOf: Int64) -> TicketOutcome {
        let clocks = TicketClocks(ticket, asOf: asOf)
        return TicketOutcome(
            id: ticket.id, contract: ticket.contract, opened: ticket.opened, severity: clocks.resolutionSeverity,
            exclusion: clocks.exclusion, response: measureResponse(clocks, terms: terms),
            resolution: measureResolution(clocks, terms: terms),
            isAwaitingCustomer: clocks.isAwaitingCustomer && !clocks.isResolved)
    }

    private static func measureResponse(_ clocks: TicketClocks, terms: SupportTerms) -> ClockMeasure {
        let severity = clocks.responseSeverity
        let clock = terms.responseClock(severity)
        let isRunning = clocks.responseStop == nil
        guard let calendar = clock.calendar else {
            return ClockMeasure(
                clock: clock.name, severity: severity, elapsedSeconds: 0, targetSeconds: nil, allowedSeconds: nil,
                deadline: nil, isRunning: isRunning, status: .none)
        }
        let elapsed = calendar.workingSeconds(from: clocks.opened, to: clocks.responseStop ?? clocks.asOf)
        var deadline: Int64?
        var allowed: Int64?
        var extensionSeconds: Int64 = 0
        if let target = clock.target {
            let holidayExtension = terms.holidayExtension(opened: clocks.opened)
            // A deadline the extension moves past the horizon is never reached, like one the calendar never reaches.
            if let base = calendar.deadline(from: clocks.opened, adding: target),
                base + holidayExtension < WorkingCalendar.horizon
            {
                extensionSeconds = holidayExtension
                deadline = base + extensionSeconds
                allowed =
                    extensionSeconds > 0
                    ? calendar.workingSeconds(from: clocks.opened, to: base + extensionSeconds) : target
            }
        }
        return ClockMeasure(
            clock: clock.name, severity: severity, elapsedSeconds: elapsed, targetSeconds: clock.target,
            allowedSeconds: allowed, extensionSeconds: extensionSeconds, deadline: deadline, isRunning: isRunning,
            status: ClockMeasure.status(
                elapsed: elapsed, allowed: allowed, hasTarget: clock.target != nil, isRunning: isRunning))
    }

    private static func measureResolution(_ clocks: TicketClocks, terms: SupportTerms) -> ClockMeasure {
        let severity = clocks.resolutionSeverity
        let clock = terms.resolutionClock(severity)
        let isRunning = !clocks.isResolved
        guard let calendar = clock.calendar else {
            return ClockMeasure(
                clock: clock.name, severity: severity, elapsedSeconds: 0, targetSeconds: nil, allowedSeconds: nil,
                deadline: nil, isRunning: isRunning, status: .none)
        }
        var total: Int64 = 0
        var elapsed: Int64 = 0
        for run in clocks.resolutionRuns {
            let working = calendar.workingSeconds(from: run.lowerBound, to: run.upperBound)
            total += working
            elapsed +=
                clocks.pauses.isEmpty
                ? working : calendar.workingSeconds(from: run.lowerBound, to: run.upperBound, pauses: clocks.pauses)
        }
        var deadline: Int64?
        if let target = clock.target {
            let stoppages = clocks.resolutionStoppages
            deadline =
                stoppages.isEmpty
                ? calendar.deadline(from: clocks.opened, adding: target)
                : calendar.deadline(from: clocks.opened, adding: target, pauses: stoppages)
        }
        let allowed = deadline == nil ? nil : clock.target
        return ClockMeasure(
            clock: clock.name, severity: severity, elapsedSeconds: elapsed, pausedSeconds: total - elapsed,
            targetSeconds: clock.target, allowedSeconds: allowed, deadline: deadline, isRunning: isRunning,
            status: ClockMeasure.status(
                elapsed: elapsed, allowed: allowed, hasTarget: clock.target != nil, isRunning: isRunning))
    }
}
