/// The roles a staffing plan sizes, named as in scenario files and the
/// budget's JSON.
public enum StaffingRoleName: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Customer success managers, sized by customers per CSM.
    case csm
    /// Support engineers, sized by the human ticket workload.
    case supportEngineer = "support_engineer"
    /// One VP Customer Success, hired when customers first reach a count.
    case vpCustomerSuccess = "vp_customer_success"

    /// The name for people: `Support engineer`.
    public var title: String {
        switch self {
        case .csm: return "CSM"
        case .supportEngineer: return "Support engineer"
        case .vpCustomerSuccess: return "VP Customer Success"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
