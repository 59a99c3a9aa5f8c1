import CovenantFormat

/// A period of the year (`Year-end`, Dec 24 – Jan 2) during which tickets
/// opened on listed tiers have their response deadline moved later.
public struct HolidayPeriod: Sendable, Hashable {
    /// The period's name.
    public var name: String
    /// First month and day, inclusive.
    public var from: (month: Int, day: Int)
    /// Last month and day, inclusive; may be earlier in the year than `from` (wraps).
    public var to: (month: Int, day: Int)
    /// Wall-clock seconds added to the response deadline.
    public var extendResponse: Int64
    /// The tiers it applies to.
    public var tiers: [TierName]

    /// Creates a holiday period.
    public init(
        name: String, from: (month: Int, day: Int), to: (month: Int, day: Int), extendResponse: Int64, tiers: [TierName]
    ) {
        self.name = name
        self.from = from
        self.to = to
        self.extendResponse = extendResponse
        self.tiers = tiers
    }

    /// Whether a local date falls in the period.
    public func contains(_ date: LocalDate) -> Bool {
        let day = date.month * 100 + date.day
        let start = from.month * 100 + from.day
        let end = to.month * 100 + to.day
        return start <= end ? (day >= start && day <= end) : (day >= start || day <= end)
    }

    public static func == (a: HolidayPeriod, b: HolidayPeriod) -> Bool {
        a.name == b.name && a.from == b.from && a.to == b.to && a.extendResponse == b.extendResponse
            && a.tiers == b.tiers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(extendResponse)
    }
}
