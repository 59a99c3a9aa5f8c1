import CovenantFormat

extension ServiceCommitments {
    /// The parts of `commitments:`, each with what the appendix lacks without it.
    static let parts: [(key: String, lacking: String)] = [
        ("severities", "what makes a ticket critical, high, medium or low"),
        ("channels", "how customers reach support, and when"),
        ("reporting", "the day each month's statement is issued by"),
        ("disputes", "how long a statement may be disputed, and what happens to its credit meanwhile"),
        ("incidents", "how incidents are communicated"),
        ("maintenance_notice", "how maintenance is announced"),
        ("support_remedy", "what follows a month below a support achievement target"),
    ]

    /// Decodes a catalog version's `commitments:` (`entry` is `nil` when the
    /// key is absent), warning where a part the appendix writes is missing.
    static func decode(
        _ entry: MappingEntry?, tiers: [Tier], calendars: [CalendarName: CalendarDefinition],
        _ reader: inout SchemaReader
    ) -> ServiceCommitments {
        var result = ServiceCommitments()
        guard let entry else {
            reader.warning(
                "this catalog has no 'commitments' (" + parts.map(\.key).joined(separator: ", ")
                    + "): appendices will leave out severity definitions, support channels, the statement day, "
                    + "disputes, incident communication, maintenance notices and support remedies", at: .at(0))
            return result
        }
        guard let fields = reader.mapping(entry.value, "commitments", optional: parts.map(\.key)) else {
            return result
        }
        for part in parts where fields.entry(part.key) == nil {
            reader.warning(
                "'commitments' has no '\(part.key)': the appendix will not state \(part.lacking)",
                at: entry.keyRange)
        }
        if let severities = fields.entry("severities") {
            result.severityDefinitions = decodeSeverities(severities, &reader)
        }
        if let channels = fields.entry("channels") {
            result.channels = decodeChannels(channels, tiers: tiers, calendars: calendars, &reader)
        }
        if let node = fields["reporting"],
            let reporting = reader.mapping(node, "reporting", required: ["statement_day"]),
            let day = reporting.value("statement_day"), let value = reader.read(day, .count)
        {
            if (1...28).contains(value) {
                result.statementDay = Int(value)
            } else {
                reader.error("a statement day must be from 1 to 28, found '\(day.scalar ?? "")'", at: day.range)
            }
        }
        if let node = fields["disputes"],
            let disputes = reader.mapping(node, "disputes", required: ["window", "credits_while_disputed"]),
            let window = positiveDuration(disputes.value("window"), &reader),
            let applied = disputes.value("credits_while_disputed").flatMap({ reader.read($0, .boolean) })
        {
            result.disputes = DisputeTerms(window: window, creditsWhileDisputed: applied)
        }
        if let node = fields["incidents"],
            let incidents = reader.mapping(
                node, "incident communication", optional: ["status_page", "first_notice", "updates", "report"])
        {
            result.incidents = IncidentCommunication(
                statusPage: incidents.value("status_page").flatMap { reader.read($0, .prose) },
                firstNotice: positiveDuration(incidents.value("first_notice"), &reader),
                updates: positiveDuration(incidents.value("updates"), &reader),
                report: positiveDuration(incidents.value("report"), &reader))
        }
        if let node = fields["maintenance_notice"],
            let notice = reader.mapping(node, "a maintenance notice", required: ["by"], optional: ["reminder"]),
            let byNode = notice.value("by"), let by = reader.sequence(byNode, "ways maintenance is announced")
        {
            if by.isEmpty { reader.error("'by' needs at least one way maintenance is announced", at: byNode.range) }
            result.maintenanceNotice = MaintenanceNotice(
                by: by.compactMap { reader.read($0, .prose) },
                reminder: positiveDuration(notice.value("reminder"), &reader))
        }
        if let node = fields["support_remedy"],
            let remedy = reader.mapping(node, "a support remedy", optional: ["plan_within", "review_after_months"])
        {
            var months: Int?
            if let node = remedy.value("review_after_months"), let count = reader.read(node, .count) {
                if count >= 1 && count <= 12 {
                    months = Int(count)
                } else {
                    reader.error("expected 1 to 12 months, found '\(node.scalar ?? "")'", at: node.range)
                }
            }
            result.supportRemedy = SupportRemedy(
                planWithin: positiveDuration(remedy.value("plan_within"), &reader), reviewAfterMonths: months)
        }
        return result
    }

