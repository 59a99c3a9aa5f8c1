import CovenantFormat

extension CatalogVersion {
    /// The top-level keys of a catalog file.
    static let keys = [
        "version", "effective", "provider", "currency", "rounding", "timezone", "calendars", "holiday_periods",
        "maintenance", "tiers", "targets", "commitments", "pause_notice", "escalation",
    ]

    /// Decodes and validates one catalog file; returns the version (when it
    /// could be built) and every error and warning found.
    public static func decode(_ document: Document) -> (CatalogVersion?, [Diagnostic]) {
        var reader = SchemaReader(file: document.file)
        let version = decode(document, &reader)
        return (reader.hasErrors ? nil : version, reader.diagnostics)
    }

    private static func decode(_ document: Document, _ reader: inout SchemaReader) -> CatalogVersion? {
        guard
            let top = reader.mapping(
                document.root, "a catalog", required: ["version", "effective", "tiers"],
                optional: keys.filter { !["version", "effective", "tiers"].contains($0) })
        else { return nil }
        let label = top.value("version").flatMap { reader.read($0, .text) }
        let effective = top.value("effective").flatMap { reader.read($0, .date) }
        let provider = top.value("provider").flatMap { reader.read($0, .text) } ?? ""
        var currency = Currency.usd
        if let node = top.value("currency"), let code = reader.read(node, .text) {
            if let known = Currency(code: code) {
                currency = known
            } else {
                reader.error("unknown currency '\(code)'", at: node.range)
            }
        }
        var rounding = RoundingRule.halfUp
        if let node = top.value("rounding"), let text = reader.read(node, .text) {
            if let rule = RoundingRule(rawValue: text) {
                rounding = rule
            } else {
                reader.error(
                    "expected a rounding rule (half-up, half-even, up or down), found '\(text)'", at: node.range)
            }
        }
        let zone = top.value("timezone").flatMap { reader.zone($0) } ?? .utc
        var calendars: [CalendarName: CalendarDefinition] = [:]
        if let node = top["calendars"],
            let fields = reader.mapping(node, "calendars", optional: (node.entries ?? []).map(\.key))
        {
            for entry in fields.entries {
                if ScalarReader.identifier(entry.key) == nil {
                    reader.error("a calendar name must be an identifier, found '\(entry.key)'", at: entry.keyRange)
                }
                if let calendar = CalendarDefinition.decode(entry, defaultZone: zone, &reader) {
                    calendars[calendar.name] = calendar
                }
            }
        }
        var tiers: [Tier] = []
        if let node = top["tiers"],
            let fields = reader.mapping(node, "tiers", optional: (node.entries ?? []).map(\.key))
        {
            for entry in fields.entries {
                if let tier = Tier.decode(entry, currency: currency, calendars: calendars, &reader) {
                    tiers.append(tier)
                }
            }
        }
        var periods: [HolidayPeriod] = []
        if let node = top["holiday_periods"], let items = reader.sequence(node, "holiday periods") {
            for item in items {
                if let period = decodePeriod(item, tiers: tiers, &reader) { periods.append(period) }
            }
        }
        var maintenance = MaintenancePolicy.none
        if let node = top["maintenance"] { maintenance = decodeMaintenance(node, &reader) }
        let targets = top["targets"].map { decodeTargets($0, &reader) } ?? .none
        let commitments = ServiceCommitments.decode(
            top.entry("commitments"), tiers: tiers, calendars: calendars, &reader)
        let pauseNotice = top.value("pause_notice").flatMap { reader.read($0, .duration) } ?? defaultPauseNotice
        let escalation = top["escalation"].map { decodeEscalation($0, &reader) } ?? []
        guard let label, let effective else { return nil }
        var version = CatalogVersion(
            version: label, effective: effective, provider: provider, currency: currency, rounding: rounding,
            zone: zone, calendars: calendars, holidayPeriods: periods, maintenance: maintenance, tiers: tiers,
            file: document.file, pauseNotice: pauseNotice, escalation: escalation)
        version.targets = targets
        version.commitments = commitments
        return version
    }

