import CovenantFormat

extension LocalInterval {
    /// The interval in local seconds when its day starts at `dayStart`
    /// (overnight intervals end on the next day).
    func localRange(from dayStart: Int64) -> Range<Int64> {
        let start = dayStart + Int64(start.seconds)
        let end = dayStart + Int64(end.seconds) + (isOvernight ? 86_400 : 0)
        return start..<end
    }
}
