extension WorkingCalendar {
    /// The working time in `[start, end)` with `pauses` removed; pauses are
    /// wall-clock intervals in any order and may overlap.
    public func workingSeconds(from start: Int64, to end: Int64, pauses: [Range<Int64>]) -> Int64 {
        guard end > start else { return 0 }
        var working = workingSeconds(from: start, to: end)
        for pause in pauses.map({ $0.clamped(to: start..<end) }).mergedRanges() {
            working -= workingSeconds(from: pause.lowerBound, to: pause.upperBound)
        }
        return working
    }

    /// The earliest instant `t >= start` with
    /// `workingSeconds(from: start, to: t, pauses: pauses) == working`; `start`
    /// for 0, `nil` when never reached before the ``horizon``.
    public func deadline(from start: Int64, adding working: Int64, pauses: [Range<Int64>]) -> Int64? {
        guard working > 0 else { return start }
        var cursor = start
        var remaining = working
        for pause in pauses.map({ $0.clamped(to: start..<Int64.max) }).mergedRanges() {
            let available = workingSeconds(from: cursor, to: pause.lowerBound)
            if available >= remaining { return deadline(from: cursor, adding: remaining) }
            remaining -= available
            cursor = pause.upperBound
        }
        return deadline(from: cursor, adding: remaining)
    }
}
