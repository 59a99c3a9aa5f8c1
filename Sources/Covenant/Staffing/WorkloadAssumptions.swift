import CovenantFormat

/// How much human support work customers cause.
public struct WorkloadAssumptions: Sendable, Hashable {
    /// Tickets a customer of each tier opens in a month.
    public var ticketsPerCustomer: [TierName: DecimalNumber]
    /// The share of tickets closed without a person, in percent.
    public var autoResolution: DecimalNumber
    /// Human handling time of one ticket, in minutes.
    public var minutesPerTicket: DecimalNumber
    /// Productive hours of one full-time person in a month (positive).
    public var productiveHours: DecimalNumber

    /// Creates workload assumptions.
    public init(
        ticketsPerCustomer: [TierName: DecimalNumber], autoResolution: DecimalNumber,
        minutesPerTicket: DecimalNumber, productiveHours: DecimalNumber
    ) {
        self.ticketsPerCustomer = ticketsPerCustomer
        self.autoResolution = autoResolution
        self.minutesPerTicket = minutesPerTicket
        self.productiveHours = productiveHours
    }

    /// Tickets a customer of a tier opens in a month (zero when not listed).
    public func tickets(of tier: TierName) -> DecimalNumber { ticketsPerCustomer[tier] ?? .zero }
}
