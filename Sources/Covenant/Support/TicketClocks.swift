/// A ticket's events replayed up to `as_of`: when its response clock
/// stopped, when its resolution clock ran and was paused, and the severity
/// in force at each stop (RULES.md §6). No calendar is involved yet.
public struct TicketClocks: Sendable, Hashable {
    /// When the ticket was opened: both clocks start here.
    public var opened: Int64
    /// The instant the figures are taken at.
    public var asOf: Int64
    /// The first `replied`, `awaiting_customer` or `resolved`; `nil` while the response clock runs.
    public var responseStop: Int64?
    /// The severity in force when the response clock stopped (after every
    /// event up to and including the stopping one), or at `as_of`.
    public var responseSeverity: Severity
    /// The stretches the resolution clock ran, in order: from `opened` or a
    /// `reopened` to a `resolved`, the last to `as_of` when still running.
    public var resolutionRuns: [Range<Int64>]
    /// Whether the resolution clock is stopped at `as_of` (the last event was a `resolved`).
    public var isResolved: Bool
    /// The severity in force at the last `resolved`, or at `as_of` while running.
    public var resolutionSeverity: Severity
    /// Each `awaiting_customer` to the next `customer_replied` or `resolved`
    /// (or to `as_of`).
    public var pauses: [Range<Int64>]
    /// Whether an `awaiting_customer` is still unanswered at `as_of`.
    public var isAwaitingCustomer: Bool
    /// The reason of the first `excluded` event, if any.
    public var exclusion: ExclusionReason?
    /// When the unanswered `awaiting_customer` began; `nil` when not awaiting the customer.
    public var awaitingSince: Int64?
    /// The last time the customer was told something: the latest `replied`
    /// or `awaiting_customer` (a person writing to the customer); `nil` when never.
    public var lastToldCustomer: Int64?

    /// Replays a ticket's events up to and including `asOf` (later ones have not happened yet).
    public init(_ ticket: Ticket, asOf: Int64) {
        opened = ticket.opened
        self.asOf = asOf
        var severity = ticket.initialSeverity
        var responseStop: Int64?
        var responseSeverity: Severity?
        var runs: [Range<Int64>] = []
        var runningSince: Int64? = ticket.opened
        var resolvedSeverity = severity
        var pauses: [Range<Int64>] = []
        var pauseStart: Int64?
        var exclusion: ExclusionReason?
        var told: Int64?
        for event in ticket.events.dropFirst() where event.at <= asOf {
            if event.kind == .replied || event.kind == .awaitingCustomer { told = event.at }
            switch event.kind {
            case .opened, .autoReply:
                break
            case .severity:
                severity = event.severity ?? severity
            case .replied, .awaitingCustomer, .resolved:
                if responseStop == nil {
                    responseStop = event.at
                    responseSeverity = severity
                }
                if event.kind == .awaitingCustomer && pauseStart == nil { pauseStart = event.at }
                if event.kind == .resolved {
                    if let start = runningSince {
                        runs.append(start..<event.at)
                        runningSince = nil
                        resolvedSeverity = severity
                    }
                    // The ticket no longer waits on the customer: a reopen runs unpaused (case L).
                    if let start = pauseStart {
                        pauses.append(start..<event.at)
                        pauseStart = nil
                    }
                }
            case .customerReplied:
                if let start = pauseStart {
                    pauses.append(start..<event.at)
                    pauseStart = nil
                }
            case .reopened:
                if runningSince == nil { runningSince = event.at }
            case .excluded:
                if exclusion == nil { exclusion = event.exclusion }
            }
        }
        if let start = pauseStart { pauses.append(start..<max(start, asOf)) }
        if let start = runningSince {
            runs.append(start..<max(start, asOf))
            resolvedSeverity = severity
        }
        self.responseStop = responseStop
        self.responseSeverity = responseSeverity ?? severity
        self.resolutionRuns = runs
        self.isResolved = runningSince == nil
        self.resolutionSeverity = resolvedSeverity
        self.pauses = pauses
        self.isAwaitingCustomer = pauseStart != nil
        self.exclusion = exclusion
        self.awaitingSince = pauseStart
        self.lastToldCustomer = told
    }

    /// Where the resolution clock's last run ends: the last `resolved`, or `as_of`.
    public var resolutionEnd: Int64 { resolutionRuns.last?.upperBound ?? opened }

    /// The wall-clock intervals the resolution clock does not run between
    /// `opened` and its last run's end: pauses and the gaps between runs. A
    /// deadline counted with these removed is the one the clock would reach
    /// if it ran on from its last stop (or from `as_of` when paused then).
    public var resolutionStoppages: [Range<Int64>] {
        var stoppages: [Range<Int64>] = []
        for (earlier, later) in zip(resolutionRuns, resolutionRuns.dropFirst())
        where earlier.upperBound < later.lowerBound {
            stoppages.append(earlier.upperBound..<later.lowerBound)
        }
        let end = resolutionEnd
        for pause in pauses where pause.lowerBound < end {
            stoppages.append(pause.lowerBound..<min(pause.upperBound, end))
        }
        return stoppages
    }
}