    private static func decodePeriod(_ node: Node, tiers: [Tier], _ reader: inout SchemaReader) -> HolidayPeriod? {
        guard
            let fields = reader.mapping(
                node, "a holiday period", required: ["name", "from", "to", "extend_response"], optional: ["tiers"])
        else { return nil }
        let name = fields.value("name").flatMap { reader.read($0, .text) }
        let from = fields.value("from").flatMap { reader.read($0, .monthDay) }
        let to = fields.value("to").flatMap { reader.read($0, .monthDay) }
        let extend = fields.value("extend_response").flatMap { reader.read($0, .duration) }
        var names: [TierName] = tiers.map(\.id)
        if let node = fields["tiers"], let items = reader.sequence(node, "a list of tiers") {
            names = []
            for item in items {
                guard let text = reader.read(item, .identifier) else { continue }
                if tiers.contains(where: { $0.id.rawValue == text }) {
                    names.append(TierName(text))
                } else {
                    reader.error("unknown tier '\(text)'", at: item.range)
                }
            }
        }
        guard let name, let from, let to, let extend else { return nil }
        return HolidayPeriod(name: name, from: from, to: to, extendResponse: extend, tiers: names)
    }

    /// `escalation: [{after: 0m, to: assignee}, {after: 2h, to: manager}]`: levels in strictly rising `after`.
    private static func decodeEscalation(_ node: Node, _ reader: inout SchemaReader) -> [EscalationLevel] {
        guard let items = reader.sequence(node, "escalation levels") else { return [] }
        var levels: [EscalationLevel] = []
        for item in items {
            guard let fields = reader.mapping(item, "an escalation level", required: ["after", "to"]),
                let after = fields.value("after").flatMap({ reader.read($0, .duration) }),
                let to = fields.value("to").flatMap({ reader.read($0, .prose) })
            else { continue }
            if let previous = levels.last, after <= previous.after {
                reader.error(
                    "escalation levels must come in rising 'after' order; this one is not after "
                        + "'\(previous.to)' (\(TargetDuration.format(previous.after)))",
                    at: fields.value("after")?.range ?? item.range)
                continue
            }
            levels.append(EscalationLevel(after: after, to: to))
        }
        return levels
    }

    private static func decodeMaintenance(_ node: Node, _ reader: inout SchemaReader) -> MaintenancePolicy {
        guard let fields = reader.mapping(node, "a maintenance policy", optional: ["standing", "extra"]) else {
            return .none
        }
        var policy = MaintenancePolicy.none
        if let node = fields["standing"], let items = reader.sequence(node, "standing windows") {
            for item in items {
                if let window = StandingWindow.decode(item, &reader) { policy.standing.append(window) }
            }
        }
        if let node = fields["extra"],
            let extra = reader.mapping(
                node, "the extra-window rule", required: ["per_month", "max_duration", "notice"])
        {
            policy.extraPerMonth = Int(extra.value("per_month").flatMap { reader.read($0, .count) } ?? 0)
            policy.extraMaxDuration = extra.value("max_duration").flatMap { reader.read($0, .duration) } ?? 0
            policy.extraNotice = extra.value("notice").flatMap { reader.read($0, .duration) } ?? 0
        }
        return policy
    }
}

extension ScalarType where Value == (month: Int, day: Int) {
    /// A month and day, `12-24`.
    static var monthDay: Self { Self(expected: "a month and day like '12-24'", parse: ScalarReader.monthDay) }
}

extension StandingWindow {
    /// Decodes `sun 02:00-04:00`.
    static func decode(_ node: Node, _ reader: inout SchemaReader) -> StandingWindow? {
        guard let text = reader.read(node, .text) else { return nil }
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, let days = ScalarReader.daySet(String(parts[0])),
            let interval = LocalInterval.parse(String(parts[1]))
        else {
            reader.error("expected a standing window like 'sun 02:00-04:00', found '\(text)'", at: node.range)
            return nil
        }
        return StandingWindow(days: days, interval: interval, text: text)
    }
}

extension LocalInterval {
    /// Parses `09:00-17:00` (`24:00` allowed as an end; not as a start). An
    /// end not after the start runs overnight (CATALOG.md), `00:00` included:
    /// `22:00-00:00` is two hours, and `00:00-00:00`, like `09:00-09:00`, a
    /// whole day of 24 hours.
    static func parse(_ text: String) -> LocalInterval? {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let start = ScalarReader.timeOfDay(String(ends[0].trimmingSpaces)),
            let end = ScalarReader.timeOfDay(String(ends[1].trimmingSpaces)), start.seconds < 86_400
        else { return nil }
        return LocalInterval(start: start, end: end)
    }
}
