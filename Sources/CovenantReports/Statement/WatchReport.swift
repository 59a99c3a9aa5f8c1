import Covenant
import CovenantFormat

/// `covenant watch` for a support lead: one row per running clock of each
/// open ticket, by time left, breached and warning ones flagged, with its
/// customer and its deadline in the contract's zone and in UTC; then who is
/// due to act on each breach, and the tickets paused too long without the
/// customer being told. As text, or as JSON and CSV for scripts.
public enum WatchReport: Report {
    /// The formats a watch list is written in.
    public static let formats: [ReportFormat] = [.text, .json, .csv]

    /// The watch list in a format of ``formats``.
    public static func render(_ list: WatchList, format: ReportFormat = .text) -> String {
        switch format {
        case .json: return WatchData.json(list)
        case .csv: return WatchData.csv(list)
        default: return text(list)
        }
    }

    /// The list as text: the instant, the table, escalations, pause notices, counts.
    static func text(_ list: WatchList) -> String {
        var out = TextBlock()
        let zone = list.zone
        out.line("OPEN TICKETS at \(Formatting.utc(list.at)) (\(Formatting.local(list.at, zone)) \(zone))")
        out.line("")
        if list.items.isEmpty {
            out.line("  no open ticket has a deadline")
        } else {
            let header = [
                "", "ticket", "customer", "contract", "severity", "clock", "deadline (contract's zone)",
                "deadline (UTC)", "time left", "working left", "state",
            ]
            out.table([header] + list.items.map(row), rightAligned: [8, 9])
        }
        if !list.untimed.isEmpty {
            out.line("")
            out.line(
                "  open with no deadline (no target): "
                    + list.untimed.map(\.rawValue).joined(separator: ", "))
        }
        if !list.unreachable.isEmpty {
            out.line("")
            let tickets = list.unreachable.map(\.rawValue).joined(separator: ", ")
            out.line("  open with a deadline never reached: " + tickets)
        }
        escalations(list, into: &out)
        pauses(list, into: &out)
        for note in list.notes { out.line("  note: \(note.words)") }
        out.line("")
        let open = list.openTickets
        out.line(
            "\(open) open ticket\(open == 1 ? "" : "s"): \(list.breachedCount) breached, "
                + "\(list.warningCount) within warn_before, \(list.pauseNoticeCount) paused without notice")
        return out.text
    }

    /// One running clock: its flag, ticket, customer, contract, severity, clock, deadlines, time left and state.
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
                : " (within \(Formatting.span(item.warnBefore)))"
        }
        return [
            marker, item.ticket.rawValue, item.customer, item.contract.rawValue, item.measure.severity.rawValue,
            "\(item.clock) (\(item.measure.clock))", "\(Formatting.local(item.deadline, item.zone)) \(item.zone)",
            Formatting.utc(item.deadline), Formatting.timeLeft(item.timeLeft), workingLeft(item.workingLeft), state,
        ]
    }

    /// `15 h`, or `24 h over` once breached.
    static func workingLeft(_ seconds: Int64) -> String {
        seconds < 0 ? "\(Formatting.span(-seconds)) over" : Formatting.span(seconds)
    }

    /// "Escalation": for each breached clock, who is due to act since when, and who is next.
    static func escalations(_ list: WatchList, into out: inout TextBlock) {
        let escalated = list.items.compactMap { item in item.escalation.map { (item, $0) } }
        guard !escalated.isEmpty else { return }
        out.line("")
        out.line("Escalation of breached clocks (from the breach)")
        for (item, escalation) in escalated {
            out.line(
                "  \(item.ticket) \(item.clock), \(item.customer): breached "
                    + "\(Formatting.local(escalation.breachedAt, item.zone)) \(item.zone) "
                    + "(\(Formatting.utc(escalation.breachedAt)))")
            out.line("    " + due(escalation, zone: item.zone))
        }
    }

    /// `vp due since 2026-03-31 03:00 (8 h after the breach); no further level`.
    static func due(_ escalation: WatchEscalation, zone: ZoneRules) -> String {
        var text = "no level due yet"
        if let current = escalation.current, let since = escalation.currentSince {
            text = "\(current.to) due since \(Formatting.local(since, zone)) (\(after(current.after)))"
        }
        if let next = escalation.next, let at = escalation.nextAt {
            text += "; next: \(next.to) at \(Formatting.local(at, zone)) (\(after(next.after)))"
        } else {
            text += "; no further level"
        }
        return text
    }

    /// `at the breach`, `2 h after the breach`.
    static func after(_ seconds: Int64) -> String {
        seconds == 0 ? "at the breach" : "\(Formatting.span(seconds)) after the breach"
    }

    /// "Paused without telling the customer": each ticket over its `pause_notice`.
    static func pauses(_ list: WatchList, into out: inout TextBlock) {
        guard !list.pauseNotices.isEmpty else { return }
        out.line("")
        out.line("Waiting on the customer, who has not been told anything for longer than pause_notice")
        for notice in list.pauseNotices {
            out.line(
                "  \(notice.ticket) \(notice.customer) (\(notice.contract)): awaiting the customer since "
                    + "\(Formatting.local(notice.awaitingSince, notice.zone)); last told "
                    + "\(Formatting.local(notice.lastTold, notice.zone)) \(notice.zone), "
                    + "\(Formatting.timeLeft(list.at - notice.lastTold)) ago (pause_notice "
                    + "\(Formatting.span(notice.notice))): tell the customer")
        }
    }
}
