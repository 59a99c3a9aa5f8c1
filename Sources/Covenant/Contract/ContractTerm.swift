import CovenantFormat

/// A term of service: from `start` to `end`, both whole local days, inclusive.
public struct ContractTerm: Sendable, Hashable {
    /// The first day of service.
    public var start: LocalDate
    /// The last day of service (inclusive).
    public var end: LocalDate

    /// Creates a term.
    public init(start: LocalDate, end: LocalDate) {
        self.start = start
        self.end = end
    }

    /// The last day of a term of `months` months from `start`.
    public static func end(start: LocalDate, months: Int) -> LocalDate {
        Self.adding(months: months, to: start).adding(days: -1)
    }

    /// `date` moved by whole months, the day clamped to the month's length.
    public static func adding(months: Int, to date: LocalDate) -> LocalDate {
        let month = LocalMonth(date).adding(months: months)
        return LocalDate(year: month.year, month: month.month, day: min(date.day, month.numberOfDays))!
    }

    /// Whether the term lasts at least `months` months.
    public func lasts(atLeast months: Int) -> Bool {
        end.adding(days: 1) >= Self.adding(months: months, to: start)
    }

    /// Whether a date is in the term.
    public func contains(_ date: LocalDate) -> Bool { date >= start && date <= end }
}
