/// The key of a tier in the catalog (`starter`, `professional`, ...).
public struct TierName: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
