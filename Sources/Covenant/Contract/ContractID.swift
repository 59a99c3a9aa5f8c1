/// A contract's unique identifier (`C-2026-014`).
public struct ContractID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
