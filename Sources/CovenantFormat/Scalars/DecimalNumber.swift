/// An exact decimal number: `significand × 10^-scale`.
///
/// Read only through ``ScalarReader/decimal(_:)``, which accepts the whole
/// text or nothing (`12abc`, `1e3`, `15,000`, `.5` and `5.` are rejected).
public struct DecimalNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The digits as an integer, sign included.
    public var significand: Int64
    /// How many of the digits are after the decimal point (0...18).
    public var scale: Int

    /// Creates `significand × 10^-scale`.
    public init(significand: Int64, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    /// An integer value.
    public init(_ integer: Int64) {
        self.init(significand: integer, scale: 0)
    }

    /// Zero.
    public static let zero = DecimalNumber(0)

    /// The number scaled to `scale` fraction digits, exactly; `nil` if that
    /// would lose digits or overflow.
    public func significand(atScale target: Int) -> Int64? {
        if target == scale { return significand }
        if target > scale {
            var value = significand
            for _ in scale..<target {
                let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = product
            }
            return value
        }
        var value = significand
        for _ in target..<scale {
            if value % 10 != 0 { return nil }
            value /= 10
        }
        return value
    }

    /// The same number with trailing fraction zeros removed.
    public var normalized: DecimalNumber {
        var result = self
        while result.scale > 0 && result.significand % 10 == 0 {
            result.significand /= 10
            result.scale -= 1
        }
        return result
    }

    /// Whether the number is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The plain text, with exactly `scale` fraction digits (`15000.00`).
    public var description: String { Self.format(Int128(significand), scale: scale) }

    /// Formats an integer `value × 10^-scale` with exactly `scale` fraction digits.
    public static func format(_ value: Int128, scale: Int) -> String {
        let negative = value < 0
        var digits = String(value.magnitude)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative ? "-" + digits : digits
    }

    /// Formats `value × 10^-scale` with trailing fraction zeros (and a bare
    /// point) dropped: `12.50` → `12.5`, `12.00` → `12`.
    public static func formatTrimmed(_ value: Int128, scale: Int) -> String {
        var text = format(value, scale: scale)
        guard scale > 0 else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The value as an exact fraction `numerator / 10^scale` in 128 bits.
    public var numerator: Int128 { Int128(significand) }
    /// `10^scale`.
    public var denominator: Int128 { power10(scale) }

    public static func < (a: DecimalNumber, b: DecimalNumber) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    public static func == (a: DecimalNumber, b: DecimalNumber) -> Bool {
        a.numerator * b.denominator == b.numerator * a.denominator
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.significand)
        hasher.combine(n.scale)
    }
}

/// `10^n` in 128 bits.
@inlinable
public func power10(_ n: Int) -> Int128 {
    var result: Int128 = 1
    for _ in 0..<max(n, 0) { result *= 10 }
    return result
}
