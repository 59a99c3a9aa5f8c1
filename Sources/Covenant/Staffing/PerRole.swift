/// One value for each staffing role.
public struct PerRole<Value>: Sendable where Value: Sendable {
    /// The value for customer success managers.
    public var csm: Value
    /// The value for support engineers.
    public var supportEngineer: Value
    /// The value for the VP Customer Success.
    public var vpCustomerSuccess: Value

    /// Creates the three values.
    public init(csm: Value, supportEngineer: Value, vpCustomerSuccess: Value) {
        self.csm = csm
        self.supportEngineer = supportEngineer
        self.vpCustomerSuccess = vpCustomerSuccess
    }

    /// The same value for every role.
    public init(repeating value: Value) {
        self.init(csm: value, supportEngineer: value, vpCustomerSuccess: value)
    }

    /// The value of one role.
    public subscript(role: StaffingRoleName) -> Value {
        get {
            switch role {
            case .csm: return csm
            case .supportEngineer: return supportEngineer
            case .vpCustomerSuccess: return vpCustomerSuccess
            }
        }
        set {
            switch role {
            case .csm: csm = newValue
            case .supportEngineer: supportEngineer = newValue
            case .vpCustomerSuccess: vpCustomerSuccess = newValue
            }
        }
    }

    /// The values transformed role by role.
    public func map<T: Sendable>(_ transform: (StaffingRoleName, Value) throws -> T) rethrows -> PerRole<T> {
        PerRole<T>(
            csm: try transform(.csm, csm), supportEngineer: try transform(.supportEngineer, supportEngineer),
            vpCustomerSuccess: try transform(.vpCustomerSuccess, vpCustomerSuccess))
    }
}

extension PerRole: Equatable where Value: Equatable {}
extension PerRole: Hashable where Value: Hashable {}
