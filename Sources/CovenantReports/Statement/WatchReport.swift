import Covenant
import CovenantFormat

/// `covenant watch` as plain text: one line per running clock of each open
/// ticket, by time left, breached and warning ones flagged.
public enum WatchReport: Report {
    /// The formats a watch list is written in.
    public static let formats: [ReportFormat] = [.text]

    /// The watch list as text; instants are shown in UTC and in the list's zone.
    public static func render(_ list: WatchList, format: ReportFormat = .text) -> String {
        precondition(format == .text, "a watch list is only text")
        var out = TextBlock()
        let zone = list.zone
        out.line("OPEN TICKETS at \(Formatting.utc(list.at)) (\(Formatting.local(list.at, zone)) \(zone))")
        out.line("")
        if list.items.isEmpty {
            out.line("  no open ticket has a deadline")
        } else {
            let header = [
                "", "ticket", "contract", "severity", "clock", "deadline", "time left", "working left", "state",
            ]
            out.table([header] + list.items.map(row), rightAligned: [6, 7])
        }
        if !list.untimed.isEmpty {
            out.line("")
            out.line("  open with no deadline (no target): " + list.untimed.map(\.rawValue).joined(separator: ", "))
        }
        if !list.unreachable.isEmpty {
            out.line("")
            let tickets = list.unreachable.map(\.rawValue).joined(separator: ", ")
            out.line("  open with a deadline never reached: " + tickets)
        }
        for note in list.notes { out.line("  note: \(note.words)") }
        out.line("")
        out.line(
            "\(list.openTickets) open ticket\(list.openTickets == 1 ? "" : "s"): \(list.breachedCount) breached, "
                + "\(list.warningCount) within warn_before")
        return out.text
    }

    /// One running clock: its flag, ticket, contract, severity, clock, deadline, time left and state.
    static func row(_ item: WatchItem) -> [String] {
        let marker: String
        switch item.state {
        case .breached: marker = "!!"
        case .warning: marker = "!"
        default: marker = ""
        }
        var state = item.state.description
        if item.state == .warning {
            state +=
                item.timeLeft < 0
                ? " (deadline passed while closed; breaches when the calendar opens)"
                : " (within \(Formatting.duration(item.warnBefore)))"
        }
        return [
            marker, item.ticket.rawValue, item.contract.rawValue, item.measure.severity.rawValue,
            "\(item.clock) (\(item.measure.clock))", Formatting.utc(item.deadline), Formatting.duration(item.timeLeft),
            Formatting.hours(item.workingLeft), state,
        ]
    }
}
