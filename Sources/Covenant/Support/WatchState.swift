/// How close an open ticket's clock is to a breach (`covenant watch`).
public enum WatchState: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Its working time already exceeds the target: the clock is missed.
    case breached
    /// Not breached, but its deadline is at most `warn_before` away (or has
    /// passed while the calendar is closed: it breaches when it reopens).
    case warning
    /// Paused while the customer is asked for something.
    case paused
    /// Excluded from attainment: shown, never flagged.
    case excluded
    /// Running with more than `warn_before` left.
    case onTrack = "on track"

    /// The label shown.
    public var description: String { rawValue }
}
