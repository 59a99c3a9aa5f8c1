/// Decimal digits written straight into bytes: the one place outputs
/// (diagnostics, JSON, figures, dates and times) write integers without
/// making a `String` of each.
public enum DigitWriter {
    /// Writes `value` (not negative, at most `width` digits) as exactly `width` digits at `offset`.
    @inline(__always)
    public static func write(_ value: Int, width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
        var rest = value
        var index = offset + width - 1
        while index >= offset {
            bytes[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// Appends `value` in decimal, a `-` first when it is negative.
    public static func append(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(0x2D) }
        appendDigits(value.magnitude, width: 1, to: &bytes)
    }

    /// Appends `value` zero-padded to `width` digits, as ``pad(_:_:)`` writes it.
    public static func appendPadded(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(0x2D) }
        appendDigits(UInt64(value.magnitude), width: width, to: &bytes)
    }

    /// At least `width` digits of `magnitude`, zeros first.
    private static func appendDigits(_ magnitude: UInt64, width: Int, to bytes: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var rest = magnitude
            var count = 0
            repeat {
                buffer[23 - count] = UInt8(truncatingIfNeeded: 0x30 &+ rest % 10)
                rest /= 10
                count += 1
            } while rest > 0 || count < min(width, 24)
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }
}
