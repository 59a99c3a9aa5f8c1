/// The kind of a customer survey score (RULES.md §7).
public enum SurveyKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Customer satisfaction, 1 to 10.
    case csat
    /// Net promoter score answer, 0 to 10.
    case nps
    /// Customer effort score, 1 to 5.
    case ces

    /// The scores a survey of this kind may give.
    public var scores: ClosedRange<Int> {
        switch self {
        case .csat: return 1...10
        case .nps: return 0...10
        case .ces: return 1...5
        }
    }

    /// The name as written in files.
    public var description: String { rawValue }
}
