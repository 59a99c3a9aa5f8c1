import CovenantFormat

/// The catalog's survey targets (CATALOG.md `targets:`): the CSAT and NPS a
/// month should reach and the CES it should stay within. A target not set
/// is not judged.
public struct SurveyTargets: Sendable, Hashable {
    /// The lowest mean CSAT (1 to 10) that meets the target.
    public var csat: DecimalNumber?
    /// The lowest NPS (−100 to 100) that meets the target.
    public var nps: DecimalNumber?
    /// The highest mean CES (1 to 5, less effort is better) that meets the target.
    public var ces: DecimalNumber?

    /// Targets; each `nil` when not set.
    public init(csat: DecimalNumber? = nil, nps: DecimalNumber? = nil, ces: DecimalNumber? = nil) {
        self.csat = csat
        self.nps = nps
        self.ces = ces
    }

    /// No targets.
    public static let none = SurveyTargets()

    /// Whether a month's scores meet the targets, per kind: `nil` when the
    /// kind has no target or no score. Scores are compared as shown (cut to
    /// one decimal, RULES.md §7), so a shown 7.9 never meets 8.0.
    public func met(_ surveys: SurveySummary) -> (csat: Bool?, nps: Bool?, ces: Bool?) {
        (
            csat: csat.flatMap { target in surveys.csat.map { !($0 < target) } },
            nps: nps.flatMap { target in surveys.nps.map { !($0 < target) } },
            ces: ces.flatMap { target in surveys.ces.map { !(target < $0) } }
        )
    }
}
