/// What caused an incident; only `platform` counts as downtime.
public enum IncidentCause: String, Sendable, Hashable, CaseIterable {
    /// Ours, including our cloud provider's failures: counts.
    case platform
    case customerMisconfiguration = "customer-misconfiguration"
    case customerNetwork = "customer-network"
    case ddos
    /// The customer's own providers (payment processor, webhook endpoint).
    case thirdParty = "third-party"
    case forceMajeure = "force-majeure"

    /// Whether incidents with this cause count as downtime.
    public var counts: Bool { self == .platform }
}
