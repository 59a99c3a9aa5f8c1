extension StatementDocument {
    /// The month day by day: which days are in service, and marks for the
    /// downtime and maintenance of each day, in local time.
    public struct Timeline: Sendable, Hashable {
        /// Every day of the month.
        public var days: [Day]
        /// The marks, by event.
        public var marks: [Mark]
    }

    /// A day of the month.
    public struct Day: Sendable, Hashable {
        /// The day of the month (1...31).
        public var day: Int
        /// Its ISO weekday (1 Monday ... 7 Sunday).
        public var weekday: Int
        /// Whether any of it is in service.
        public var inService: Bool
    }

    /// A piece of one day covered by an event.
    public struct Mark: Sendable, Hashable {
        /// What the piece is.
        public enum Kind: String, Sendable, Hashable {
            /// Downtime from incidents.
            case down
            /// Maintenance counted as downtime.
            case maintenanceDown = "maintenance-down"
            /// Maintenance excluded from availability.
            case excluded
            /// An incident that did not count.
            case notCounted = "not-counted"
        }

        /// The day of the month.
        public var day: Int
        /// Seconds after local midnight where it starts.
        public var from: Int
        /// Seconds after local midnight where it ends (86,400 at midnight).
        public var to: Int
        /// What it is.
        public var kind: Kind
        /// The event it belongs to, in words (`INC-0205: API outage (platform)`).
        public var label: String
    }
}
