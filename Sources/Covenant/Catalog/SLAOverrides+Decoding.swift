import CovenantFormat

/// The SLA fields shared by tiers, overrides, amendments and renewals.
enum SLAFields {
    /// Keys that carry SLA terms.
    static let keys = ["uptime", "credits", "credit_cap", "minimum_credit", "achievement", "clocks", "support"]

    /// Where each decoded field was written, for later checks.
    struct Places: Sendable, Hashable {
        var uptime: SourceRange?
        var bands: [SourceRange] = []
        var creditCap: SourceRange?
        var response: [Severity: SourceRange] = [:]
        var resolution: [Severity: SourceRange] = [:]
        var severities: [Severity: SourceRange] = [:]
    }

    /// Reads the SLA fields present in `fields` into overrides; `calendars`
    /// are the names a clock may use and `currency` the one amounts are in.
    static func read(
        _ fields: Fields, calendars: [CalendarName: CalendarDefinition], currency: Currency,
        into reader: inout SchemaReader
    ) -> (SLAOverrides, Places) {
        var result = SLAOverrides()
        var places = Places()
        if let node = fields.value("uptime") {
            result.uptime = share(node, &reader)
            places.uptime = node.range
        }
        if let node = fields["credits"], let items = reader.sequence(node, "a credit schedule") {
            var bands: [CreditBand] = []
            for item in items {
                guard
                    let band = reader.mapping(
                        item, "a credit band", required: ["below", "credit"], optional: ["actions"])
                else { continue }
                let below = band.value("below").flatMap { share($0, &reader) }
                let credit = band.value("credit").flatMap { share($0, &reader) }
                var actions: [String] = []
                if let node = band["actions"], let list = reader.sequence(node, "a list of actions") {
                    actions = list.compactMap { reader.read($0, .text) }
                }
                if let below, let credit {
                    bands.append(CreditBand(below: below, credit: credit, actions: actions))
                    places.bands.append(item.range)
                }
            }
            result.credits = bands
        }
        if let node = fields.value("credit_cap") {
            result.creditCap = share(node, &reader)
            places.creditCap = node.range
        }
        if let node = fields.value("minimum_credit"), let value = reader.read(node, Money.amount) {
            if value.isNegative {
                reader.error("a minimum credit cannot be negative", at: node.range)
            } else if let amount = Money(value, currency: currency) {
                result.minimumCredit = amount
            } else {
                reader.error(
                    "\(currency.code) allows \(currency.minorDigits) fraction digits, found '\(node.scalar ?? "")'",
                    at: node.range)
            }
        }
        if let node = fields["achievement"],
            let achievement = reader.mapping(node, "achievement targets", optional: ["response", "resolution"])
        {
            result.responseAchievement = achievement.value("response").flatMap { share($0, &reader) }
            result.resolutionAchievement = achievement.value("resolution").flatMap { share($0, &reader) }
        }
        if let node = fields["clocks"] {
            let (response, resolution) = clocks(node, calendars: calendars, &reader)
            result.responseClock = response
            result.resolutionClock = resolution
        }
        if let node = fields["support"],
            let support = reader.mapping(node, "support targets", optional: Severity.allCases.map(\.rawValue))
        {
            for entry in support.entries {
                guard let severity = Severity(rawValue: entry.key) else { continue }
                places.severities[severity] = entry.keyRange
                guard
                    let targets = reader.mapping(
                        entry.value, "the \(severity) targets",
                        optional: ["response", "resolution", "warn_before", "clocks"])
                else { continue }
                var terms = SeverityTerms()
                if let node = targets.value("response") {
                    terms.response = target(node, &reader)
                    places.response[severity] = node.range
                }
                if let node = targets.value("resolution") {
                    terms.resolution = target(node, &reader)
                    places.resolution[severity] = node.range
                }
                terms.warnBefore = reader.read(targets["warn_before"], .duration)
                if let node = targets["clocks"] {
                    let (response, resolution) = clocks(node, calendars: calendars, &reader)
                    terms.responseClock = response
                    terms.resolutionClock = resolution
                }
                result.support[severity] = terms
            }
        }
        return (result, places)
    }

    /// A percentage between 0% and 100%.
    static func share(_ node: Node, _ reader: inout SchemaReader) -> DecimalNumber? {
        guard let value = reader.read(node, .percentage) else { return nil }
        guard !value.isNegative, value <= DecimalNumber(100) else {
            reader.error("a share must be between 0% and 100%, found '\(node.scalar ?? "")'", at: node.range)
            return nil
        }
        return value
    }

    /// A support target: `4h` or `2 business days`.
    static func target(_ node: Node, _ reader: inout SchemaReader) -> TargetDuration? {
        guard let text = node.scalar else {
            reader.error(
                "expected a target like '4h' or '2 business days', found \(SchemaReader.describe(node))", at: node.range
            )
            return nil
        }
        switch TargetDuration.reading(text) {
        case .value(let target): return target
        case .malformed:
            reader.error("expected a target like '4h' or '2 business days', found '\(text)'", at: node.range)
        case .outOfRange(let allowed):
            reader.error("expected \(allowed), found '\(text)'", at: node.range)
        }
        return nil
    }

