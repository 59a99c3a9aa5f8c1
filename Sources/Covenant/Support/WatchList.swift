import CovenantFormat

/// The open tickets at an instant with their running clocks, deadlines and
/// time left, sorted by time left (`covenant watch`).
public struct WatchList: Sendable {
    /// The instant watched.
    public var at: Int64
    /// The zone the instant and deadlines are read in: the catalog's.
    public var zone: ZoneRules
    /// One item per running clock with a target, by time left, then ticket id.
    public var items: [WatchItem]
    /// Open tickets with no running clock that has a target (no deadline to watch).
    public var untimed: [TicketID]
    /// Open tickets with a running clock whose target the calendar never
    /// reaches (a calendar that is never open): their deadline is never.
    public var unreachable: [TicketID]
    /// Tickets that could not be measured, with the reason.
    public var notes: [WatchNote]
    /// Open tickets waiting on the customer longer than `pause_notice` since
    /// the customer was last told anything, by how long ago that was.
    public var pauseNotices: [PauseNotice]

    /// Builds the list: every ticket opened by `at` and not resolved then,
    /// measured under the terms of the month it was opened in (local).
    public init(catalog: Catalog, contracts: [Contract], tickets: TicketLog, at: Int64) {
        self.at = at
        zone = catalog.defaultZone
        var items: [WatchItem] = []
        var untimed: [TicketID] = []
        var unreachable: Set<TicketID> = []
        var notes: [WatchNote] = []
        var pauseNotices: [PauseNotice] = []
        var calendars = WorkingCalendars()
        var termsByMonth: [String: SupportTerms] = [:]
        let byID = Dictionary(contracts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for ticket in tickets.tickets where ticket.opened <= at {
            guard let contract = byID[ticket.contract] else { continue }
            let clocks = TicketClocks(ticket, asOf: at)
            guard !clocks.isResolved else { continue }
            let month = LocalMonth(contract.zone.local(ticket.opened).date)
            let key = "\(contract.id)|\(month)"
            var support = termsByMonth[key]
            if support == nil, let first = contract.serviceDays(in: month)?.first,
                let terms = try? contract.terms(on: first, catalog: catalog)
            {
                support = SupportTerms(terms, calendars: &calendars)
                termsByMonth[key] = support
            }
            guard let support else {
                notes.append(.noTerms(ticket.id, contract: contract.id, month: month))
                continue
            }
            let outcome = TicketOutcome.measure(ticket, terms: support, asOf: at)
            let version = support.terms.catalogVersion
            if outcome.exclusion == nil, let since = clocks.awaitingSince, !clocks.isResolved {
                let told = clocks.lastToldCustomer ?? since
                if at - told >= version.pauseNotice {
                    pauseNotices.append(PauseNotice(
                        ticket: ticket.id, contract: contract.id, customer: contract.customer, zone: contract.zone,
                        awaitingSince: since, lastTold: told, notice: version.pauseNotice))
                }
            }
            let count = items.count
            for (clock, measure) in [(WatchItem.Clock.response, outcome.response), (.resolution, outcome.resolution)] {
                guard measure.isRunning, let deadline = measure.deadline, let allowed = measure.allowedSeconds else {
                    if measure.isRunning && measure.targetSeconds != nil { unreachable.insert(ticket.id) }
                    continue
                }
                let warnBefore = support.terms.sla.warnBefore(for: measure.severity)
                let paused = clock == .resolution && outcome.isAwaitingCustomer
                let state: WatchState
                if outcome.exclusion != nil {
                    state = .excluded
                } else if measure.status == .missed {
                    state = .breached
                } else if paused {
                    state = .paused
                } else if deadline - at <= warnBefore {
                    state = .warning
                } else {
                    state = .onTrack
                }
                var escalation: WatchEscalation?
                if state == .breached, !version.escalation.isEmpty {
                    let calendar =
                        clock == .response
                        ? support.responseClock(measure.severity).calendar
                        : support.resolutionClock(measure.severity).calendar
                    let breachedAt = calendar?.nextOpen(atOrAfter: deadline) ?? deadline
                    escalation = WatchEscalation(breachedAt: min(breachedAt, at), at: at, levels: version.escalation)
                }
                items.append(
                    WatchItem(
                        ticket: ticket.id, contract: contract.id, clock: clock, measure: measure, deadline: deadline,
                        timeLeft: deadline - at, workingLeft: allowed - measure.elapsedSeconds, warnBefore: warnBefore,
                        state: state, customer: contract.customer, zone: contract.zone, escalation: escalation))
            }
            if items.count == count && !unreachable.contains(ticket.id) { untimed.append(ticket.id) }
        }
        self.items = items.sorted {
            ($0.timeLeft, $0.ticket, $0.clock == .response ? 0 : 1) < (
                $1.timeLeft, $1.ticket, $1.clock == .response ? 0 : 1
            )
        }
        self.untimed = untimed.sorted()
        self.unreachable = unreachable.sorted()
        self.notes = notes
        self.pauseNotices = pauseNotices.sorted { ($0.lastTold, $0.ticket) < ($1.lastTold, $1.ticket) }
    }

    /// How many items are breached.
    public var breachedCount: Int { items.filter { $0.state == .breached }.count }
    /// How many items are within their warning lead.
    public var warningCount: Int { items.filter { $0.state == .warning }.count }
    /// How many tickets wait on the customer longer than `pause_notice` since last told.
    public var pauseNoticeCount: Int { pauseNotices.count }

    /// Whether a clock is breached.
    public var hasBreach: Bool { breachedCount > 0 }

    /// Whether a clock is breached or within its warning time, or a pause notice is due.
    public var hasWarning: Bool { hasBreach || warningCount > 0 || pauseNoticeCount > 0 }

    /// How many tickets are open.
    public var openTickets: Int { Set(items.map(\.ticket)).union(unreachable).count + untimed.count }
}
