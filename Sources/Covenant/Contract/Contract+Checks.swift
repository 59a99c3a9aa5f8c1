import CovenantFormat

extension Contract {
    /// The checks of CONTRACT.md and RULES.md §2 that need the whole
    /// contract and the catalog.
    func check(catalog: Catalog, _ reader: inout SchemaReader) {
        let naturalEnd = renewal?.term.end ?? term.end
        if signed > term.start.adding(days: 366 * 5) {
            reader.warning("signed \(signed), long after the term starts on \(term.start)", at: places.signed ?? .at(0))
        }
        if let ended, ended < term.start || ended > naturalEnd {
            reader.error(
                "ended \(ended) is outside the term (\(term.start) to \(naturalEnd))", at: places.ended ?? .at(0))
        }
        if let renewal, renewal.term.start <= term.end {
            reader.error(
                "the renewal starts on \(renewal.term.start), before the term ends on \(term.end)", at: renewal.range)
        }
        var amendedMonths: Set<LocalMonth> = []
        var amendmentDates: Set<LocalDate> = []
        for amendment in amendments {
            let date = amendment.effective
            if !amendmentDates.insert(date).inserted {
                reader.error(
                    "another amendment already takes effect on \(date); write the changes of one date in one amendment",
                    at: amendment.range)
            }
            if date < term.start || date > naturalEnd {
                reader.error(
                    "amendment effective \(date) is outside the term (\(term.start) to \(naturalEnd))",
                    at: amendment.range)
            } else if date < signed {
                reader.error(
                    "amendment effective \(date) is before the contract was signed on \(signed)", at: amendment.range)
            }
            if date.day != 1 {
                reader.error("amendment effective \(date) is not the first day of a month", at: amendment.range)
            }
            if amendment.monthlyFee != nil { amendedMonths.insert(LocalMonth(date)) }
            if isLocked, date <= term.end, !amendment.overrides.isEmpty {
                reader.error(
                    "amendment effective \(date) changes SLA terms of a locked contract during its initial term "
                        + "(\(term.start) to \(term.end)); only the fee may change",
                    at: amendment.overridesRange ?? amendment.range)
            }
        }
        for change in fees {
            let place = places.feeChanges[change.from] ?? places.fees ?? .at(0)
            if amendedMonths.contains(change.from) {
                reader.error("the fee for \(change.from) is set both in 'fees' and by an amendment", at: place)
            }
            if change.from.lastDay < term.start || change.from.firstDay > naturalEnd {
                reader.error("fee change from \(change.from) is outside the term", at: place)
            }
        }
        checkTerms(catalog: catalog, &reader)
        checkOverrides(catalog: catalog, &reader)
        checkHolidayFiles(&reader)
    }

    /// Checks that every month's terms can be found and compose, and warns
    /// about stricter custom terms without premium items and renewals that
    /// loosen a locked contract.
    private func checkTerms(catalog: Catalog, _ reader: inout SchemaReader) {
        let tierPlace = places.tier ?? .at(0)
        var reported: Set<String> = []
        for day in termChangeDays() {
            do {
                let terms = try terms(on: day, catalog: catalog)
                for message in Self.unmeasurableTargets(terms) where reported.insert(message).inserted {
                    reader.error(message, at: places.overrides ?? tierPlace)
                }
            } catch {
                guard reported.insert(error.message).inserted else { continue }
                if case .listFeeCurrency = error {
                    reader.error(error.message, at: places.currency ?? tierPlace)
                } else {
                    reader.error(error.message, at: tierPlace)
                }
            }
        }
        guard let initial = try? terms(on: term.start, catalog: catalog) else { return }
        let standard = initial.tier.terms
        if premium.isEmpty,
            let stricter = Self.stricterPoint(initial.sla, than: standard, calendars: initial.calendars)
        {
            reader.warning(
                "overrides make \(stricter) stricter than tier '\(tier)' with no premium item to pay for it",
                at: places.overrides ?? tierPlace)
        }
        if isLocked, let renewal, let renewed = try? terms(on: renewal.term.start, catalog: catalog),
            let looser = Self.stricterPoint(initial.sla, than: renewed.sla, calendars: renewed.calendars)
        {
            reader.warning("the renewal loosens \(looser) of the locked contract", at: renewal.range)
        }
    }

    /// The business targets the contract's overrides put on a calendar
    /// that cannot measure them (never open, no business day), each as a
    /// message; those of the tier itself are the catalog's to report.
    static func unmeasurableTargets(_ terms: GoverningTerms) -> [String] {
        let calendars = terms.catalogVersion.calendars
        var messages: [String] = []
        for severity in Severity.allCases {
            let mine = terms.sla.support[severity], standard = terms.tier.terms.support[severity]
            for (metric, target, clock, tierTarget, tierClock) in [
                ("response", mine?.response, terms.sla.responseClock(for: severity), standard?.response,
                    terms.tier.terms.responseClock(for: severity)),
                ("resolution", mine?.resolution, terms.sla.resolutionClock(for: severity), standard?.resolution,
                    terms.tier.terms.resolutionClock(for: severity)),
            ] {
                guard let target, target.isBusiness, let problem = calendars[clock]?.businessTargetProblem,
                    tierTarget?.isBusiness != true || tierClock != clock
                else { continue }
                messages.append(
                    "the \(severity) \(metric) target \(target) needs a calendar with hours; \(problem)")
            }
        }
        return messages
    }

    /// The days of service on which the terms can change: the start, every
    /// anniversary, amendments, fee changes and the renewal.
    func termChangeDays() -> [LocalDate] {
        var days: Set<LocalDate> = [term.start]
        let last = lastDay
        var year = 1
        while true {
            let anniversary = ContractTerm.adding(months: 12 * year, to: term.start)
            if anniversary > last { break }
            days.insert(anniversary)
            year += 1
        }
        for amendment in amendments { days.insert(amendment.effective) }
        for change in fees { days.insert(max(change.from.firstDay, term.start)) }
        if let renewal { days.insert(renewal.term.start) }
        return days.filter { inService(on: $0) }.sorted()
    }

    /// The first target in which `a` is stricter than `b`, named for people.
    static func stricterPoint(_ a: SLATerms, than b: SLATerms, calendars: [CalendarName: CalendarDefinition]) -> String?
    {
        if b.uptime < a.uptime { return "the uptime target (\(a.uptime)% against \(b.uptime)%)" }
        func seconds(_ target: TargetDuration?, _ clock: CalendarName) -> Int64? {
            target.map { $0.workingSeconds(dayLength: calendars[clock]?.businessDayLength ?? 86_400) }
        }
        for severity in Severity.allCases {
            let mine = a.support[severity]
            let theirs = b.support[severity]
            if let x = seconds(mine?.response, a.responseClock(for: severity)),
                let y = seconds(theirs?.response, b.responseClock(for: severity)), x < y
            {
                return "the \(severity) response target (\(mine!.response!) against \(theirs!.response!))"
            }
            if let x = seconds(mine?.resolution, a.resolutionClock(for: severity)) {
                let y = seconds(theirs?.resolution, b.resolutionClock(for: severity))
                if y == nil || x < y! {
                    return
                        "the \(severity) resolution target (\(mine!.resolution!) against "
                            + "\(theirs?.resolution?.description ?? "none"))"
                }
            }
        }
        if b.creditCap < a.creditCap { return "the credit cap (\(a.creditCap)% against \(b.creditCap)%)" }
        return nil
    }
}
