/// The cumulative working time of a calendar as a function of the instant,
/// built once so that a query is a table lookup and a short scan, whatever
/// the span.
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
    /// For each bucket of `2^bucketShift` seconds from `ZoneRules.tableStart`
    /// to `bucketEnd`, how many segments start at or before the bucket's
    /// start: finding the segment of an instant is then a scan over the few
    /// bounds in its bucket (a binary search outside them).
    let buckets: [Int32]
    static let bucketShift: Int64 = 19
    /// Where the buckets end, 2200-01-01T00:00:00Z.
    static let bucketEnd: Int64 = 7_258_118_400

    /// Builds the timeline of `schedule` (its holidays and special hours)
    /// with the zone's transitions before `extent`; after them the offset
    /// at `extent` applies.
    init(schedule: DaySchedule, zone: ZoneRules, through extent: Int64) {
        let week = WeekPattern(schedule.weekly)
        var bounds: [Int64] = []
        var bases: [Int64] = []
        var segments: [Segment] = []
        var pieces: [Piece] = []

        var regularStart = WorkingTimeline.earliest
        var offset = Int64(zone.offset(at: regularStart))
        var base = week.working(before: regularStart + offset)
        for days in WorkingTimeline.explicitDays(schedule: schedule, zone: zone, through: extent) {
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

        var buckets: [Int32] = []
        var counted = 0
        var bucketStart = ZoneRules.tableStart
        while bucketStart < WorkingTimeline.bucketEnd {
            while counted < bounds.count && bounds[counted] <= bucketStart { counted += 1 }
            buckets.append(Int32(counted))
            bucketStart += 1 << WorkingTimeline.bucketShift
        }
        self.buckets = buckets
    }

    /// The local days (half-open ranges of days since 1970-01-01) that need
    /// explicit intervals, merged and in order.
    private static func explicitDays(schedule: DaySchedule, zone: ZoneRules, through end: Int64) -> [Range<Int>] {
        let limit = Int(latest / 86_400) - 8
        var ranges: [Range<Int>] = []
        for day in schedule.exceptionDays where abs(day) < limit {
            ranges.append(day..<day + 2)
        }
        for instant in zone.transitions where instant < end {
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
        let k = segment(containing: t)
        switch segments[k] {
        case .regular(let offset, let delta):
            return delta + week.working(before: t + offset)
        case .explicit(let range):
            let lo = range.partitionPoint { pieces[$0].start <= t }
            guard lo > range.lowerBound else { return bases[k] }
            let piece = pieces[lo - 1]
            return piece.before + min(t, piece.end) - piece.start
        }
    }

    /// The index of the segment containing `t`.
    private func segment(containing t: Int64) -> Int {
        let sinceTableStart = t - ZoneRules.tableStart
        let bucket = sinceTableStart >> WorkingTimeline.bucketShift
        var lo: Int
        if sinceTableStart >= 0 && bucket < buckets.count {
            lo = Int(buckets[Int(bucket)])
            while lo < bounds.count && bounds[lo] <= t { lo += 1 }
        } else {
            lo = (1..<bounds.count).partitionPoint { bounds[$0] <= t }
        }
        return lo - 1
    }

    /// The first instant at which `working(before:)` reaches `target`; `nil`
    /// when it never does.
    func firstInstant(reaching target: Int64) -> Int64? {
        guard target <= total else { return nil }
        // The last segment that starts with less working time than the target.
        let k = (1..<bases.count).partitionPoint { bases[$0] < target } - 1
        switch segments[k] {
        case .regular(let offset, let delta):
            return week.firstLocal(reaching: target - delta) - offset
        case .explicit(let range):
            let piece = pieces[range.partitionPoint { pieces[$0].before + pieces[$0].end - pieces[$0].start < target }]
            return piece.start + target - piece.before
        }
    }
}
