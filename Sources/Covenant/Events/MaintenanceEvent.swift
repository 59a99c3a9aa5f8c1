import CovenantFormat

/// A maintenance event from `maintenance.yaml`.
public struct MaintenanceEvent: Sendable, Hashable {
    public var id: String
    public var title: String
    /// Epoch seconds.
    public var start: Int64
    /// Epoch seconds.
    public var end: Int64
    /// When customers were told (a date means 00:00 that day in the file's zone).
    public var announced: Int64
    public var scope: EventScope
    /// Where it is written (the `id` value).
    public var location: SourceLocation
}
