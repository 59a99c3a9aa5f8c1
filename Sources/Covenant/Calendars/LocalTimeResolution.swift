/// What a local date and time means in a zone, in epoch seconds.
public enum LocalTimeResolution: Sendable, Hashable {
    /// The local time occurs exactly once.
    case unique(Int64)
    /// The local time is skipped (spring forward); `transition` is the first
    /// instant whose local time is not earlier.
    case gap(transition: Int64)
    /// The local time occurs twice (fall back), `first` before `second`.
    case ambiguous(first: Int64, second: Int64)
}
