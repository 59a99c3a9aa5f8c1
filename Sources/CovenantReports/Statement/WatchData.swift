import Covenant
import CovenantFormat

/// The watch list as data for scripts: JSON (schema `covenant.watch/1`) and
/// CSV (one row per running clock), with instants in RFC 3339 UTC and their
/// local text in the contract's zone, durations in whole seconds.
enum WatchData {
    /// The schema name of the JSON form.
    static let schema = "covenant.watch/1"

    /// The JSON document.
    static func json(_ list: WatchList) -> String {
        JSONValue.object([
            ("schema", .string(schema)),
            ("at", .string(Formatting.utc(list.at))),
            ("timezone", .string(list.zone.identifier)),
            ("counts", .object([
                ("open_tickets", .integer(Int64(list.openTickets))),
                ("breached", .integer(Int64(list.breachedCount))),
                ("warning", .integer(Int64(list.warningCount))),
                ("pause_notice", .integer(Int64(list.pauseNoticeCount))),
            ])),
            ("clocks", .array(list.items.map(item))),
            ("untimed", .array(list.untimed.map { .string($0.rawValue) })),
            ("never_due", .array(list.unreachable.map { .string($0.rawValue) })),
            ("pause_notices", .array(list.pauseNotices.map { pause($0, at: list.at) })),
            ("notes", .array(list.notes.map { .string($0.words) })),
        ]).rendered
    }

    /// One running clock.
    static func item(_ item: WatchItem) -> JSONValue {
        .object([
            ("ticket", .string(item.ticket.rawValue)),
            ("contract", .string(item.contract.rawValue)),
            ("customer", .string(item.customer)),
            ("severity", .string(item.measure.severity.rawValue)),
            ("clock", .string(item.clock.rawValue)),
            ("calendar", .string(item.measure.clock.rawValue)),
            ("state", .string(item.state.rawValue)),
            ("deadline", .string(Formatting.utc(item.deadline))),
            ("deadline_local", .string(Formatting.local(item.deadline, item.zone))),
            ("timezone", .string(item.zone.identifier)),
            ("time_left_seconds", .integer(item.timeLeft)),
            ("working_left_seconds", .integer(item.workingLeft)),
            ("warn_before_seconds", .integer(item.warnBefore)),
            ("escalation", item.escalation.map(escalation) ?? .null),
        ])
    }

    /// Who is due to act on a breached clock.
    static func escalation(_ escalation: WatchEscalation) -> JSONValue {
        .object([
            ("breached_at", .string(Formatting.utc(escalation.breachedAt))),
            ("level", .optional(escalation.current?.to)),
            ("since", .optional(escalation.currentSince.map(Formatting.utc))),
            ("next_level", .optional(escalation.next?.to)),
            ("next_at", .optional(escalation.nextAt.map(Formatting.utc))),
        ])
    }

    /// A ticket paused too long without the customer being told.
    static func pause(_ notice: PauseNotice, at: Int64) -> JSONValue {
        .object([
            ("ticket", .string(notice.ticket.rawValue)),
            ("contract", .string(notice.contract.rawValue)),
            ("customer", .string(notice.customer)),
            ("awaiting_since", .string(Formatting.utc(notice.awaitingSince))),
            ("last_told", .string(Formatting.utc(notice.lastTold))),
            ("since_told_seconds", .integer(at - notice.lastTold)),
            ("pause_notice_seconds", .integer(notice.notice)),
            ("timezone", .string(notice.zone.identifier)),
        ])
    }

    /// The CSV header.
    static let header = [
        "ticket", "contract", "customer", "severity", "clock", "calendar", "state", "deadline", "deadline_local",
        "timezone", "time_left_seconds", "working_left_seconds", "escalation_level", "escalation_since",
        "next_level", "next_level_at", "pause_notice_due",
    ]

    /// The text columns of the CSV, quoted whatever they hold.
    static let textColumns: Set<String> = [
        "ticket", "contract", "customer", "severity", "clock", "calendar", "state", "deadline", "deadline_local",
        "timezone", "escalation_level", "escalation_since", "next_level", "next_level_at",
    ]

    /// One row per running clock; `pause_notice_due` is `true` on the rows of a ticket over its pause notice.
    static func csv(_ list: WatchList) -> String {
        let paused = Set(list.pauseNotices.map(\.ticket))
        let records = list.items.map { item in
            [
                item.ticket.rawValue, item.contract.rawValue, item.customer, item.measure.severity.rawValue,
                item.clock.rawValue, item.measure.clock.rawValue, item.state.rawValue,
                Formatting.utc(item.deadline), Formatting.local(item.deadline, item.zone), item.zone.identifier,
                String(item.timeLeft), String(item.workingLeft), item.escalation?.current?.to ?? "",
                item.escalation?.currentSince.map(Formatting.utc) ?? "", item.escalation?.next?.to ?? "",
                item.escalation?.nextAt.map(Formatting.utc) ?? "", String(paused.contains(item.ticket)),
            ]
        }
        return CSV.document(
            header: header, records: records, numberColumns: ["time_left_seconds", "working_left_seconds"],
            text: textColumns)
    }
}
