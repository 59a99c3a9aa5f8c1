/// The id of an incident in `incidents.yaml` (`INC-0205`).
public struct IncidentID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
