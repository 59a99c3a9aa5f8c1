import Covenant
import CovenantFormat
import CovenantTestSupport
import Testing

/// Seeded random tickets measured two ways: by `TicketOutcome` and by a naive
/// reference that walks the clock minute by minute (events and calendar
/// hours fall on whole minutes, so the two must agree exactly).
@Suite("Support clocks against a minute-stepping reference")
struct SupportClockPropertyTests {
    typealias F = SupportFixtures

    /// A random ticket: opened on a whole minute in February or March 2026
    /// (no holiday period), then up to eight events in time order.
    static func randomTicket(_ random: inout SplitMix64, index: Int) -> (Ticket, asOf: Int64) {
        func below(_ n: UInt64) -> Int64 { Int64(random.next() % n) }
        let opened = utc(2026, 2, 2) + below(45 * 1440) * 60
        var severity = Severity.allCases[Int(below(4))]
        var events = [TicketEvent(kind: .opened, at: opened, severity: severity)]
        var at = opened
        var awaiting = false
        for _ in 0..<below(9) {
            at += below(8) == 0 ? 0 : below(900) * 60
            let kinds: [TicketEventKind] = [.autoReply, .replied, .awaitingCustomer, .resolved, .reopened, .severity]
                + (awaiting ? [.customerReplied, .customerReplied] : [])
            let kind = kinds[Int(below(UInt64(kinds.count)))]
            if kind == .awaitingCustomer { awaiting = true }
            if kind == .customerReplied { awaiting = false }
            if kind == .severity { severity = Severity.allCases[Int(below(4))] }
            events.append(TicketEvent(kind: kind, at: at, severity: kind == .severity ? severity : nil))
        }
        return (Ticket(id: TicketID("T-\(index)"), contract: ContractID("C-1"), events: events), at + below(3000) * 60)
    }

    /// What the reference finds for one clock.
    struct Reference: Equatable {
        var severity: Severity
        var elapsed: Int64
        var paused: Int64
        var deadline: Int64?
        var status: ClockStatus
    }

    /// Replays the events minute by minute.
    static func reference(_ ticket: Ticket, asOf: Int64, tier: Tier) -> (response: Reference, resolution: Reference) {
        var cache = F.workingCalendars
        let events = ticket.events.filter { $0.at <= asOf }
        // The state after every event at or before a minute's start.
        struct State {
            var severity: Severity
            var responseStopped = false
            var running = true
            var paused = false
        }
        var states: [(at: Int64, state: State)] = []
        var state = State(severity: ticket.initialSeverity)
        var responseSeverity: Severity?
        var resolvedSeverity: Severity?
        var lastStop: Int64?
        for event in events.dropFirst() {
            switch event.kind {
            case .severity: state.severity = event.severity!
            case .replied, .awaitingCustomer, .resolved:
                if !state.responseStopped {
                    state.responseStopped = true
                    responseSeverity = state.severity
                }
                if event.kind == .awaitingCustomer { state.paused = true }
                if event.kind == .resolved && state.running {
                    state.running = false
                    resolvedSeverity = state.severity
                    lastStop = event.at
                }
            case .customerReplied: state.paused = false
            case .reopened: state.running = true
            default: break
            }
            states.append((event.at, state))
        }
        func stateAt(_ minute: Int64) -> State {
            var current = State(severity: ticket.initialSeverity)
            for entry in states where entry.at <= minute { current = entry.state }
            return current
        }
        let responseSev = responseSeverity ?? state.severity
        let resolutionSev = state.running ? state.severity : resolvedSeverity!
        let responseCalendar = cache.calendar(tier.terms.responseClock(for: responseSev), in: F.version)!
        let resolutionCalendar = cache.calendar(tier.terms.resolutionClock(for: resolutionSev), in: F.version)!
        let responseTarget = tier.terms.support[responseSev]?.response?.workingSeconds(dayLength: responseCalendar.dayLength)
        let resolutionTarget = tier.terms.support[resolutionSev]?.resolution?.workingSeconds(
            dayLength: resolutionCalendar.dayLength)

        var response = Reference(severity: responseSev, elapsed: 0, paused: 0, deadline: nil, status: .none)
        var resolution = Reference(severity: resolutionSev, elapsed: 0, paused: 0, deadline: nil, status: .none)
        var minute = ticket.opened
        while minute < asOf {
            let now = stateAt(minute)
            if !now.responseStopped && responseCalendar.isOpen(at: minute) { response.elapsed += 60 }
            if now.running && resolutionCalendar.isOpen(at: minute) {
                if now.paused { resolution.paused += 60 } else { resolution.elapsed += 60 }
            }
            minute += 60
        }
        let lastRunEnd = state.running ? asOf : lastStop!
        func deadline(_ calendar: WorkingCalendar, _ target: Int64, runs: (Int64) -> Bool) -> Int64 {
            var worked: Int64 = 0
            var minute = ticket.opened
            while worked < target {
                if runs(minute) && calendar.isOpen(at: minute) { worked += 60 }
                minute += 60
            }
            return minute
        }
        func status(_ elapsed: Int64, _ target: Int64?, running: Bool) -> ClockStatus {
            guard let target else { return .none }
            if elapsed > target { return .missed }
            return running ? .pending : .met
        }
        if let responseTarget {
            response.deadline = deadline(responseCalendar, responseTarget) { _ in true }
        }
        response.status = status(response.elapsed, responseTarget, running: !state.responseStopped)
        if let resolutionTarget {
            resolution.deadline = deadline(resolutionCalendar, resolutionTarget) { minute in
                guard minute < lastRunEnd else { return true }
                let now = stateAt(minute)
                return now.running && !now.paused
            }
        }
        resolution.status = status(resolution.elapsed, resolutionTarget, running: state.running)
        return (response, resolution)
    }

    static func measured(_ clock: ClockMeasure) -> Reference {
        Reference(
            severity: clock.severity, elapsed: clock.elapsedSeconds, paused: clock.pausedSeconds, deadline: clock.deadline,
            status: clock.status)
    }

    @Test("Random tickets on starter and professional terms agree with the reference", arguments: [0x5EED_0001, 0x5EED_0002] as [UInt64])
    func agreesWithReference(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var seen: Set<ClockStatus> = []
        var pausedSome = false
        for index in 0..<60 {
            let tier = index % 2 == 0 ? F.starter : F.professional
            let (ticket, asOf) = Self.randomTicket(&random, index: index)
            var calendars = F.workingCalendars
            let outcome = TicketOutcome.measure(ticket, terms: F.terms(tier), asOf: asOf, calendars: &calendars)
            let expected = Self.reference(ticket, asOf: asOf, tier: tier)
            #expect(Self.measured(outcome.response) == expected.response, "\(ticket.events.map { ($0.kind, $0.at) }) as of \(asOf)")
            #expect(Self.measured(outcome.resolution) == expected.resolution, "\(ticket.events.map { ($0.kind, $0.at) }) as of \(asOf)")
            seen.formUnion([outcome.response.status, outcome.resolution.status])
            pausedSome = pausedSome || outcome.resolution.pausedSeconds > 0
        }
        // The generated tickets cover every status and some pauses.
        #expect(seen == Set(ClockStatus.allCases))
        #expect(pausedSome)
    }
}
