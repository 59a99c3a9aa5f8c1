import CovenantFormat

extension SupportSummary {
    /// The support figures of a contract's month: the tickets opened in the
    /// month (`monthRange`, local) by `asOf`, measured under the month's
    /// terms. Tickets opened in the month while out of `service` are left
    /// out, with a warning each.
    public static func month(
        _ tickets: [Ticket], monthRange: Range<Int64>, service: IntervalSet, terms: GoverningTerms, asOf: Int64,
        calendars: inout WorkingCalendars
    ) -> (summary: SupportSummary, warnings: [String]) {
        var outcomes: [TicketOutcome] = []
        var warnings: [String] = []
        var support: SupportTerms?
        for ticket in tickets where monthRange.contains(ticket.opened) && ticket.opened <= asOf {
            guard service.intervals.contains(where: { $0.contains(ticket.opened) }) else {
                warnings.append(
                    "ticket \(ticket.id) was opened \(RFC3339Instant.utc(ticket.opened)), when the contract was not in service; not reported")
                continue
            }
            if support == nil { support = SupportTerms(terms, calendars: &calendars) }
            outcomes.append(TicketOutcome.measure(ticket, terms: support!, asOf: asOf))
        }
        return (SupportSummary(outcomes: outcomes, sla: terms.sla, asOf: asOf), warnings)
    }
}
