import CovenantFormat

extension SupportSummary {
    /// The support figures of a contract's month: the tickets opened in the
    /// month (`monthRange`, local) by `asOf`, measured under the month's
    /// terms. Tickets opened in the month while out of `service` are left
    /// out, with a note each.
    public static func month(
        _ tickets: [Ticket], monthRange: Range<Int64>, service: IntervalSet, terms: GoverningTerms, asOf: Int64,
        calendars: inout WorkingCalendars
    ) -> (summary: SupportSummary, notes: [StatementNote]) {
        var outcomes: [TicketOutcome] = []
        var notes: [StatementNote] = []
        var support: SupportTerms?
        for ticket in tickets where monthRange.contains(ticket.opened) && ticket.opened <= asOf {
            guard service.intervals.contains(where: { $0.contains(ticket.opened) }) else {
                notes.append(.ticketOutOfService(ticket.id, opened: ticket.opened))
                continue
            }
            if support == nil { support = SupportTerms(terms, calendars: &calendars) }
            outcomes.append(TicketOutcome.measure(ticket, terms: support!, asOf: asOf))
        }
        return (SupportSummary(outcomes: outcomes, sla: terms.sla, asOf: asOf), notes)
    }
}
