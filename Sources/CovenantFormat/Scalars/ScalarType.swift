/// A typed scalar a schema expects: how to read it and how to name it in an
/// error ("expected a percentage like '99.95%', found '99,95%'").
public struct ScalarType<Value>: Sendable {
    /// What was expected, with an example: `a percentage like '99.95%'`.
    public var expected: String
    /// The strict reader, saying why a text is refused.
    public var reading: @Sendable (String) -> ScalarReading<Value>

    /// The strict reader: the value, or `nil` when the text is refused.
    public var parse: @Sendable (String) -> Value? {
        let reading = reading
        return { reading($0).value }
    }

    /// Creates a scalar type whose reader tells malformed texts from values out of range.
    public init(expected: String, reading: @escaping @Sendable (String) -> ScalarReading<Value>) {
        self.expected = expected
        self.reading = reading
    }

    /// Creates a scalar type whose reader refuses a text with `nil`.
    public init(expected: String, parse: @escaping @Sendable (String) -> Value?) {
        self.expected = expected
        self.reading = { text in parse(text).map { .value($0) } ?? .malformed }
    }

    /// The same type with a limit: a value `accepts` refuses is out of range,
    /// and `allowed` says what is ("an amount at most 1,000,000,000,000").
    public func limited(to allowed: String, where accepts: @escaping @Sendable (Value) -> Bool) -> ScalarType<Value> {
        let reading = reading
        return ScalarType(expected: expected) { text in
            let read = reading(text)
            if case .value(let value) = read, !accepts(value) { return .outOfRange(allowed: allowed) }
            return read
        }
    }
}

extension ScalarType where Value == DecimalNumber {
    /// A decimal number.
    public static var decimal: Self { Self(expected: "a number like '15000.00'", reading: ScalarReader.decimalReading) }
    /// A percentage.
    public static var percentage: Self {
        Self(expected: "a percentage like '99.95%'", reading: ScalarReader.percentageReading)
    }

    /// A decimal number from `-bound` to `bound`; beyond them out of range, with
    /// `allowed` saying what is. Money amounts read through this with the limit
    /// of FORMAT.md: `.decimal(magnitudeAtMost: 1_000_000_000_000, allowed:
    /// "an amount at most 1,000,000,000,000")`.
    public static func decimal(magnitudeAtMost bound: DecimalNumber, allowed: String) -> Self {
        decimal.limited(to: allowed) { value in
            DecimalNumber(significand: abs(value.significand), scale: value.scale) <= bound
        }
    }
}

extension ScalarType where Value == Int64 {
    /// A wall-clock duration in seconds.
    public static var duration: Self {
        Self(expected: "a duration like '4h' or '1h30m'", reading: ScalarReader.durationReading)
    }
    /// A non-negative whole number.
    public static var count: Self {
        Self(expected: "a whole number like '12'") { text in
            switch ScalarReader.decimalReading(text) {
            case .value(let value):
                guard value.scale == 0, value.significand >= 0, !text.hasPrefix("+") else { return .malformed }
                return .value(value.significand)
            case .malformed: return .malformed
            case .outOfRange(let allowed): return .outOfRange(allowed: allowed)
            }
        }
    }
}

extension ScalarType where Value == BusinessDuration {
    /// A business duration.
    public static var businessDuration: Self {
        Self(expected: "a business duration like '2 business days'", reading: ScalarReader.businessDurationReading)
    }
}

extension ScalarType where Value == LocalDate {
    /// A date.
    public static var date: Self { Self(expected: "a date like '2026-01-15'", reading: ScalarReader.dateReading) }
}

extension ScalarType where Value == LocalMonth {
    /// A month.
    public static var month: Self { Self(expected: "a month like '2026-01'", reading: ScalarReader.monthReading) }
}

extension ScalarType where Value == TimeOfDay {
    /// A time of day.
    public static var timeOfDay: Self {
        Self(expected: "a time of day like '09:00'", parse: ScalarReader.timeOfDay)
    }
}

extension ScalarType where Value == InstantText {
    /// An instant, with an offset or local.
    public static var instant: Self {
        Self(
            expected: "an instant like '2026-01-15T14:47:00Z' or '2026-01-15 14:47'",
            reading: ScalarReader.instantReading)
    }
}

extension ScalarType where Value == DaySet {
    /// A set of weekdays.
    public static var daySet: Self {
        Self(expected: "a day set like 'mon-fri' or 'mon,wed,fri'", parse: ScalarReader.daySet)
    }
}

extension ScalarType where Value == String {
    /// An identifier: letters, digits, `-`, `_`, `.`.
    public static var identifier: Self {
        Self(expected: "an identifier (letters, digits, '-', '_', '.')", parse: ScalarReader.identifier)
    }
    /// An IANA time-zone name.
    public static var timeZoneName: Self {
        Self(expected: "an IANA time zone like 'America/Los_Angeles'", parse: ScalarReader.timeZoneName)
    }
    /// Any text.
    public static var text: Self { Self(expected: "text") { $0 } }
    /// Words for a sentence of a document (a clause of the appendix, a name
    /// in a table): not blank; line breaks and runs of spaces, as a block
    /// scalar (`|`) keeps them, folded to single spaces.
    public static var prose: Self {
        Self(expected: "some words (not blank)") { text in
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            return words.isEmpty ? nil : words.joined(separator: " ")
        }
    }
}

extension ScalarType where Value == Bool {
    /// `true` or `false`.
    public static var boolean: Self {
        Self(expected: "'true' or 'false'") { text in
            switch text {
            case "true": return true
            case "false": return false
            default: return nil
            }
        }
    }
}
