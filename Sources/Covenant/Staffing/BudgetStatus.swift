/// Where a month's support cost share stands against the thresholds.
public enum BudgetStatus: String, Sendable, Hashable, CaseIterable {
    /// Below the target.
    case ok
    /// From the target up to and including the red flag.
    case watch
    /// Above the red flag.
    case red
}
