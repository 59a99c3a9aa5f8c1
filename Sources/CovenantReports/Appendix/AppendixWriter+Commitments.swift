import Covenant
import CovenantFormat

extension AppendixWriter {
    /// The catalog's commitments at the term start.
    var commitments: ServiceCommitments { initial.serviceLevels.commitments }

    /// How extra maintenance is announced, and that standing windows need no notice.
    func maintenanceNoticesClause() -> AppendixClause {
        guard let notice = commitments.maintenanceNotice else { return AppendixClause("Maintenance notices", []) }
        let policy = initial.serviceLevels.maintenance
        let by = Wording.list(notice.by)
        var text: String
        if policy.extraPerMonth > 0 {
            text =
                "The Provider announces each extra maintenance window by \(by), at least "
                + "\(Wording.daysOrHours(policy.extraNotice)) before it starts (clause \(number(.maintenance)))"
            if let reminder = notice.reminder {
                text += ", and reminds the Customer the same way \(Wording.hoursAndMinutes(reminder)) before it starts"
            }
            text += ". A window announced later may still take place, but counts as downtime."
        } else {
            text =
                "The Provider announces maintenance outside the standing windows by \(by)"
                + (notice.reminder.map { ", with a reminder \(Wording.hoursAndMinutes($0)) before it starts" } ?? "")
                + "; such maintenance counts as downtime (clause \(number(.maintenance)))."
        }
        var blocks: [AppendixBlock] = [.text(text)]
        if !policy.standing.isEmpty {
            blocks.append(
                .text(
                    "Maintenance inside the standing windows of clause \(number(.maintenance)) needs no "
                        + "announcement: this section fixes them."))
        }
        return AppendixClause("Maintenance notices", blocks)
    }

    /// The status page, updates while an incident is open, and the written report.
    func incidentsClause() -> AppendixClause {
        guard let incidents = commitments.incidents else { return AppendixClause("Incident communication", []) }
        var blocks: [AppendixBlock] = []
        if incidents.statusPage != nil || incidents.firstNotice != nil || incidents.updates != nil {
            var text: String
            if let page = incidents.statusPage {
                text = "The Provider posts each incident that affects the service on its status page, \(page)"
            } else {
                text = "The Provider informs the Customer's contacts of each incident that affects the service"
            }
            if let first = incidents.firstNotice {
                text += ", within \(Wording.daysOrHours(first)) of detecting it"
            }
            if let updates = incidents.updates {
                text +=
                    ", and updates \(incidents.statusPage == nil ? "them" : "the post") at least "
                    + "\(Self.every(updates)) until the incident is resolved"
            }
            blocks.append(.text(text + "."))
        }
        if let report = incidents.report {
            blocks.append(
                .text(
                    "Within \(Wording.daysOrHours(report)) after an incident that counts as downtime (clause "
                        + "\(number(.exclusions))) ends, the Provider sends the Customer a written report of its "
                        + "cause, its fix and the steps taken to keep it from recurring."))
        }
        blocks.append(
            .text(
                "Each month's statement lists the month's incidents with the time each counted as downtime (clause "
                    + "\(number(.reporting)))."))
        return AppendixClause("Incident communication", blocks)
    }

    /// What makes a ticket critical, high, medium or low.
    func severitiesClause() -> AppendixClause {
        let definitions = commitments.severityDefinitions
        return AppendixClause(
            "Severity levels",
            [
                .text(
                    "A ticket's severity follows these definitions; its targets are those of its severity (clause "
                        + "\(number(.support))):"),
                .table(
                    AppendixTable(
                        header: ["Severity", "Definition"],
                        rows: Severity.allCases.map { [$0.title, definitions[$0] ?? "not defined"] })),
            ])
    }

