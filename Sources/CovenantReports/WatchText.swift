import Covenant
import CovenantFormat

/// `covenant watch` as plain text: one line per running clock of each open
/// ticket, by time left, breached and warning ones flagged.
public enum WatchText {
    /// Renders a watch list; `zone` is the zone the instant is also shown in.
    public static func render(_ list: WatchList, zone: ZoneRules) -> String {
        var out = TextBlock()
        out.line("OPEN TICKETS at \(Formatting.utc(list.at)) (\(Formatting.local(list.at, zone)) \(zone.identifier))")
        out.line("")
        if list.items.isEmpty {
            out.line("  no open ticket has a deadline")
        } else {
            var rows = [["", "ticket", "contract", "severity", "clock", "deadline", "time left", "working left", "state"]]
            for item in list.items {
                let marker: String
                switch item.state {
                case .breached: marker = "!!"
                case .warning: marker = "!"
                default: marker = ""
                }
                var state = item.state.description
                if item.state == .warning {
                    state += item.timeLeft < 0
                        ? " (deadline passed while closed; breaches when the calendar opens)"
                        : " (within \(Formatting.duration(item.warnBefore)))"
                }
                rows.append([
                    marker, item.ticket.rawValue, item.contract.rawValue, item.measure.severity.rawValue,
                    "\(item.clock) (\(item.measure.clock))", Formatting.utc(item.deadline), Formatting.duration(item.timeLeft),
                    Formatting.hours(item.workingLeft), state,
                ])
            }
            out.table(rows, rightAligned: [6, 7])
        }
        if !list.untimed.isEmpty {
            out.line("")
            out.line("  open with no deadline (no target): " + list.untimed.map(\.rawValue).joined(separator: ", "))
        }
        for note in list.notes { out.line("  note: \(note.words)") }
        out.line("")
        out.line("\(list.openTickets) open ticket\(list.openTickets == 1 ? "" : "s"): \(list.breachedCount) breached, "
            + "\(list.warningCount) within warn_before")
        return out.text
    }
}
