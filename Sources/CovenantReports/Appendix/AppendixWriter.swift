import Covenant
import CovenantFormat

/// Writes an ``Appendix`` out as an ``AppendixDocument``: the clauses of the
/// service-level section, numbered from a section number.
///
/// The fixed clauses come first, in the order of ``Clause``; a clause whose
/// subject the catalog does not state (its `commitments:` parts) is left out
/// and the numbers close up. A clause follows for each later change of the
/// service levels (a renewal term, an amendment, a catalog version taking
/// effect on an anniversary).
public struct AppendixWriter: Sendable {
    /// The fixed clauses, in order.
    enum Clause: CaseIterable {
        case scope, fees, availability, allowedDowntime, maintenance, maintenanceNotices, incidents, severities,
            channels, support, supportRemedy, holidayPeriods, credits, applyingCredits, reporting, disputes,
            exclusions, customTerms, lock
    }

    /// The appendix being written.
    public var appendix: Appendix
    /// The section number.
    public var section: Int
    /// The fixed clauses this appendix has, in order.
    let clauses: [Clause]

    /// A writer for an appendix under a section number (7 unless told).
    public init(_ appendix: Appendix, section: Int = 7) {
        self.appendix = appendix
        self.section = section
        let commitments = appendix.initial.serviceLevels.commitments
        clauses = Clause.allCases.filter { clause in
            switch clause {
            case .maintenanceNotices: return commitments.maintenanceNotice != nil
            case .incidents: return commitments.incidents != nil
            case .severities: return !commitments.severityDefinitions.isEmpty
            case .channels: return !appendix.initial.serviceLevels.channels.isEmpty
            case .supportRemedy: return commitments.supportRemedy != nil
            case .disputes: return commitments.disputes != nil
            default: return true
            }
        }
    }

    /// The whole document.
    public func document() -> AppendixDocument {
        var clauses: [AppendixClause] = self.clauses.map(clause)
        for index in appendix.periods.indices.dropFirst() {
            clauses.append(changeClause(at: index))
        }
        return AppendixDocument(
            section: section, title: "Service levels",
            subtitle: "Service-level section of the master service agreement between \(appendix.provider) "
                + "(the Provider) and \(contract.customer) (the Customer)",
            facts: facts(), clauses: clauses)
    }

    /// One fixed clause.
    func clause(_ clause: Clause) -> AppendixClause {
        switch clause {
        case .scope: return scopeClause()
        case .fees: return feesClause()
        case .availability: return availabilityClause()
        case .allowedDowntime: return allowedDowntimeClause()
        case .maintenance: return maintenanceClause()
        case .maintenanceNotices: return maintenanceNoticesClause()
        case .incidents: return incidentsClause()
        case .severities: return severitiesClause()
        case .channels: return channelsClause()
        case .support: return supportClause()
        case .supportRemedy: return supportRemedyClause()
        case .holidayPeriods: return holidayPeriodsClause()
        case .credits: return creditsClause()
        case .applyingCredits: return applyingCreditsClause()
        case .reporting: return reportingClause()
        case .disputes: return disputesClause()
        case .exclusions: return exclusionsClause()
        case .customTerms: return customTermsClause()
        case .lock: return lockClause()
        }
    }

    // MARK: - Shared pieces

    var contract: Contract { appendix.contract }
    var initial: Appendix.TermsPeriod { appendix.initial }
    var sla: SLATerms { initial.terms.sla }
    var tierName: String { initial.terms.tier.name }

    /// The number of a fixed clause: `7.5`. Every clause referred to is always present.
    func number(_ clause: Clause) -> String { "\(section).\((clauses.firstIndex(of: clause) ?? 0) + 1)" }

    /// The number of the clause for a later period (index into `periods`).
    func number(ofPeriod index: Int) -> String { "\(section).\(clauses.count + index)" }

    /// `1 February 2026 to 31 January 2028`.
    func span(_ first: LocalDate, _ last: LocalDate) -> String {
        "\(Wording.date(first)) to \(Wording.date(last))"
    }

    /// `(24 months)` when a term is a whole number of months.
    static func length(of term: ContractTerm) -> String? {
        let months = LocalMonth(term.start).months(to: LocalMonth(term.end.adding(days: 1)))
        guard months > 0, ContractTerm.end(start: term.start, months: months) == term.end else { return nil }
        return Wording.count(months, "month")
    }

    /// A term for reading: `1 February 2026 to 31 January 2028 (24 months)`.
    func describe(_ term: ContractTerm) -> String {
        span(term.start, term.end) + (Self.length(of: term).map { " (\($0))" } ?? "")
    }

    /// How amounts are rounded, for reading: `rounded to the nearest 0.01
    /// USD, halves away from zero`.
    func rounding(_ rule: RoundingRule) -> String {
        let unit = "\(DecimalNumber.format(1, scale: contract.currency.minorDigits)) \(contract.currency.code)"
        switch rule {
        case .halfUp: return "rounded to the nearest \(unit), halves away from zero"
        case .halfEven: return "rounded to the nearest \(unit), halves to the even digit"
        case .up: return "rounded up (away from zero) to a whole \(unit)"
        case .down: return "rounded down (toward zero) to a whole \(unit)"
        }
    }

    /// The minimum credit of a set of terms in the contract's currency, `$0.00` for none.
    func minimum(_ sla: SLATerms) -> String {
        guard let minimum = sla.minimumCredit else { return Formatting.money(Money.zero(contract.currency)) }
        return minimum.restated(in: contract.currency).map(Formatting.money)
            ?? "\(minimum.plain) \(minimum.currency.code)"
    }

    /// The facts shown under the title.
    func facts() -> [AppendixDocument.Fact] {
        var facts: [AppendixDocument.Fact] = [
            .init("Customer", contract.customer),
            .init("Provider", appendix.provider),
            .init("Contract", "\(contract.id), signed \(Wording.date(contract.signed))"),
            .init("Service tier", tierName),
            .init("Initial term", describe(contract.term)),
        ]
        if let renewal = contract.renewal {
            facts.append(.init("Renewal term", describe(renewal.term)))
        }
        if let ended = contract.ended {
            facts.append(.init("Last day of service", Wording.date(ended)))
        }
        let version = initial.terms.catalogVersion.version
        facts.append(
            .init(
                "Catalog version",
                initial.terms.locked ? "\(version), locked for the initial term" : "\(version) at the term start"))
        facts.append(.init("Time zone", contract.zone.identifier))
        facts.append(.init("Currency", contract.currency.code))
        if let region = contract.region { facts.append(.init("Region", region.rawValue)) }
        return facts
    }
}
