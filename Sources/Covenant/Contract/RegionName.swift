/// A region contracts are in and events are scoped to (`us-west`).
public struct RegionName: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
