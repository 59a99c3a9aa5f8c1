/// A support ticket's severity, most severe first.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible {
    case critical, high, medium, low

    /// The rank: 0 for critical ... 3 for low.
    public var rank: Int {
        switch self {
        case .critical: return 0
        case .high: return 1
        case .medium: return 2
        case .low: return 3
        }
    }

    /// The name as written in files.
    public var description: String { rawValue }

    /// The name as shown to people: `Critical`.
    public var title: String {
        switch self {
        case .critical: return "Critical"
        case .high: return "High"
        case .medium: return "Medium"
        case .low: return "Low"
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
