import CovenantFormat
import Synchronization

/// Classifies a contract's maintenance events whole, in the order they
/// start (RULES.md §3): standing parts excluded, the rest an extra window
/// when announced in time, short enough and within the monthly allowance,
/// downtime otherwise. The policy is that of the terms governing the month
/// the event starts in: those in force on that month's first day of service.
public enum MaintenanceClassifier {
    /// Classifies `events` (those that apply to the contract, in the order read).
    public static func classify(
        _ events: [MaintenanceEvent], contract: Contract, catalog: Catalog
    ) -> [MaintenanceClassification] {
        let contractZone = contract.zone
        let ordered = events.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
        var granted: [LocalMonth: Int] = [:]
        var result: [MaintenanceClassification] = []
        var monthTerms: [LocalMonth: GoverningTerms?] = [:]
        for (_, event) in ordered {
            let startDate = contractZone.local(event.start).date
            let endDate = contractZone.local(event.end - 1).date
            var firstServiceDay: LocalDate?
            var day = startDate
            while day <= endDate {
                if contract.inService(on: day) {
                    firstServiceDay = day
                    break
                }
                day = day.adding(days: 1)
            }
            let inService = firstServiceDay != nil
            let governingMonth = governingMonth(
                of: LocalMonth(startDate), firstServiceDay: firstServiceDay, contract: contract)
            if monthTerms[governingMonth] == nil {
                let first = contract.serviceDays(in: governingMonth)?.first ?? contract.term.start
                monthTerms[governingMonth] = try? contract.terms(on: first, catalog: catalog)
            }
            guard let terms = monthTerms[governingMonth] ?? nil else { continue }
            let policy = terms.catalogVersion.maintenance
            let windowZone = terms.maintenanceZone
            let whole = IntervalSet([event.start..<event.end])
            let occurrences = StandingOccurrences.shared.occurrences(
                policy.standing, zone: windowZone, covering: event.start..<event.end)
            let standing = whole.intersection(occurrences)
            let rest = whole.subtracting(standing)
            let notice = event.start - event.announced
            let outcome: MaintenanceClassification.Outcome
            if rest.isEmpty {
                outcome = .standing
            } else {
                let month = LocalMonth(startDate)
                var reasons: [MaintenanceClassification.DowntimeReason] = []
                if notice < policy.extraNotice { reasons.append(.lateNotice) }
                if rest.measure > policy.extraMaxDuration { reasons.append(.tooLong) }
                if granted[month, default: 0] >= policy.extraPerMonth { reasons.append(.overAllowance) }
                if reasons.isEmpty {
                    outcome = .extraGranted
                    if inService { granted[month, default: 0] += 1 }
                } else {
                    outcome = .downtime(reasons)
                }
            }
            result.append(
                MaintenanceClassification(
                    event: event, standing: standing, rest: rest, outcome: outcome, noticeSeconds: notice))
        }
        return result
    }

    /// The month whose terms govern an event (RULES.md §2, §3): the month it
    /// starts in, whose terms are those of its first day of service; when the
    /// contract is not in service that month, the month of the event's first
    /// day of service.
    static func governingMonth(
        of startMonth: LocalMonth, firstServiceDay: LocalDate?, contract: Contract
    ) -> LocalMonth {
        guard contract.serviceDays(in: startMonth) == nil, let firstServiceDay else { return startMonth }
        return LocalMonth(firstServiceDay)
    }

    /// The occurrences of standing windows (local times in `zone`) that touch `range`.
    public static func standingOccurrences(
        _ windows: [StandingWindow], zone: ZoneRules, covering range: Range<Int64>
    )
        -> IntervalSet
    {
        guard !windows.isEmpty, !range.isEmpty else { return IntervalSet() }
        var occurrences: [Range<Int64>] = []
        var day = zone.local(range.lowerBound).date.adding(days: -1)
        let last = zone.local(range.upperBound - 1).date
        while day <= last {
            for window in windows where window.days.weekdays.contains(day.isoWeekday) {
                let start = zone.instant(day, window.interval.start)
                let end =
                    window.interval.isOvernight
                    ? zone.instant(day.adding(days: 1), window.interval.end) : zone.instant(day, window.interval.end)
                if start < end { occurrences.append(start..<end) }
            }
            day = day.adding(days: 1)
        }
        return IntervalSet(occurrences)
    }
}

/// The standing occurrences of long events, kept once computed: an event of
/// months or years, scoped to many contracts, is classified for each of their
/// statements with the same windows. At most 64 are kept; the 65th empties
/// the cache. Events shorter than about two months are computed each time.
final class StandingOccurrences: Sendable {
    private struct Key: Hashable {
        var windows: [StandingWindow]
        var zone: ZoneRules
        var range: Range<Int64>
    }

    static let shared = StandingOccurrences()
    private let kept = Mutex<[Key: IntervalSet]>([:])

    func occurrences(_ windows: [StandingWindow], zone: ZoneRules, covering range: Range<Int64>) -> IntervalSet {
        guard range.upperBound - range.lowerBound > 60 * 86_400 else {
            return MaintenanceClassifier.standingOccurrences(windows, zone: zone, covering: range)
        }
        let key = Key(windows: windows, zone: zone, range: range)
        if let found = kept.withLock({ $0[key] }) { return found }
        let computed = MaintenanceClassifier.standingOccurrences(windows, zone: zone, covering: range)
        kept.withLock { kept in
            if kept.count >= 64 { kept.removeAll() }
            kept[key] = computed
        }
        return computed
    }
}
