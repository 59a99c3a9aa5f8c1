import CovenantFormat

/// How required FTE becomes people: steps, the founder and contractor
/// phases, and the hiring ratchet.
public struct StaffingPolicy: Sendable, Hashable {
    /// FTE is staffed in whole multiples of this (positive).
    public var step: DecimalNumber
    /// While total customers are below this, nobody is staffed.
    public var founderUntilCustomers: Int64
    /// While total customers are below this (and the founder no longer
    /// carries the load), CSM capacity is contracted and no support
    /// engineer is hired.
    public var contractorUntilCustomers: Int64
    /// The price of contracted CSM capacity; present when there is a contractor phase.
    public var contractorRate: ContractorRate?
    /// Whether staffed FTE never falls from one month to the next.
    public var neverFire: Bool

    /// Creates a policy.
    public init(
        step: DecimalNumber, founderUntilCustomers: Int64 = 0, contractorUntilCustomers: Int64 = 0,
        contractorRate: ContractorRate? = nil, neverFire: Bool = false
    ) {
        self.step = step
        self.founderUntilCustomers = founderUntilCustomers
        self.contractorUntilCustomers = contractorUntilCustomers
        self.contractorRate = contractorRate
        self.neverFire = neverFire
    }
}
