import CovenantFormat

/// A contract's time in service during one local month (RULES.md §1):
/// the month's instants in the contract's zone, intersected with service.
public struct ServicePeriod: Sendable, Hashable {
    /// The month.
    public var month: LocalMonth
    /// The whole month: first day 00:00 to next month's first day 00:00, local.
    public var monthRange: Range<Int64>
    /// The instants in service within the month.
    public var service: IntervalSet
    /// Whole local days in service.
    public var daysInService: Int
    /// The first day of service in the month.
    public var firstDay: LocalDate?

    /// The seconds in service (the availability `period`).
    public var seconds: Int64 { service.measure }

    /// Builds the period of a contract in a month.
    public init(contract: Contract, month: LocalMonth) {
        let zone = contract.zone
        self.month = month
        let start = zone.startOfDay(month.firstDay)
        let end = zone.startOfDay(month.adding(months: 1).firstDay)
        monthRange = start..<end
        var ranges: [Range<Int64>] = []
        var days = 0
        var first: LocalDate?
        var day = month.firstDay
        while day <= month.lastDay {
            if contract.inService(on: day) {
                days += 1
                if first == nil { first = day }
                ranges.append(zone.startOfDay(day)..<zone.startOfDay(day.adding(days: 1)))
            }
            day = day.adding(days: 1)
        }
        service = IntervalSet(ranges)
        daysInService = days
        firstDay = first
    }
}
