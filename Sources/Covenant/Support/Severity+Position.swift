extension Severity {
    /// `rank` without building `allCases`: 0 for critical ... 3 for low. Used
    /// on the per-ticket path, where an array allocation per call shows.
    var position: Int {
        switch self {
        case .critical: return 0
        case .high: return 1
        case .medium: return 2
        case .low: return 3
        }
    }
}
