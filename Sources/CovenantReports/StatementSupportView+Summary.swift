import Covenant
import CovenantFormat

extension StatementSupportView {
    /// The view of a statement's support figures: a row per severity that had
    /// tickets, most severe first, then all tickets; each ticket's clocks in words.
    public init(_ support: SupportSummary) {
        func figures(_ attainment: Attainment) -> Figures {
            Figures(
                met: attainment.met, missed: attainment.missed, pending: attainment.pending, attainment: attainment.percent,
                target: attainment.target, achieved: attainment.achieved)
        }
        var rows: [Row] = []
        for severity in Severity.allCases {
            let response = support.responseBySeverity[severity]
            let resolution = support.resolutionBySeverity[severity]
            guard response != nil || resolution != nil else { continue }
            rows.append(Row(
                label: severity.title, response: figures(response ?? Attainment(target: support.response.target)),
                resolution: figures(resolution ?? Attainment(target: support.resolution.target))))
        }
        rows.append(Row(label: "All tickets", response: figures(support.response), resolution: figures(support.resolution)))
        self.init(
            rows: rows,
            tickets: support.tickets.map { ticket in
                Ticket(
                    id: ticket.id.rawValue, severity: ticket.severity, opened: ticket.opened,
                    response: Self.words(ticket.response), resolution: Self.words(ticket.resolution),
                    excluded: ticket.exclusion?.rawValue)
            })
    }

    /// A clock in words: `met in 2 hours 15 minutes of 4 hours`, `pending: 1 hour so far of 24 hours`.
    static func words(_ measure: ClockMeasure) -> String {
        let elapsed = Wording.hoursAndMinutes(measure.elapsedSeconds)
        let target = measure.targetSeconds.map { " of \(Wording.hoursAndMinutes($0))" } ?? ""
        let paused = measure.pausedSeconds > 0 ? " (\(Wording.hoursAndMinutes(measure.pausedSeconds)) paused)" : ""
        switch measure.status {
        case .met: return "met in \(elapsed)\(target)\(paused)"
        case .missed: return (measure.isRunning ? "missed: \(elapsed) so far" : "missed: \(elapsed)") + target + paused
        case .pending: return "pending: \(elapsed) so far\(target)\(paused)"
        case .none: return "no target: \(elapsed)\(paused)"
        }
    }
}
