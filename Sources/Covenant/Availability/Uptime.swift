import CovenantFormat

/// A month's uptime as an exact fraction of seconds:
/// `(eligible − downtime) / eligible`.
public struct Uptime: Sendable, Hashable, CustomStringConvertible {
    /// Available seconds: eligible minus downtime.
    public var numerator: Int64
    /// Eligible seconds; zero means no eligible time (uptime is 100%).
    public var denominator: Int64

    /// Creates an uptime fraction.
    public init(numerator: Int64, denominator: Int64) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Whether the uptime is strictly below a percentage (`99.5` for 99.5%).
    public func isBelow(_ percent: DecimalNumber) -> Bool {
        guard denominator > 0 else { return DecimalNumber(100) < percent }
        // numerator / denominator < p / (100 · 10^s)  ⇔  numerator · 100 · 10^s < p · denominator
        return Int128(numerator) * 100 * percent.denominator < percent.numerator * Int128(denominator)
    }

    /// Whether the uptime meets a target: at or above it, exactly.
    public func meets(_ target: DecimalNumber) -> Bool { !isBelow(target) }

    /// The uptime in percent, cut toward zero to `digits` fraction digits:
    /// 99.49996% with four digits is `99.4999`, never `99.5000`.
    public func percentCut(digits: Int) -> String {
        guard denominator > 0 else { return DecimalNumber.format(100 * power10(digits), scale: digits) }
        let scaled = Int128(numerator) * 100 * power10(digits) / Int128(denominator)
        return DecimalNumber.format(scaled, scale: digits)
    }

    /// `available/eligible`, unreduced.
    public var description: String { "\(numerator)/\(denominator)" }
}
