import CovenantFormat

/// The support cost shares of revenue that leadership watches.
public struct BudgetThresholds: Sendable, Hashable {
    /// Support cost should stay below this share, in percent.
    public var target: DecimalNumber
    /// Above this share is a red flag, in percent (not below `target`).
    public var redFlag: DecimalNumber

    /// Creates thresholds.
    public init(target: DecimalNumber, redFlag: DecimalNumber) {
        self.target = target
        self.redFlag = redFlag
    }

    /// The status of an exact share in percent: `ok` below the target,
    /// `watch` from the target up to and including the red flag, `red`
    /// above it. No share (no revenue) is `red` when there is a cost and
    /// `ok` when there is none.
    public func status(share: StaffingFraction?, cost: Money) -> BudgetStatus {
        guard let share else { return cost.minorUnits > 0 ? .red : .ok }
        if share < StaffingFraction(target) { return .ok }
        if share > StaffingFraction(redFlag) { return .red }
        return .watch
    }
}
