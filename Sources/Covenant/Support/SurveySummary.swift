import CovenantFormat

/// A contract-month's survey figures (RULES.md §7): CSAT and CES means and
/// NPS, each cut toward zero to one decimal, with their counts.
public struct SurveySummary: Sendable, Hashable {
    /// The sum of `csat` scores.
    public var csatTotal: Int = 0
    /// How many `csat` scores.
    public var csatCount: Int = 0
    /// How many `nps` scores of 9 or 10.
    public var promoters: Int = 0
    /// How many `nps` scores of 0 to 6.
    public var detractors: Int = 0
    /// How many `nps` scores.
    public var npsCount: Int = 0
    /// The sum of `ces` scores.
    public var cesTotal: Int = 0
    /// How many `ces` scores.
    public var cesCount: Int = 0

    /// Sums responses.
    public init(_ responses: [SurveyResponse] = []) {
        for response in responses {
            switch response.kind {
            case .csat:
                csatTotal += response.score
                csatCount += 1
            case .nps:
                npsCount += 1
                if response.score >= 9 { promoters += 1 }
                if response.score <= 6 { detractors += 1 }
            case .ces:
                cesTotal += response.score
                cesCount += 1
            }
        }
    }

    /// The mean CSAT, cut toward zero to one decimal; `nil` without scores.
    public var csat: DecimalNumber? { Self.tenths(csatTotal, over: csatCount) }

    /// NPS: percent of 9–10 minus percent of 0–6, cut toward zero to one
    /// decimal (`-12.5`); `nil` without scores.
    public var nps: DecimalNumber? { Self.tenths((promoters - detractors) * 100, over: npsCount) }

    /// The mean CES, cut toward zero to one decimal; `nil` without scores.
    public var ces: DecimalNumber? { Self.tenths(cesTotal, over: cesCount) }

    /// `numerator / count` cut toward zero to tenths, exactly.
    static func tenths(_ numerator: Int, over count: Int) -> DecimalNumber? {
        guard count > 0 else { return nil }
        return DecimalNumber(significand: Int64(numerator * 10 / count), scale: 1)
    }
}
