import Covenant

extension ExclusionReason {
    /// The reason in words, with its name in files: `abuse (abuse)`. Every
    /// case is worded here, so a new reason cannot vanish from the appendix.
    var words: String {
        switch self {
        case .featureRequest: return "a feature request (feature-request)"
        case .misconfiguration: return "a misconfiguration on the Customer's side (misconfiguration)"
        case .abuse: return "abuse (abuse)"
        case .customerNetwork: return "the Customer's own network (customer-network)"
        case .thirdParty: return "a third party that is the Customer's own provider (third-party)"
        case .deprecatedAPI: return "use of a deprecated API (deprecated-api)"
        case .forceMajeure: return "force majeure (force-majeure)"
        }
    }
}
