/// Where a ticket's clock stands against its target (RULES.md §6).
public enum ClockStatus: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Stopped with working time at most the target.
    case met
    /// Stopped past the target, or still running and already past it at `as_of`.
    case missed
    /// Still running at `as_of` and not yet past the target: not counted.
    case pending
    /// No target for the ticket's severity: not counted.
    case none

    /// The name shown in reports.
    public var description: String { rawValue }

    /// Whether the clock counts toward attainment.
    public var isCounted: Bool { self == .met || self == .missed }
}
