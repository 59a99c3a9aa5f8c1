/// The id of an incident in `incidents.yaml` (`INC-0205`).
public struct IncidentID: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: IncidentID, b: IncidentID) -> Bool { a.rawValue < b.rawValue }
}
