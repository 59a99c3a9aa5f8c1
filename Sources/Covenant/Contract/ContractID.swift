/// A contract's unique identifier (`C-2026-014`).
public struct ContractID: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: ContractID, b: ContractID) -> Bool { a.rawValue < b.rawValue }
}
