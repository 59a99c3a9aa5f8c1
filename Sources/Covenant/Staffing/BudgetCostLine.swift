/// The cost lines of a budget month, named as in the budget's JSON.
public enum BudgetCostLine: String, Sendable, Hashable, CaseIterable {
    /// Salaried CSMs.
    case csm
    /// Salaried support engineers.
    case supportEngineer = "support_engineer"
    /// The VP Customer Success.
    case vpCustomerSuccess = "vp_customer_success"
    /// Contracted CSM capacity.
    case contractors
    /// On-call stipends.
    case onCall = "on_call"
    /// Tools.
    case tools

    /// The name for people: `On-call`.
    public var title: String {
        switch self {
        case .csm: return "CSM"
        case .supportEngineer: return "Support engineer"
        case .vpCustomerSuccess: return "VP Customer Success"
        case .contractors: return "Contractors"
        case .onCall: return "On-call"
        case .tools: return "Tools"
        }
    }
}
