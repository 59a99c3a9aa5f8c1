/// A set of instants as sorted, disjoint, non-empty half-open intervals.
public struct IntervalSet: Sendable, Hashable {
    /// The intervals, ascending and disjoint (touching ones merged).
    public private(set) var intervals: [Range<Int64>]

    /// The empty set.
    public init() { intervals = [] }

    /// The union of any intervals.
    public init(_ ranges: [Range<Int64>]) {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int64>] = []
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        intervals = merged
    }

    /// Total seconds covered.
    public var measure: Int64 { intervals.reduce(0) { $0 + ($1.upperBound - $1.lowerBound) } }

    /// Whether nothing is covered.
    public var isEmpty: Bool { intervals.isEmpty }

    /// The union with another set.
    public func union(_ other: IntervalSet) -> IntervalSet { IntervalSet(intervals + other.intervals) }

    /// The part inside another set.
    public func intersection(_ other: IntervalSet) -> IntervalSet {
        var result: [Range<Int64>] = []
        var i = 0, j = 0
        while i < intervals.count && j < other.intervals.count {
            let a = intervals[i], b = other.intervals[j]
            let low = max(a.lowerBound, b.lowerBound), high = min(a.upperBound, b.upperBound)
            if low < high { result.append(low..<high) }
            if a.upperBound < b.upperBound { i += 1 } else { j += 1 }
        }
        return IntervalSet(result)
    }

    /// The seconds of `range` not covered by this set, without building a set.
    public func measure(outside range: Range<Int64>) -> Int64 {
        var covered: Int64 = 0
        for interval in intervals {
            if interval.lowerBound >= range.upperBound { break }
            let low = max(interval.lowerBound, range.lowerBound), high = min(interval.upperBound, range.upperBound)
            if low < high { covered += high - low }
        }
        return (range.upperBound - range.lowerBound) - covered
    }

    /// The part inside one interval.
    public func clipped(to range: Range<Int64>) -> IntervalSet { intersection(IntervalSet([range])) }

    /// The part outside another set.
    public func subtracting(_ other: IntervalSet) -> IntervalSet {
        var result: [Range<Int64>] = []
        var j = 0
        for interval in intervals {
            var low = interval.lowerBound
            while j < other.intervals.count && other.intervals[j].upperBound <= low { j += 1 }
            var k = j
            while k < other.intervals.count && other.intervals[k].lowerBound < interval.upperBound {
                let cut = other.intervals[k]
                if cut.lowerBound > low { result.append(low..<cut.lowerBound) }
                low = max(low, cut.upperBound)
                k += 1
            }
            if low < interval.upperBound { result.append(low..<interval.upperBound) }
        }
        return IntervalSet(result)
    }
}
