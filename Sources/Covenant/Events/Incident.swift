import CovenantFormat

/// An incident from `incidents.yaml`.
public struct Incident: Sendable, Hashable {
    public var id: String
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
}
