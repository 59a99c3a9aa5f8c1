import Covenant
import CovenantFormat

/// How every report writes numbers, instants and durations: one function per
/// kind, the same in every format and on every machine (no locale, no time
/// zone of the machine, no floating point). Words for people are in
/// ``Wording``.
public enum Formatting {
    /// `2026-02-04T18:45:00Z`.
    public static func utc(_ instant: Int64) -> String { RFC3339Instant.utc(instant) }

    /// `2026-01-07 10:45` (with `:SS` when seconds are not zero) in a zone.
    public static func local(_ instant: Int64, _ zone: ZoneRules) -> String {
        let (date, time) = zone.local(instant)
        return date.description + " " + time.description
    }

    /// A decimal without trailing fraction zeros, for data and beside a
    /// written unit: `99.9`, `15`.
    public static func decimal(_ value: DecimalNumber) -> String { value.normalized.description }

    /// A percentage without trailing fraction zeros: `99.9%`, `15%`.
    public static func percent(_ value: DecimalNumber) -> String { "\(value.normalized)%" }

    /// An integer with thousands separated by commas: `2,419,200`.
    public static func grouped<Number: FixedWidthInteger>(_ value: Number) -> String {
        // At most 39 digits, 12 commas and a sign (128 bits).
        String(unsafeUninitializedCapacity: 52) { bytes in
            var count = 0
            if value < 0 {
                bytes[0] = 0x2D
                count = 1
            }
            return writeGrouped(UInt128(value.magnitude), into: bytes, at: count)
        }
    }

    /// An exact quantity with its whole part grouped: `2,419.2`, `216`.
    public static func grouped(_ quantity: AllowedDowntime.Quantity) -> String {
        let fraction = quantity.fractionDigits
        return grouped(quantity.wholePart) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// An amount with its whole part grouped by thousands: `2,250.00`, `-1,000.50`.
    public static func grouped(_ money: Money) -> String { grouped(MoneyTotal(money)) }

    /// A total with its whole part grouped by thousands, as an amount.
    public static func grouped(_ total: MoneyTotal) -> String {
        let digits = total.currency.minorDigits
        let units = total.minorUnits
        let scale = power10(digits)
        let fraction = String(units.magnitude % UInt128(scale))
        let whole = grouped(units.magnitude / UInt128(scale))
        return (units < 0 ? "-" : "") + whole
            + (digits > 0 ? "." + String(repeating: "0", count: digits - fraction.count) + fraction : "")
    }

    /// An amount for people: `$2,250.00` for US dollars, `EUR 2,250.00`
    /// otherwise, a minus sign first.
    public static func money(_ money: Money) -> String { self.money(MoneyTotal(money)) }

    /// A total for people, as an amount: `$50,000,000,000,006,370.97`.
    public static func money(_ total: MoneyTotal) -> String {
        let text = grouped(total)
        guard total.currency.code == "USD" else { return "\(total.currency.code) \(text)" }
        return total.minorUnits < 0 ? "-$" + text.dropFirst() : "$" + text
    }

    /// Seconds as minutes, cut to two decimals, trailing zeros dropped:
    /// `52`, `223.2`, `223.21` (for 13,393 s).
    public static func minutes(_ seconds: Int64) -> String {
        DecimalNumber(significand: seconds * 100 / 60, scale: 2).normalized.description
    }

    /// A wall-clock duration down to seconds, from the largest unit present:
    /// `52m 0s`, `2h 15m 0s`, `3d 4h 0m 0s`.
    public static func duration(_ seconds: Int64) -> String {
        let value = seconds.magnitude
        let days = value / 86_400, hours = value % 86_400 / 3600
        var text = days > 0 ? "\(days)d \(hours)h " : hours > 0 ? "\(hours)h " : ""
        text += "\(value % 3600 / 60)m \(value % 60)s"
        return (seconds < 0 ? "-" : "") + text
    }

    /// A duration on a statement, in the one style every statement figure
    /// uses: hours, minutes and seconds with their units, the zero parts left
    /// out, hours never turned into days (a business day is not 24 hours):
    /// `52 min`, `1 h 30 min`, `32 h`, `11 h 8 min 52 s`, `0 s`.
    public static func span(_ seconds: Int64) -> String {
        let value = seconds.magnitude
        guard value > 0 else { return "0 s" }
        // Written straight into the string's bytes: spans are written by the hundred thousand.
        return String(unsafeUninitializedCapacity: 48) { bytes in
            var count = 0
            func add(_ byte: UInt8) {
                bytes[count] = byte
                count += 1
            }
            if seconds < 0 { add(0x2D) }
            var first = true
            func part(_ amount: UInt64, _ unit: StaticString) {
                guard amount > 0 else { return }
                if !first { add(0x20) }
                first = false
                count = writeGrouped(amount, into: bytes, at: count)
                add(0x20)
                unit.withUTF8Buffer { for byte in $0 { add(byte) } }
            }
            part(value / 3600, "h")
            part(value % 3600 / 60, "min")
            part(value % 60, "s")
            return count
        }
    }

    /// Writes `value` with its thousands separated by commas at `offset`; returns the offset after it.
    private static func writeGrouped<Value: FixedWidthInteger & UnsignedInteger>(
        _ value: Value, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) -> Int {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let end = offset + digits + (digits - 1) / 3
        var index = end - 1
        var remaining = value
        var written = 0
        while true {
            bytes[index] = UInt8(truncatingIfNeeded: 0x30 + remaining % 10)
            remaining /= 10
            written += 1
            if written == digits { break }
            index -= 1
            if written % 3 == 0 {
                bytes[index] = 0x2C
                index -= 1
            }
        }
        return end
    }

    /// An exact duration in the same style, the seconds with the fraction
    /// digits they need: `4 min 26.94 s`, `43 min 12 s`.
    public static func span(_ quantity: AllowedDowntime.Quantity) -> String {
        let whole = Int64(clamping: quantity.wholePart)
        let fraction = quantity.fractionDigits
        guard !fraction.isEmpty else { return span(whole) }
        let seconds = "\(whole % 60).\(fraction) s"
        return whole >= 60 ? span(whole - whole % 60) + " " + seconds : seconds
    }

    /// Wall-clock time to a deadline, for `watch`: its two largest units,
    /// `1d 23h`, `7h 0m`, `30m 0s`, `45s`; once past, `overdue 1d 0h`.
    public static func timeLeft(_ seconds: Int64) -> String {
        let value = seconds.magnitude
        let text: String
        if value >= 86_400 {
            text = "\(value / 86_400)d \(value % 86_400 / 3600)h"
        } else if value >= 3600 {
            text = "\(value / 3600)h \(value % 3600 / 60)m"
        } else if value >= 60 {
            text = "\(value / 60)m \(value % 60)s"
        } else {
            text = "\(value)s"
        }
        return seconds < 0 ? "overdue " + text : text
    }

    /// Working time in hours, minutes and seconds (`55h 0m 0s`, `0h 5m 0s`):
    /// a business day is not 24 hours, so days would mislead.
    public static func hours(_ seconds: Int64) -> String {
        let value = seconds.magnitude
        return (seconds < 0 ? "-" : "") + "\(value / 3600)h \(value % 3600 / 60)m \(value % 60)s"
    }
}
