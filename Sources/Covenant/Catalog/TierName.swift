/// The key of a tier in the catalog (`starter`, `professional`, ...).
public struct TierName: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: TierName, b: TierName) -> Bool { a.rawValue < b.rawValue }
}