    /// `severities:` with a definition per severity; a severity left out is warned about.
    private static func decodeSeverities(_ entry: MappingEntry, _ reader: inout SchemaReader) -> [Severity: String] {
        guard
            let fields = reader.mapping(
                entry.value, "severity definitions", optional: Severity.allCases.map(\.rawValue))
        else { return [:] }
        var result: [Severity: String] = [:]
        for severity in Severity.allCases {
            if let node = fields.value(severity.rawValue) {
                result[severity] = reader.read(node, .prose)
            } else {
                reader.warning(
                    "no definition of the \(severity) severity: the appendix will not say what makes a ticket "
                        + "\(severity)", at: entry.keyRange)
            }
        }
        return result
    }

    /// `channels:` per tier; a tier left out is warned about.
    private static func decodeChannels(
        _ entry: MappingEntry, tiers: [Tier], calendars: [CalendarName: CalendarDefinition],
        _ reader: inout SchemaReader
    ) -> [TierName: [SupportChannel]] {
        guard let fields = reader.mapping(entry.value, "support channels", optional: tiers.map(\.id.rawValue))
        else { return [:] }
        var result: [TierName: [SupportChannel]] = [:]
        for tierEntry in fields.entries {
            guard tiers.contains(where: { $0.id.rawValue == tierEntry.key }),
                let items = reader.sequence(tierEntry.value, "the support channels of tier '\(tierEntry.key)'")
            else { continue }
            var channels: [SupportChannel] = []
            for item in items {
                guard let channel = decodeChannel(item, calendars: calendars, &reader) else { continue }
                if channels.contains(where: { $0.name == channel.name && $0.contact == channel.contact }) {
                    reader.warning(
                        "tier '\(tierEntry.key)' lists channel '\(channel.name)'"
                            + (channel.contact.map { " (\($0))" } ?? "") + " twice; the appendix shows it once",
                        at: item.range)
                    continue
                }
                channels.append(channel)
            }
            result[TierName(tierEntry.key)] = channels
        }
        for tier in tiers where (result[tier.id] ?? []).isEmpty {
            reader.warning(
                "tier '\(tier.id)' has no support channels: the appendix will not say how its customers reach "
                    + "support", at: entry.keyRange)
        }
        return result
    }

    private static func decodeChannel(
        _ node: Node, calendars: [CalendarName: CalendarDefinition], _ reader: inout SchemaReader
    ) -> SupportChannel? {
        guard
            let fields = reader.mapping(
                node, "a support channel", required: ["channel", "hours"], optional: ["contact", "severities"])
        else { return nil }
        let name = fields.value("channel").flatMap { reader.read($0, .prose) }
        let contact = fields.value("contact").flatMap { reader.read($0, .prose) }
        var hours: SupportChannel.Hours?
        if let node = fields.value("hours"), let text = reader.read(node, .identifier) {
            if text == "response" {
                hours = .responseClock
            } else if calendars[CalendarName(text)] != nil {
                hours = .calendar(CalendarName(text))
            } else {
                var message = "unknown calendar '\(text)' (or 'response', the response clock's hours)"
                if let near = SchemaReader.closest(to: text, among: calendars.keys.map(\.rawValue).sorted()) {
                    message += "; did you mean '\(near)'?"
                }
                reader.error(message, at: node.range)
            }
        }
        var severities: [Severity] = []
        if let node = fields["severities"], let items = reader.sequence(node, "a list of severities") {
            if items.isEmpty {
                reader.error(
                    "a channel's severities list is empty; name at least one, or leave 'severities' out for all",
                    at: node.range)
            }
            for item in items {
                guard let text = reader.read(item, .identifier) else { continue }
                if let severity = Severity(rawValue: text) {
                    severities.append(severity)
                } else {
                    reader.error(
                        "unknown severity '\(text)'; expected critical, high, medium or low", at: item.range)
                }
            }
        }
        guard let name, let hours else { return nil }
        return SupportChannel(name: name, contact: contact, hours: hours, severities: severities)
    }

    /// A duration above zero, or `nil` (absent, or reported).
    private static func positiveDuration(_ node: Node?, _ reader: inout SchemaReader) -> Int64? {
        guard let node, let seconds = reader.read(node, .duration) else { return nil }
        guard seconds > 0 else {
            reader.error("expected a duration above zero, found '\(node.scalar ?? "")'", at: node.range)
            return nil
        }
        return seconds
    }
}
