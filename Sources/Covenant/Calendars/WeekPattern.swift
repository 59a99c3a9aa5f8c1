import CovenantFormat

/// A calendar's weekly hours as one repeating pattern of local time, with no
/// holidays and no DST: the working time before any local time, found from an
/// hour-of-week table.
///
/// Local time is counted in seconds since 1970-01-01 00:00 local; weeks start
/// on Monday 00:00, and the Monday before 1970-01-01 (a Thursday) is day -3.
struct WeekPattern: Sendable {
    static let week: Int64 = 604_800
    /// Local seconds from a week start to 1970-01-01 00:00.
    static let epochInWeek: Int64 = 3 * 86_400

    /// Merged open intervals within one week, `[starts[i], ends[i])`, ascending.
    let starts: [Int64]
    let ends: [Int64]
    /// Working time in the week before `starts[i]`.
    let before: [Int64]
    /// Working time in one week.
    let total: Int64
    /// For each hour of the week, how many intervals start at or before it.
    let startedByHour: [Int]

    /// The pattern of weekly hours (`intervals[w]` for ISO weekday `w`); an
    /// overnight interval on Sunday runs into the next week's Monday.
    init(_ intervals: [Int: [LocalInterval]]) {
        var pieces: [Range<Int64>] = []
        for (weekday, list) in intervals {
            let dayStart = Int64(weekday - 1) * 86_400
            for interval in list {
                let local = interval.localRange(from: dayStart)
                if local.upperBound <= WeekPattern.week {
                    pieces.append(local)
                } else {
                    pieces.append(local.lowerBound..<WeekPattern.week)
                    pieces.append(0..<local.upperBound - WeekPattern.week)
                }
            }
        }
        let merged = pieces.mergedRanges()
        var before: [Int64] = []
        var sum: Int64 = 0
        for range in merged {
            before.append(sum)
            sum += range.upperBound - range.lowerBound
        }
        self.starts = merged.map(\.lowerBound)
        self.ends = merged.map(\.upperBound)
        self.before = before
        self.total = sum
        self.startedByHour = (0..<168).map { hour in merged.count { $0.lowerBound <= Int64(hour) * 3600 } }
    }

    /// Working time of the pattern before a local time, counted from the week
    /// containing 1970-01-01.
    func working(before local: Int64) -> Int64 {
        let shifted = local + WeekPattern.epochInWeek
        let weeks = shifted.floorDivided(by: WeekPattern.week)
        let inWeek = shifted - weeks * WeekPattern.week
        // The number of intervals starting at or before `inWeek`.
        var lo = startedByHour[Int(inWeek / 3600)]
        while lo < starts.count && starts[lo] <= inWeek { lo += 1 }
        let partial = lo == 0 ? 0 : before[lo - 1] + min(inWeek, ends[lo - 1]) - starts[lo - 1]
        return weeks * total + partial
    }

    /// The first local time at which `working(before:)` reaches `value`;
    /// requires `total > 0`.
    func firstLocal(reaching value: Int64) -> Int64 {
        let weeks = (value - 1).floorDivided(by: total)
        let remaining = value - weeks * total  // 1...total
        // The first interval that ends at or after the remaining working time.
        let lo = starts.indices.partitionPoint { before[$0] + ends[$0] - starts[$0] < remaining }
        return weeks * WeekPattern.week + starts[lo] + (remaining - before[lo]) - WeekPattern.epochInWeek
    }
}
