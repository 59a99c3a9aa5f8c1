import CovenantFormat

/// An exact non-integer quantity of the staffing plan (customers per CSM,
/// hours, FTE, shares) as a reduced fraction of 128-bit integers.
///
/// The plan's inputs are bounded when decoded, so no computation over them
/// comes near the 128-bit range.
public struct StaffingFraction: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The numerator; carries the sign.
    public let numerator: Int128
    /// The denominator; always positive.
    public let denominator: Int128

    /// Creates `numerator / denominator`, reduced. `denominator` must not be zero.
    public init(_ numerator: Int128, over denominator: Int128) {
        precondition(denominator != 0, "a fraction needs a non-zero denominator")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        let common = divisor == 0 ? 1 : Int128(divisor)
        self.numerator = sign * numerator / common
        self.denominator = sign * denominator / common
    }

    /// A whole number.
    public init(_ integer: Int64) {
        self.init(Int128(integer), over: 1)
    }

    /// An exact decimal.
    public init(_ decimal: DecimalNumber) {
        self.init(decimal.numerator, over: decimal.denominator)
    }

    /// Zero.
    public static let zero = StaffingFraction(0)
    /// One.
    public static let one = StaffingFraction(1)

    /// Whether the value is exactly zero.
    public var isZero: Bool { numerator == 0 }

    /// The value rounded to `places` fraction digits by `rule`.
    public func decimal(places: Int, rounding rule: RoundingRule) -> DecimalNumber {
        let scaled = rule.divide(numerator * power10(places), by: denominator)
        return DecimalNumber(significand: Int64(clamping: scaled), scale: places)
    }

    /// The exact decimal value without trailing zeros, when the denominator
    /// divides a power of ten no larger than 10^18; `nil` otherwise.
    public var exactDecimal: DecimalNumber? {
        for places in 0...18 where (numerator * power10(places)) % denominator == 0 {
            let significand = numerator * power10(places) / denominator
            guard let value = Int64(exactly: significand) else { return nil }
            return DecimalNumber(significand: value, scale: places)
        }
        return nil
    }

    /// The smallest whole multiple of `step` that is not below this value.
    /// `step` must be positive.
    public func roundedUp(toMultipleOf step: StaffingFraction) -> StaffingFraction {
        StaffingFraction((self / step).ceiling, over: 1) * step
    }

    /// The largest integer not above this value.
    public var floor: Int128 {
        let quotient = numerator / denominator
        return numerator < 0 && numerator % denominator != 0 ? quotient - 1 : quotient
    }

    /// The smallest integer not below this value.
    public var ceiling: Int128 { -(StaffingFraction(-numerator, over: denominator).floor) }

    /// `numerator/denominator` in lowest terms: `11/12`.
    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    public static func + (a: Self, b: Self) -> Self {
        Self(a.numerator * b.denominator + b.numerator * a.denominator, over: a.denominator * b.denominator)
    }

    public static func - (a: Self, b: Self) -> Self {
        Self(a.numerator * b.denominator - b.numerator * a.denominator, over: a.denominator * b.denominator)
    }

    public static func * (a: Self, b: Self) -> Self {
        Self(a.numerator * b.numerator, over: a.denominator * b.denominator)
    }

    /// `a / b`; `b` must not be zero.
    public static func / (a: Self, b: Self) -> Self {
        Self(a.numerator * b.denominator, over: a.denominator * b.numerator)
    }

    public static func < (a: Self, b: Self) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var x = a
        var y = b
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
