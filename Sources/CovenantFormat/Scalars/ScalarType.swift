/// A typed scalar a schema expects: how to read it and how to name it in an
/// error ("expected a percentage like '99.95%', found '99,95%'").
public struct ScalarType<Value>: Sendable {
    /// What was expected, with an example: `a percentage like '99.95%'`.
    public var expected: String
    /// The strict reader.
    public var parse: @Sendable (String) -> Value?

    /// Creates a scalar type.
    public init(expected: String, parse: @escaping @Sendable (String) -> Value?) {
        self.expected = expected
        self.parse = parse
    }
}

extension ScalarType where Value == DecimalNumber {
    /// A decimal number.
    public static var decimal: Self { Self(expected: "a number like '15000.00'", parse: ScalarReader.decimal) }
    /// A percentage.
    public static var percentage: Self {
        Self(expected: "a percentage like '99.95%'", parse: ScalarReader.percentage)
    }
}

extension ScalarType where Value == Int64 {
    /// A wall-clock duration in seconds.
    public static var duration: Self {
        Self(expected: "a duration like '4h' or '1h30m'", parse: ScalarReader.duration)
    }
    /// A non-negative whole number.
    public static var count: Self {
        Self(expected: "a whole number like '12'") { text in
            guard let value = ScalarReader.decimal(text), value.scale == 0, value.significand >= 0,
                !text.hasPrefix("+")
            else { return nil }
            return value.significand
        }
    }
}

extension ScalarType where Value == BusinessDuration {
    /// A business duration.
    public static var businessDuration: Self {
        Self(expected: "a business duration like '2 business days'", parse: ScalarReader.businessDuration)
    }
}

extension ScalarType where Value == LocalDate {
    /// A date.
    public static var date: Self { Self(expected: "a date like '2026-01-15'", parse: ScalarReader.date) }
}

extension ScalarType where Value == LocalMonth {
    /// A month.
    public static var month: Self { Self(expected: "a month like '2026-01'", parse: ScalarReader.month) }
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
        Self(expected: "an instant like '2026-01-15T14:47:00Z' or '2026-01-15 14:47'", parse: ScalarReader.instant)
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
