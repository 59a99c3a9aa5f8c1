import Covenant
import CovenantFormat

extension StatementDocument {
    /// Support figures of the month: attainment per metric and severity, and
    /// every ticket opened in the month with its clocks.
    public struct Support: Sendable, Hashable {
        /// The instant the clocks are taken at.
        public var asOf: Int64
        /// The metrics, in order (response, resolution).
        public var metrics: [Metric]
        /// The severities that had tickets, most severe first.
        public var severities: [SeverityRow]
        /// The month's tickets, excluded ones too, by opening instant.
        public var tickets: [Ticket]

        /// The counted tickets with a missed clock.
        public var missedTickets: [Ticket] {
            tickets.filter { $0.exclusion == nil && $0.clocks.contains { $0.status == .missed } }
        }

        /// The excluded tickets.
        public var excludedTickets: [Ticket] { tickets.filter { $0.exclusion != nil } }
    }

    /// One support metric: its clocks over all counted tickets against its target.
    public struct Metric: Sendable, Hashable {
        /// The metric's name (`response`).
        public var name: String
        /// What a missing average means (`none answered`).
        public var noAverage: String
        /// Met, missed and pending clocks against the achievement target.
        public var attainment: Attainment
        /// The mean working time of stopped clocks; `nil` when none stopped.
        public var averageSeconds: Int64?

        /// The name with a capital: `Response`.
        public var title: String { name.prefix(1).uppercased() + name.dropFirst() }

        /// The title of the metric's section: `Response time performance`.
        public var sectionTitle: String { "\(title) time performance" }

        /// Each severity's attainment of this metric, most severe first; only those that had tickets.
        public func severities(in support: Support) -> [(severity: Severity, attainment: Attainment)] {
            guard let position = support.metrics.firstIndex(of: self) else { return [] }
            return support.severities.compactMap { row in
                row.attainments[position].map { (row.severity, $0) }
            }
        }

        /// The counted tickets whose clock of this metric was missed, with that clock.
        public func missed(in support: Support) -> [(ticket: Ticket, measure: ClockMeasure)] {
            guard let position = support.metrics.firstIndex(of: self) else { return [] }
            return support.tickets.compactMap { ticket in
                ticket.exclusion == nil && ticket.clocks[position].status == .missed
                    ? (ticket, ticket.clocks[position]) : nil
            }
        }
    }

    /// One severity's attainment, a value per metric (`nil` when it had none).
    public struct SeverityRow: Sendable, Hashable {
        /// The severity.
        public var severity: Severity
        /// Its attainment per metric, in the order of ``Support/metrics``.
        public var attainments: [Attainment?]
    }

    /// One ticket of the month.
    public struct Ticket: Sendable, Hashable {
        /// Its id.
        public var id: String
        /// Its severity at `as_of`, or when it was last resolved.
        public var severity: Severity
        /// When it was opened (epoch seconds).
        public var opened: Int64
        /// Why it is not counted, if it is excluded.
        public var exclusion: ExclusionReason?
        /// Its clock per metric, in the order of ``Support/metrics``.
        public var clocks: [ClockMeasure]
    }
}
