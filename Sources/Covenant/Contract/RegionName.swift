/// A region contracts are in and events are scoped to (`us-west`).
public struct RegionName: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: RegionName, b: RegionName) -> Bool { a.rawValue < b.rawValue }
}
