import Covenant
import CovenantFormat

extension AppendixWriter {
    /// One term that differs between two sets of terms, in words.
    struct Difference: Equatable {
        /// The term's name (`Availability target`).
        var term: String
        /// Its value in the first set.
        var before: String
        /// Its value in the second.
        var after: String
    }

    /// The SLA terms that differ between `a` and `b`, each valued in words
    /// with the calendars of its own catalog version.
    func differences(
        _ a: SLATerms, _ b: SLATerms, calendarsA: [CalendarName: CalendarDefinition],
        calendarsB: [CalendarName: CalendarDefinition]
    ) -> [Difference] {
        var result: [Difference] = []
        func compare(_ term: String, _ x: String, _ y: String) {
            if x != y { result.append(Difference(term: term, before: x, after: y)) }
        }
        compare("Availability target", Formatting.percent(a.uptime), Formatting.percent(b.uptime))
        compare("Credit schedule", Self.schedule(a), Self.schedule(b))
        compare("Credit cap", Formatting.percent(a.creditCap), Formatting.percent(b.creditCap))
        compare("Minimum credit", minimum(a), minimum(b))
        compare(
            "Response achievement", Formatting.percent(a.responseAchievement), Formatting.percent(b.responseAchievement)
        )
        compare(
            "Resolution achievement", Formatting.percent(a.resolutionAchievement),
            Formatting.percent(b.resolutionAchievement))
        for severity in Severity.allCases {
            compare(
                "\(severity.title) response",
                Self.target(a.support[severity]?.response, a.responseClock(for: severity), calendarsA),
                Self.target(b.support[severity]?.response, b.responseClock(for: severity), calendarsB))
            compare(
                "\(severity.title) resolution",
                Self.target(a.support[severity]?.resolution, a.resolutionClock(for: severity), calendarsA),
                Self.target(b.support[severity]?.resolution, b.resolutionClock(for: severity), calendarsB))
        }
        return result
    }

    /// Everything that differs between two periods: the catalog version, the
    /// lock, the SLA terms, maintenance, holiday periods, clocks, rounding and
    /// premium items.
    func differences(_ a: Appendix.TermsPeriod, _ b: Appendix.TermsPeriod) -> [Difference] {
        let x = a.serviceLevels
        let y = b.serviceLevels
        var result: [Difference] = []
        func compare(_ term: String, _ p: String, _ q: String) {
            if p != q { result.append(Difference(term: term, before: p, after: q)) }
        }
        compare("Catalog version", a.terms.catalogVersion.version, b.terms.catalogVersion.version)
        compare("Locked", x.locked ? "yes" : "no", y.locked ? "yes" : "no")
        result += differences(x.sla, y.sla, calendarsA: a.terms.calendars, calendarsB: b.terms.calendars)
        compare("Standing maintenance windows", Self.standing(x), Self.standing(y))
        compare("Extra maintenance windows", Self.extra(x.maintenance), Self.extra(y.maintenance))
        compare(
            "Holiday periods", Self.periods(x.holidayPeriods), Self.periods(y.holidayPeriods))
        let names = Set(x.clocks.map(\.name)).union(y.clocks.map(\.name)).sorted()
        for name in names {
            func clock(_ levels: Appendix.ServiceLevels) -> String {
                levels.clocks.first { $0.name == name }.map { Self.describe($0, businessDays: false) } ?? "not used"
            }
            compare("Clock \(name)", clock(x), clock(y))
        }
        compare("Credit rounding", rounding(x.rounding), rounding(y.rounding))
        compare("Premium items", premium(x.premium), premium(y.premium))
        for (p, q) in zip(Self.commitmentTerms(x), Self.commitmentTerms(y)) { compare(p.term, p.words, q.words) }
        return result
    }

    /// `below 99.99%: 10%; below 99.95%: 15%`.
    static func schedule(_ sla: SLATerms) -> String {
        guard !sla.credits.isEmpty else { return "none" }
        return sla.credits.sorted { $1.below < $0.below }.map { band in
            var text = "below \(Formatting.percent(band.below)): \(Formatting.percent(band.credit))"
            if !band.actions.isEmpty { text += " and \(Wording.list(band.actions.map(Wording.withArticle)))" }
            return text
        }.joined(separator: "; ")
    }

    /// `30 minutes (always clock)`, or `none`.
    static func target(
        _ target: TargetDuration?, _ clock: CalendarName, _ calendars: [CalendarName: CalendarDefinition]
    )
        -> String
    {
        guard let target else { return "none" }
        return "\(describe(target, on: calendars[clock])) on the \(clock) clock"
    }

    /// The standing windows in words, with their zone.
    static func standing(_ levels: Appendix.ServiceLevels) -> String {
        guard !levels.maintenance.standing.isEmpty else { return "none" }
        return Wording.list(levels.maintenance.standing.map(describe)) + ", \(levels.maintenanceZone) time"
    }

    /// `1 a month, at most 4 hours, announced 7 days ahead`.
    static func extra(_ policy: MaintenancePolicy) -> String {
        guard policy.extraPerMonth > 0 else { return "none" }
        return "\(Wording.count(policy.extraPerMonth, "window")) a month, each at most "
            + "\(Wording.hoursAndMinutes(policy.extraMaxDuration)), announced "
            + "\(Wording.daysOrHours(policy.extraNotice)) ahead"
    }

    /// The holiday periods in words.
    static func periods(_ periods: [HolidayPeriod]) -> String {
        periods.isEmpty ? "none" : periods.map(describe).joined(separator: "; ")
    }

    /// `3 items, $220,000.00 a year`.
    func premium(_ items: [Contract.PremiumItem]) -> String {
        guard let total = Appendix.yearlyTotal(items, currency: contract.currency) else { return "none" }
        return "\(Wording.count(items.count, "item")): " + items.map(\.item).joined(separator: "; ")
            + " (\(Formatting.money(total)) a year)"
    }

    /// A table of differences with two named columns.
    static func table(_ differences: [Difference], before: String, after: String) -> AppendixTable {
        AppendixTable(header: ["Term", before, after], rows: differences.map { [$0.term, $0.before, $0.after] })
    }
}
