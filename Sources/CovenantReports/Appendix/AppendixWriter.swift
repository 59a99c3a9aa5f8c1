import Covenant
import CovenantFormat

/// Writes an ``Appendix`` out as an ``AppendixDocument``: the clauses of the
/// service-level section, numbered from a section number.
///
/// The fixed clauses come first, in the order of ``Clause``; a clause follows
/// for each later change of the service levels (a renewal term, an amendment,
/// a catalog version taking effect on an anniversary).
public struct AppendixWriter: Sendable {
    /// The fixed clauses, in order; their numbers are `section.rawValue`.
    enum Clause: Int, CaseIterable {
        case scope = 1
        case fees, availability, allowedDowntime, maintenance, support, holidayPeriods, credits,
            applyingCredits, reporting, exclusions, customTerms, lock
    }

    /// The appendix being written.
    public var appendix: Appendix
    /// The section number.
    public var section: Int

    /// A writer for an appendix under a section number (7 unless told).
    public init(_ appendix: Appendix, section: Int = 7) {
        self.appendix = appendix
        self.section = section
    }

    /// The whole document.
    public func document() -> AppendixDocument {
        var clauses: [AppendixClause] = []
        for clause in Clause.allCases {
            switch clause {
            case .scope: clauses.append(scopeClause())
            case .fees: clauses.append(feesClause())
            case .availability: clauses.append(availabilityClause())
            case .allowedDowntime: clauses.append(allowedDowntimeClause())
            case .maintenance: clauses.append(maintenanceClause())
            case .support: clauses.append(supportClause())
            case .holidayPeriods: clauses.append(holidayPeriodsClause())
            case .credits: clauses.append(creditsClause())
            case .applyingCredits: clauses.append(applyingCreditsClause())
            case .reporting: clauses.append(reportingClause())
            case .exclusions: clauses.append(exclusionsClause())
            case .customTerms: clauses.append(customTermsClause())
            case .lock: clauses.append(lockClause())
            }
        }
        for index in appendix.periods.indices.dropFirst() {
            clauses.append(changeClause(at: index))
        }
        return AppendixDocument(
            section: section, title: "Service levels",
            subtitle: "Service-level section of the master service agreement between \(appendix.provider) "
                + "(the Provider) and \(contract.customer) (the Customer)",
            facts: facts(), clauses: clauses)
    }

    // MARK: - Shared pieces

    var contract: Contract { appendix.contract }
    var initial: Appendix.TermsPeriod { appendix.initial }
    var sla: SLATerms { initial.terms.sla }
    var tierName: String { initial.terms.tier.name }

    /// The number of a fixed clause: `7.5`.
    func number(_ clause: Clause) -> String { "\(section).\(clause.rawValue)" }

    /// The number of the clause for a later period (index into `periods`).
    func number(ofPeriod index: Int) -> String { "\(section).\(Clause.allCases.count + index)" }

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
