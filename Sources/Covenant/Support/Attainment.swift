import CovenantFormat

/// Met, missed and pending clocks of one metric against an achievement
/// target: attainment = met / (met + missed) (RULES.md §6).
public struct Attainment: Sendable, Hashable {
    /// Clocks that met their target.
    public var met: Int = 0
    /// Clocks that missed it.
    public var missed: Int = 0
    /// Clocks still running within their target at `as_of` (not counted).
    public var pending: Int = 0
    /// The achievement target, in percent (`95` for 95%).
    public var target: DecimalNumber

    /// No clocks yet, against a target.
    public init(target: DecimalNumber) {
        self.target = target
    }

    /// Adds one clock's status (`none` adds nothing).
    public mutating func count(_ status: ClockStatus) {
        switch status {
        case .met: met += 1
        case .missed: missed += 1
        case .pending: pending += 1
        case .none: break
        }
    }

    /// The clocks counted: met and missed.
    public var counted: Int { met + missed }

    /// Attainment in percent, cut toward zero to one decimal (`90.9` for
    /// 10 of 11); `nil` when nothing was counted.
    public var percent: DecimalNumber? {
        guard counted > 0 else { return nil }
        return DecimalNumber(significand: Int64(met * 1000 / counted), scale: 1)
    }

    /// Whether the exact attainment is at or above the target; `nil` when
    /// nothing was counted.
    public var achieved: Bool? {
        guard counted > 0 else { return nil }
        // met / counted ≥ n / (100 · d)  ⇔  met · 100 · d ≥ n · counted
        return Int128(met) * 100 * target.denominator >= target.numerator * Int128(counted)
    }
}
