/// An instant as written: a date and time, with a UTC offset or local.
///
/// Local instants are resolved against a zone by the domain, which knows
/// which zone a file's local times are in.
public struct InstantText: Sendable, Hashable {
    /// The written date.
    public var date: LocalDate
    /// The written time of day (seconds may be zero).
    public var time: TimeOfDay
    /// Seconds east of UTC when written (`Z` is 0); `nil` for a local time.
    public var utcOffset: Int?

    /// Creates an instant text.
    public init(date: LocalDate, time: TimeOfDay, utcOffset: Int?) {
        self.date = date
        self.time = time
        self.utcOffset = utcOffset
    }

    /// Epoch seconds when an offset was written.
    public var epochSeconds: Int64? {
        guard let utcOffset else { return nil }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(time.seconds) - Int64(utcOffset)
    }
}

/// A duration in a calendar's business units: `2 business days`.
public struct BusinessDuration: Sendable, Hashable {
    /// The unit of a business duration.
    public enum Unit: String, Sendable, Hashable {
        case minutes, hours, days
    }

    /// How many units.
    public var count: Int64
    /// The unit.
    public var unit: Unit

    /// Creates a business duration.
    public init(count: Int64, unit: Unit) {
        self.count = count
        self.unit = unit
    }
}

/// A set of weekdays, ISO numbered (1 Monday ... 7 Sunday).
public struct DaySet: Sendable, Hashable {
    /// The weekdays, ascending.
    public var weekdays: [Int]

    /// Creates a day set.
    public init(weekdays: [Int]) {
        self.weekdays = Array(Set(weekdays)).sorted()
    }

    /// The three-letter names, `mon` ... `sun`.
    public static let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
}