    /// `{response: NAME, resolution: NAME}` naming known calendars.
    static func clocks(
        _ node: Node, calendars: [CalendarName: CalendarDefinition], _ reader: inout SchemaReader
    )
        -> (CalendarName?, CalendarName?)
    {
        guard let fields = reader.mapping(node, "clocks", optional: ["response", "resolution"]) else {
            return (nil, nil)
        }
        func calendar(_ key: String) -> CalendarName? {
            guard let node = fields.value(key), let name = reader.read(node, .identifier) else { return nil }
            guard calendars[CalendarName(name)] != nil else {
                var message = "unknown calendar '\(name)'"
                if let near = SchemaReader.closest(to: name, among: calendars.keys.map(\.rawValue).sorted()) {
                    message += "; did you mean '\(near)'?"
                }
                reader.error(message, at: node.range)
                return nil
            }
            return CalendarName(name)
        }
        return (calendar("response"), calendar("resolution"))
    }

    /// Checks a complete set of terms: band order, first band at the target,
    /// credits over the cap, severity order, response after resolution, and
    /// business targets on calendars without hours. The same checks serve a
    /// tier and a contract's overrides: a check is made where `places` knows
    /// a field it concerns (a contract's places hold only what it overrides;
    /// the tier's own fields were checked with the catalog).
    static func check(
        _ terms: SLATerms, places: Places, calendars: [CalendarName: CalendarDefinition], context: String,
        _ reader: inout SchemaReader
    ) {
        for index in terms.credits.indices.dropFirst() where index < places.bands.count {
            let previous = terms.credits[index - 1]
            let band = terms.credits[index]
            let place = places.bands[index]
            if band.below == previous.below {
                reader.error(
                    "a second credit band below \(band.below)%: each band needs its own 'below'", at: place)
            } else if !(band.below < previous.below) {
                reader.error(
                    "credit bands must have strictly falling 'below': \(band.below)% follows \(previous.below)%",
                    at: place)
            }
            if band.credit < previous.credit {
                reader.error(
                    "credit bands must have rising or equal credits: \(band.credit)% follows \(previous.credit)%",
                    at: place)
            }
        }
        if let first = terms.credits.first, first.below != terms.uptime,
            let place = places.bands.first ?? places.uptime
        {
            let relation = first.below < terms.uptime ? "below" : "above"
            reader.warning(
                "the first credit band starts at \(first.below)%, \(relation) the \(terms.uptime)% target of "
                    + "\(context): "
                    + (first.below < terms.uptime
                        ? "misses from \(first.below)% up to \(terms.uptime)% earn no credit"
                        : "a month that meets the target still earns a credit"),
                at: place)
        }
        for (index, band) in terms.credits.enumerated() where terms.creditCap < band.credit {
            guard let place = index < places.bands.count ? places.bands[index] : places.creditCap else { continue }
            reader.warning(
                "the \(band.credit)% credit of this band exceeds the \(terms.creditCap)% cap of \(context)", at: place)
        }
        func seconds(_ target: TargetDuration, _ clock: CalendarName) -> Int64 {
            target.workingSeconds(dayLength: calendars[clock]?.businessDayLength ?? 86_400)
        }
        for severity in Severity.allCases {
            guard let own = terms.support[severity] else { continue }
            for (metric, value, clock, placeTable) in [
                ("response", own.response, terms.responseClock(for: severity), places.response),
                ("resolution", own.resolution, terms.resolutionClock(for: severity), places.resolution),
            ] {
                guard let value, let place = placeTable[severity] else { continue }
                if let definition = calendars[clock] {
                    if value.isBusiness, let problem = definition.businessTargetProblem {
                        reader.error("a business duration needs a calendar with hours; \(problem)", at: place)
                    } else if definition.isNeverOpen {
                        reader.warning(
                            "calendar '\(clock)' is never open: the \(severity) \(metric) deadline is never reached",
                            at: place)
                    }
                }
                let mine = seconds(value, clock)
                let lower = Severity.allCases.filter { $0 > severity }
                var tighter: (Severity, TargetDuration)?
                for other in lower {
                    let otherTerms = terms.support[other]
                    let otherValue = metric == "response" ? otherTerms?.response : otherTerms?.resolution
                    let otherClock =
                        metric == "response" ? terms.responseClock(for: other) : terms.resolutionClock(for: other)
                    if let otherValue, seconds(otherValue, otherClock) < mine,
                        tighter == nil || seconds(otherValue, otherClock) < seconds(tighter!.1, otherClock)
                    {
                        tighter = (other, otherValue)
                    }
                }
                if let (other, otherValue) = tighter {
                    reader.warning(
                        "\(severity) \(metric) (\(value)) is looser than \(other) \(metric) (\(otherValue)) in "
                            + "\(context)",
                        at: place)
                }
            }
            if let response = own.response, let resolution = own.resolution,
                let place = places.response[severity] ?? places.resolution[severity],
                seconds(response, terms.responseClock(for: severity))
                    > seconds(resolution, terms.resolutionClock(for: severity))
            {
                reader.warning(
                    "\(severity) response (\(response)) is longer than its resolution (\(resolution)) in \(context)",
                    at: place)
            }
        }
    }
}
