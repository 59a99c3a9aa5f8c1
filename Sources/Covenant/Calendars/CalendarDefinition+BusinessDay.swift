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

    /// Whether the calendar is never open: no hours on any weekday and no
    /// special hours that open a day. A clock on it never runs, so no
    /// deadline on it is reached.
    public var isNeverOpen: Bool {
        guard case .weekly(let days) = hours, days.values.allSatisfy(\.isEmpty) else { return false }
        return !specialHours.values.contains { hours in
            if case .open(let intervals) = hours { return !intervals.isEmpty }
            return false
        }
    }

    /// Why a target in business units cannot be measured on this calendar,
    /// or `nil`: it is `24x7`, never open, or has no business day to count.
    public var businessTargetProblem: String? {
        if hours == .always { return "'\(name)' is 24x7" }
        if isNeverOpen { return "'\(name)' is never open" }
        if businessDayLength == 0 { return "'\(name)' opens on no weekday and gives no day_length" }
        return nil
    }
}
