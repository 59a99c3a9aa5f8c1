/// The cumulative working time of a calendar as a function of the instant,
/// built once so that every query is a couple of binary searches.
///
/// Time is cut into segments. In a *regular* segment the UTC offset is
/// constant and every day follows the weekly hours, so the working time is the
/// weekly pattern read at local time. Around each exception (a holiday, special
/// hours, a DST transition) an *explicit* segment lists the exact open
/// intervals. Days and the day after an exception, and the days a transition
/// touches, are explicit, so a regular segment never sees an overnight
/// interval from an exception day or a local time near a transition.
final class WorkingTimeline: Sendable {
    /// Instants are clamped to about ±2.2 million years so that sums cannot overflow.
    static let earliest: Int64 = -(1 << 46)
    static let latest: Int64 = 1 << 46

    enum Segment {
        /// Working time is `delta + week.working(before: t + offset)`.
        case regular(offset: Int64, delta: Int64)
        /// Working time comes from `pieces[range]`.
        case explicit(Range<Int>)
    }

    /// One open interval of an explicit segment; `before` is the cumulative
    /// working time at `start`.
    struct Piece {
        let start: Int64
        let end: Int64
        let before: Int64
    }

    let week: WeekPattern
    /// Where each segment starts, ascending; `bounds[0]` is `earliest`.
    let bounds: [Int64]
    /// The cumulative working time at each segment's start.
    let bases: [Int64]
    let segments: [Segment]
    let pieces: [Piece]
    /// The cumulative working time at `latest`.
    let total: Int64

    init(schedule: DaySchedule, zone: ZoneRules) {
        let week = WeekPattern(schedule.weekly)
        var bounds: [Int64] = []
        var bases: [Int64] = []
        var segments: [Segment] = []
        var pieces: [Piece] = []

        var regularStart = WorkingTimeline.earliest
        var offset = Int64(zone.offset(at: regularStart))
        var base = week.working(before: regularStart + offset)
        for days in WorkingTimeline.explicitDays(schedule: schedule, zone: zone) {
            let start = zone.instant(localSeconds: Int64(days.lowerBound) * 86_400)
            let end = zone.instant(localSeconds: Int64(days.upperBound) * 86_400)
            let delta = base - week.working(before: regularStart + offset)
            bounds.append(regularStart)
            bases.append(base)
            segments.append(.regular(offset: offset, delta: delta))
            base = delta + week.working(before: start + offset)

            var open: [Range<Int64>] = []
            for day in days.lowerBound - 1..<days.upperBound {
                for range in schedule.ranges(onDay: day, in: zone) {
                    let clipped = range.clamped(to: start..<end)
                    if !clipped.isEmpty { open.append(clipped) }
                }
            }
            bounds.append(start)
            bases.append(base)
            let first = pieces.count
            for range in open.mergedRanges() {
                pieces.append(Piece(start: range.lowerBound, end: range.upperBound, before: base))
                base += range.upperBound - range.lowerBound
            }
            segments.append(.explicit(first..<pieces.count))

            regularStart = end
            offset = Int64(zone.offset(at: end))
        }
        let delta = base - week.working(before: regularStart + offset)
        bounds.append(regularStart)
        bases.append(base)
        segments.append(.regular(offset: offset, delta: delta))

        self.week = week
        self.bounds = bounds
        self.bases = bases
        self.segments = segments
        self.pieces = pieces
        self.total = delta + week.working(before: WorkingTimeline.latest + offset)
    }

    /// The local days (half-open ranges of days since 1970-01-01) that need
    /// explicit intervals, merged and in order.
    private static func explicitDays(schedule: DaySchedule, zone: ZoneRules) -> [Range<Int>] {
        let limit = Int(latest / 86_400) - 8
        var ranges: [Range<Int>] = []
        for day in schedule.exceptionDays where abs(day) < limit {
            ranges.append(day..<day + 2)
        }
        for instant in zone.transitions {
            let before = instant + Int64(zone.offset(at: instant - 1))
            let after = instant + Int64(zone.offset(at: instant))
            let first = min(before, after).floorDivided(by: 86_400)
            let last = max(before, after).floorDivided(by: 86_400)
            ranges.append(Int(first)..<Int(last) + 1)
        }
        return ranges.mergedRanges()
    }

    /// The working time from the start of time up to `instant` (exclusive).
    func working(before instant: Int64) -> Int64 {
        let t = min(max(instant, WorkingTimeline.earliest), WorkingTimeline.latest)
        var lo = 1, hi = bounds.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if bounds[mid] <= t { lo = mid + 1 } else { hi = mid }
        }
        let k = lo - 1
        switch segments[k] {
        case .regular(let offset, let delta):
            return delta + week.working(before: t + offset)
        case .explicit(let range):
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi {
                let mid = (lo + hi) >> 1
                if pieces[mid].start <= t { lo = mid + 1 } else { hi = mid }
            }
            guard lo > range.lowerBound else { return bases[k] }
            let piece = pieces[lo - 1]
            return piece.before + min(t, piece.end) - piece.start
        }
    }

    /// The first instant at which `working(before:)` reaches `target`; `nil`
    /// when it never does.
    func firstInstant(reaching target: Int64) -> Int64? {
        guard target <= total else { return nil }
        // The last segment that starts with less working time than the target.
        var lo = 1, hi = bases.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if bases[mid] < target { lo = mid + 1 } else { hi = mid }
        }
        switch segments[lo - 1] {
        case .regular(let offset, let delta):
            return week.firstLocal(reaching: target - delta) - offset
        case .explicit(let range):
            var lo = range.lowerBound, hi = range.upperBound
            while lo < hi {
                let mid = (lo + hi) >> 1
                if pieces[mid].before + pieces[mid].end - pieces[mid].start < target { lo = mid + 1 } else { hi = mid }
            }
            return pieces[lo].start + target - pieces[lo].before
        }
    }
}
