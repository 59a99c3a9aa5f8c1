import CovenantTestSupport
import Testing

@testable import CovenantFormat

/// The decimal text every report writes (amounts, shares, SVG coordinates),
/// held to its definition: the integer's digits with a point `scale` places
/// from the right, at least one digit before it.
@Suite("Decimal text")
struct DecimalTextTests {
    /// The definition, written the plain way.
    static func reference(_ value: Int128, scale: Int, trimmed: Bool) -> String {
        var digits = String(value.magnitude)
        if scale > 0 {
            if digits.count <= scale { digits = String(repeating: "0", count: scale - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
            if trimmed {
                while digits.hasSuffix("0") { digits.removeLast() }
                if digits.hasSuffix(".") { digits.removeLast() }
            }
        }
        return value < 0 ? "-" + digits : digits
    }

    @Test("worked values", arguments: [
        (Int128(0), 2, "0.00", "0"), (1, 2, "0.01", "0.01"), (-5, 3, "-0.005", "-0.005"),
        (1250, 2, "12.50", "12.5"), (1200, 2, "12.00", "12"), (123_456, 0, "123456", "123456"),
        (-100, 2, "-1.00", "-1"), (Int128.max, 4, "17014118346046923173168730371588410.5727",
                                   "17014118346046923173168730371588410.5727"),
        (Int128.min, 0, "-170141183460469231731687303715884105728", "-170141183460469231731687303715884105728"),
        (7, 5, "0.00007", "0.00007"),
    ])
    func worked(value: Int128, scale: Int, plain: String, trimmed: String) {
        #expect(DecimalNumber.format(value, scale: scale) == plain)
        #expect(DecimalNumber.formatTrimmed(value, scale: scale) == trimmed)
    }

    @Test("random values and scales, small and beyond 64 bits, equal the definition")
    func random() {
        var random = SplitMix64(seed: 0xDEC1_3A1)
        for round in 0..<20_000 {
            let high = round % 4 == 0 ? Int128(Int64(bitPattern: random.next())) << 64 : 0
            let value = high + Int128(Int64(bitPattern: random.next()) >> Int(random.next() % 63))
            let scale = Int(random.next() % 8)
            #expect(DecimalNumber.format(value, scale: scale) == Self.reference(value, scale: scale, trimmed: false))
            #expect(
                DecimalNumber.formatTrimmed(value, scale: scale) == Self.reference(value, scale: scale, trimmed: true))
        }
    }
}
