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
        text(value, scale: scale, trimmed: false)
    }

    /// Formats `value × 10^-scale` with trailing fraction zeros (and a bare
    /// point) dropped: `12.50` → `12.5`, `12.00` → `12`.
    public static func formatTrimmed(_ value: Int128, scale: Int) -> String {
        text(value, scale: scale, trimmed: true)
    }

    /// The digits written once into a byte buffer: every report writes
    /// thousands of amounts and coordinates, so no intermediate strings.
    private static func text(_ value: Int128, scale: Int, trimmed: Bool) -> String {
        let scale = max(scale, 0)
        // At most 39 digits, the zeros before a small fraction, a point and a sign.
        let capacity = 42 + scale
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits in
            String(unsafeUninitializedCapacity: capacity) { buffer in
                write(value, scale: scale, trimmed: trimmed, digits: digits, into: buffer)
            }
        }
    }

    /// Writes the text into `buffer` (its length returned), `digits` as scratch.
    private static func write(
        _ value: Int128, scale: Int, trimmed: Bool, digits: UnsafeMutableBufferPointer<UInt8>,
        into buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var count = 0
        var magnitude = value.magnitude
        if magnitude <= UInt128(UInt64.max) {
            var small = UInt64(magnitude)
            repeat {
                digits[count] = 0x30 + UInt8(small % 10)
                small /= 10
                count += 1
            } while small > 0
        } else {
            repeat {
                digits[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
        }
        // `digits[0..<count]` holds the digits, least significant first;
        // a fraction has `scale` of them and at least one before the point.
        let total = scale > 0 ? max(count, scale + 1) : count
        var fractionEnd = 0
        if trimmed {
            while fractionEnd < scale && (fractionEnd >= count || digits[fractionEnd] == 0x30) { fractionEnd += 1 }
        }
        var written = 0
        if value < 0 {
            buffer[written] = 0x2D
            written += 1
        }
        var position = total - 1
        while position >= fractionEnd {
            if position == scale - 1 && scale > 0 {
                buffer[written] = 0x2E
                written += 1
            }
            buffer[written] = position < count ? digits[position] : 0x30
            written += 1
            position -= 1
        }
        return written
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
