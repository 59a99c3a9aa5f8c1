/// Where a breached clock stands in the catalog's escalation (`watch`):
/// when it breached, whose turn it is and who comes next.
public struct WatchEscalation: Sendable, Hashable {
    /// The instant the clock's working time first exceeded what it allows:
    /// its deadline, or the calendar's next opening after a deadline that fell
    /// at a close (no working time passes while it is closed).
    public var breachedAt: Int64
    /// The level due to act now: the last whose `after` has passed; `nil`
    /// before the first level is due.
    public var current: EscalationLevel?
    /// The next level, `nil` after the last.
    public var next: EscalationLevel?

    /// The escalation of a clock breached at `breachedAt`, seen at `at`.
    public init(breachedAt: Int64, at: Int64, levels: [EscalationLevel]) {
        self.breachedAt = breachedAt
        let elapsed = at - breachedAt
        current = levels.last { $0.after <= elapsed }
        next = levels.first { $0.after > elapsed }
    }

    /// Since when the current level is due.
    public var currentSince: Int64? { current.map { breachedAt + $0.after } }

    /// When the next level is due.
    public var nextAt: Int64? { next.map { breachedAt + $0.after } }
}
