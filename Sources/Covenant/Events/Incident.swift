import CovenantFormat

/// An incident from `incidents.yaml`.
public struct Incident: Sendable, Hashable {
    /// Its id, unique across the event files read.
    public var id: IncidentID
    public var title: String
    /// `P1` ... `P4`: reported, not used in arithmetic.
    public var severity: String?
    /// Epoch seconds.
    public var start: Int64
    /// Epoch seconds; `nil` while still open (counts to the end of the period).
    public var end: Int64?
    public var scope: EventScope
    public var cause: IncidentCause
    /// `false` records a degradation that did not breach availability.
    public var countsAsDowntime: Bool
    public var rootCause: String?
    public var fix: String?
    /// Where it is written (the `id` value).
    public var location: SourceLocation

    /// Whether it counts as downtime: a platform cause, not marked otherwise.
    public var counts: Bool { cause.counts && countsAsDowntime }

    /// Whether and why it counts as downtime (RULES.md §4).
    public enum Counting: Sendable, Hashable {
        /// A cause that counts, not marked otherwise.
        case counts
        /// A cause that never counts (`customer-network`, `ddos`, ...).
        case excludedCause
        /// A counting cause recorded with `counts_as_downtime: false`: a
        /// degradation that did not breach availability.
        case notDowntime
    }

    /// Whether and why it counts as downtime.
    public var counting: Counting {
        if !cause.counts { return .excludedCause }
        return countsAsDowntime ? .counts : .notDowntime
    }
}