    /// How the Customer reaches support, and when each channel is staffed.
    func channelsClause() -> AppendixClause {
        let levels = initial.serviceLevels
        let calendars = Dictionary(levels.channelCalendars.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = levels.channels.map { channel -> [String] in
            let hours: String
            switch channel.hours {
            case .responseClock:
                hours = "while the ticket's response clock runs (clause \(number(.support)))"
            case .calendar(let name):
                hours = calendars[name].map { Self.describe($0, businessDays: false).droppingFinalPeriod }
                    ?? name.rawValue
            }
            let severities =
                channel.severities.isEmpty
                ? "all" : Wording.list(channel.severities.map(\.title)).lowercased()
            return [channel.name, channel.contact ?? "–", hours, severities]
        }
        return AppendixClause(
            "Support channels and hours",
            [
                .text("The Customer reaches support for its \(tierName) service through these channels:"),
                .table(AppendixTable(header: ["Channel", "Contact", "Staffed", "Tickets"], rows: rows)),
                .text(
                    "A channel may be used at any time. Response and resolution targets are measured on the clocks "
                        + "of clause \(number(.support)), whichever channel a ticket comes through."),
            ])
    }

    /// What follows a month below a support achievement target.
    func supportRemedyClause() -> AppendixClause {
        var blocks: [AppendixBlock] = [
            .text(
                "Missed support targets earn no service credit: credits depend on availability only (clause "
                    + "\(number(.credits))).")
        ]
        guard let remedy = commitments.supportRemedy else { return AppendixClause("Support remedies", blocks) }
        if let plan = remedy.planWithin {
            blocks.append(
                .text(
                    "If, in a month, fewer tickets than the achievement target of clause \(number(.support)) meet "
                        + "their response target, or fewer meet their resolution target, the Provider sends the "
                        + "Customer, within \(Wording.daysOrHours(plan)) of that month's statement, a written plan "
                        + "stating the causes of the misses and what it will change to meet the targets."))
        }
        if let months = remedy.reviewAfterMonths {
            blocks.append(
                .text(
                    "If a target is missed in \(Wording.count(months, "consecutive month")), the Provider holds an "
                        + "executive review of the support service with the Customer within the following month."))
        }
        return AppendixClause("Support remedies", blocks)
    }

    /// The dispute window, and what happens to a disputed statement's credit.
    func disputesClause() -> AppendixClause {
        guard let disputes = commitments.disputes else { return AppendixClause("Disputes", []) }
        let window = Wording.daysOrHours(disputes.window)
        var blocks: [AppendixBlock] = [
            .paragraph([
                .text("The Customer may dispute a statement in writing "), .strong("within \(window)"),
                .text(
                    " of its issue, naming the figure it disputes and why. A statement not disputed within "
                        + "\(window) is final."),
            ])
        ]
        if disputes.creditsWhileDisputed {
            blocks.append(
                .text(
                    "Credits are issued even while a statement is disputed: the credit it shows is applied to the "
                        + "next invoice as stated (clause \(number(.applyingCredits))), and a correction agreed in "
                        + "the dispute is made by a revised statement."))
        } else {
            blocks.append(
                .text(
                    "A disputed statement's credit is applied once the dispute is settled, to the next invoice "
                        + "after that (clause \(number(.applyingCredits)))."))
        }
        return AppendixClause("Disputes", blocks)
    }

    /// `every hour`, `every 30 minutes`, `every 2 days`.
    static func every(_ seconds: Int64) -> String {
        let text = Wording.daysOrHours(seconds)
        for unit in ["day", "hour", "minute", "second"] where text == "1 \(unit)" { return "every \(unit)" }
        return "every \(text)"
    }

    /// `1st`, `2nd`, `3rd`, `5th`, `21st`.
    static func ordinal(_ day: Int) -> String {
        let suffix: String
        switch (day % 10, day % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(day)\(suffix)"
    }

    /// A support channel in words: `Phone (+1 415 555 0100, the always
    /// calendar's hours, critical and high tickets)`.
    static func channelTerm(_ channel: SupportChannel) -> String {
        var hours: String
        switch channel.hours {
        case .responseClock: hours = "the response clock's hours"
        case .calendar(let name): hours = "the \(name) calendar's hours"
        }
        if !channel.severities.isEmpty {
            hours += ", " + Wording.list(channel.severities.map(\.rawValue)) + " tickets"
        }
        return "\(channel.name) (\(channel.contact.map { "\($0), " } ?? "")\(hours))"
    }

    /// The commitments of a period's service levels in words, for the table
    /// of changes: one row per part.
    static func commitmentTerms(_ levels: Appendix.ServiceLevels) -> [(term: String, words: String)] {
        let commitments = levels.commitments
        let definitions = Severity.allCases.compactMap { severity in
            commitments.severityDefinitions[severity].map { "\(severity.title): \($0)" }
        }
        let channels = levels.channels.map(channelTerm)
        let incidents = commitments.incidents.map { terms -> String in
            var parts: [String] = []
            if let page = terms.statusPage { parts.append("status page \(page)") }
            if let first = terms.firstNotice { parts.append("posted within \(Wording.daysOrHours(first))") }
            if let updates = terms.updates { parts.append("updated \(every(updates))") }
            if let report = terms.report { parts.append("report within \(Wording.daysOrHours(report))") }
            return parts.joined(separator: ", ")
        }
        let notice = commitments.maintenanceNotice.map { terms in
            "by " + Wording.list(terms.by)
                + (terms.reminder.map { ", reminder \(Wording.daysOrHours($0)) before" } ?? "")
        }
        let remedy = commitments.supportRemedy.map { terms -> String in
            var parts: [String] = []
            if let plan = terms.planWithin { parts.append("a written plan within \(Wording.daysOrHours(plan))") }
            if let months = terms.reviewAfterMonths {
                parts.append("an executive review after \(Wording.count(months, "consecutive month"))")
            }
            return parts.isEmpty ? "no credit" : parts.joined(separator: "; ")
        }
        return [
            ("Severity definitions", definitions.isEmpty ? "none" : definitions.joined(separator: "; ")),
            ("Support channels", channels.isEmpty ? "none" : channels.joined(separator: "; ")),
            ("Statement issued by", commitments.statementDay.map { "the \(ordinal($0)) of the next month" } ?? "–"),
            (
                "Dispute window",
                commitments.disputes.map {
                    Wording.daysOrHours($0.window) + ($0.creditsWhileDisputed ? ", credits issued meanwhile" : "")
                } ?? "none"
            ),
            ("Incident communication", incidents ?? "none"),
            ("Maintenance notices", notice ?? "none"),
            ("Support remedies", remedy ?? "none"),
        ]
    }
}

extension String {
    /// The text without a final full stop.
    fileprivate var droppingFinalPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
