/// Why a written local time names no single instant in a zone.
public enum LocalTimeError: Error, Sendable, Hashable {
    /// The clocks spring forward over it: it never occurs.
    case skipped
    /// The clocks fall back over it: it occurs twice, `first` before `second`.
    case ambiguous(first: Int64, second: Int64)
}
