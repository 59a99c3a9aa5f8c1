/// Which contracts an incident or maintenance event touches.
public enum EventScope: Sendable, Hashable, CustomStringConvertible {
    /// Every contract.
    case all
    /// Contracts in one region.
    case region(RegionName)
    /// The listed contracts.
    case contracts([ContractID])

    /// Whether the event applies to a contract.
    public func applies(to contract: Contract) -> Bool {
        switch self {
        case .all: return true
        case .region(let region): return contract.region == region
        case .contracts(let ids): return ids.contains(contract.id)
        }
    }

    /// `all`, `region us-west`, `contracts C-1, C-2`.
    public var description: String {
        switch self {
        case .all: return "all"
        case .region(let region): return "region \(region)"
        case .contracts(let ids): return "contracts " + ids.map(\.rawValue).joined(separator: ", ")
        }
    }
}
