import CovenantFormat

/// The downtime a monthly availability target allows in a month of whole
/// days: `(1 − target) × days × 86,400 s`, exact.
///
/// 99.5% of a 30-day month allows 12,960 s (216 minutes); 99.9%, 2,592 s
/// (43.2 minutes); 99.95%, 1,296 s (21.6 minutes). The figure is exact for
/// every target a catalog can hold, so it is kept as a decimal with as many
/// fraction digits as it needs rather than rounded.
public struct AllowedDowntime: Sendable, Hashable {
    /// An exact non-negative decimal, `significand × 10^-scale`, with no
    /// trailing fraction zeros.
    public struct Quantity: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The digits as an integer.
        public let significand: Int128
        /// How many of the digits are after the decimal point.
        public let scale: Int

        /// Creates `significand × 10^-scale`, removing trailing fraction zeros.
        public init(significand: Int128, scale: Int) {
            var digits = significand
            var places = scale
            while places > 0 && digits % 10 == 0 {
                digits /= 10
                places -= 1
            }
            self.significand = digits
            self.scale = places
        }

        /// The integer part (toward zero).
        public var wholePart: Int128 { significand / power10(scale) }

        /// The fraction digits, without a point; empty for whole numbers.
        public var fractionDigits: String {
            guard scale > 0 else { return "" }
            let text = String((significand % power10(scale)).magnitude)
            return String(repeating: "0", count: scale - text.count) + text
        }

        /// The plain text with only the fraction digits needed: `216`, `43.2`.
        public var description: String { DecimalNumber.format(significand, scale: scale) }

        public static func < (a: Quantity, b: Quantity) -> Bool {
            let scale = max(a.scale, b.scale)
            return a.significand * power10(scale - a.scale) < b.significand * power10(scale - b.scale)
        }
    }

    /// The availability target, in percent (`99.9`).
    public let target: DecimalNumber
    /// The month's length in whole days.
    public let days: Int
    /// The allowed downtime in seconds.
    public let seconds: Quantity
    /// The allowed downtime in minutes.
    public let minutes: Quantity

    /// The allowed downtime of `target` percent over `days` days; `target`
    /// must be between 0 and 100 and `days` not negative.
    public init(target: DecimalNumber, days: Int) {
        precondition(days >= 0, "a month cannot have a negative number of days")
        precondition(!target.isNegative && target <= DecimalNumber(100), "a target is a share between 0% and 100%")
        self.target = target
        self.days = days
        // (1 − p/100) × days × 86,400 = (100·10^s − n) × days × 86,400 / 10^(s+2)
        let missing = 100 * target.denominator - target.numerator
        seconds = Quantity(significand: missing * Int128(days) * 86_400, scale: target.scale + 2)
        minutes = Quantity(significand: missing * Int128(days) * 1_440, scale: target.scale + 2)
    }

    /// The month's length in seconds.
    public var periodSeconds: Int64 { Int64(days) * 86_400 }

    /// The downtime, in seconds, a target allows over any number of eligible
    /// seconds: `(1 − target) × seconds`, exact (a statement's month with
    /// excluded maintenance or a daylight-saving change).
    public static func seconds(target: DecimalNumber, of eligible: Int64) -> Quantity {
        Quantity(significand: (100 * target.denominator - target.numerator) * Int128(eligible), scale: target.scale + 2)
    }
}
