import CovenantFormat

/// A weekly standing maintenance window in local time (`sun 02:00-04:00`).
public struct StandingWindow: Sendable, Hashable, CustomStringConvertible {
    /// ISO weekdays the window recurs on.
    public var days: DaySet
    /// The local interval; overnight when the end is not after the start.
    public var interval: LocalInterval
    /// As written.
    public var text: String

    /// Creates a standing window.
    public init(days: DaySet, interval: LocalInterval, text: String) {
        self.days = days
        self.interval = interval
        self.text = text
    }

    public var description: String { text }
}

/// How maintenance enters uptime: standing windows and the extra-window allowance.
public struct MaintenancePolicy: Sendable, Hashable {
    /// Recurring windows that need no notice.
    public var standing: [StandingWindow]
    /// Extra windows allowed per contract month.
    public var extraPerMonth: Int
    /// The longest an extra window may be (seconds).
    public var extraMaxDuration: Int64
    /// How long before its start an extra window must be announced (seconds).
    public var extraNotice: Int64

    /// Creates a policy.
    public init(standing: [StandingWindow], extraPerMonth: Int, extraMaxDuration: Int64, extraNotice: Int64) {
        self.standing = standing
        self.extraPerMonth = extraPerMonth
        self.extraMaxDuration = extraMaxDuration
        self.extraNotice = extraNotice
    }

    /// No maintenance is excluded.
    public static let none = MaintenancePolicy(standing: [], extraPerMonth: 0, extraMaxDuration: 0, extraNotice: 0)
}
