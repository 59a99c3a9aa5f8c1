/// Why a ticket does not count toward attainment: the `note` of an
/// `excluded` row (EVENTS.md).
public enum ExclusionReason: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The customer asked for something the product does not do.
    case featureRequest = "feature-request"
    /// The customer's own configuration was wrong.
    case misconfiguration
    /// Abusive use.
    case abuse
    /// The customer's network.
    case customerNetwork = "customer-network"
    /// The customer's own providers.
    case thirdParty = "third-party"
    /// Use of a deprecated API.
    case deprecatedAPI = "deprecated-api"
    /// Events beyond anyone's control.
    case forceMajeure = "force-majeure"

    /// The reason as written in files.
    public var description: String { rawValue }
}
