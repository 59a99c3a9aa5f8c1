import CovenantFormat

extension CalendarDefinition {
    /// The working time one business day stands for on this calendar, in
    /// seconds: `day_length` when given, else the working time of the first
    /// open day counting from Monday (overlapping intervals counted once;
    /// 86,400 for `24x7`; 0 when no day is open). Calendars, checks and the
    /// appendix all use this one rule.
    public var businessDayLength: Int64 {
        if let dayLength { return dayLength }
        switch hours {
        case .always:
            return 86_400
        case .weekly(let days):
            let firstOpen = (1...7).lazy.compactMap { days[$0] }.first { !$0.isEmpty } ?? []
            return firstOpen.map { $0.localRange(from: 0) }.mergedRanges().reduce(0) {
                $0 + $1.upperBound - $1.lowerBound
            }
        }
    }
}
