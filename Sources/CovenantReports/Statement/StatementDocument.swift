import Covenant
import CovenantFormat

/// One contract-month's statement ready for any format: the facts every
/// statement renderer lays out, built once from a ``MonthStatement`` by
/// ``StatementWriter``, as ``AppendixDocument`` is for the appendix.
///
/// Figures are kept as numbers, amounts as ``Money`` and instants as epoch
/// seconds with the contract's ``zone``, so that each format writes them its
/// own way; sentences the formats share (notes, maintenance reasons, the
/// explanation's steps) are worded here once. Text from files is plain and
/// each renderer escapes it.
public struct StatementDocument: Sendable, Hashable {
    /// Who, which month, which terms.
    public var heading: Heading
    /// The zone of every local time shown.
    public var zone: ZoneRules
    /// The figures behind the uptime.
    public var availability: Availability
    /// Every incident that touched the month's service.
    public var incidents: [Incident]
    /// Every maintenance window that touched the month's service.
    public var maintenance: [Maintenance]
    /// The month's charge.
    public var charge: MonthlyCharge
    /// The month's invoice: the charge less the credit last month's statement applies to it.
    public var invoice: Invoice
    /// The service credit: the band, the cap's effect, the amount and where it goes.
    public var credit: ServiceCredit
    /// The credit cap, in percent of the charge.
    public var creditCap: DecimalNumber
    /// Support attainment and the month's tickets.
    public var support: Support
    /// The month's survey scores.
    public var surveys: SurveySummary
    /// The month day by day: service and the marks of downtime and maintenance.
    public var timeline: Timeline
    /// What the reader must know beside the figures, in words.
    public var notes: [String]
    /// Every step behind the figures, in words and numbers (`covenant explain`).
    public var steps: [Step]

    /// The parts only some renderers need, built when asked for: the HTML
    /// page's timeline and the explanation's steps.
    public struct Parts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// The month day by day (the HTML page).
        public static let timeline = Parts(rawValue: 1)
        /// The explanation's steps.
        public static let steps = Parts(rawValue: 2)
        /// Every part.
        public static let all: Parts = [.timeline, .steps]
    }

    /// Who, which month, which terms.
    public struct Heading: Sendable, Hashable {
        /// The statement's month.
        public var month: LocalMonth
        /// The customer's name.
        public var customer: String
        /// The contract id.
        public var contract: String
        /// The tier's name for people (`Professional`).
        public var tier: String
        /// The catalog version whose terms govern the month.
        public var catalogVersion: String
        /// Whether a lock pins that version.
        public var locked: Bool
        /// Whether an open incident makes the figures provisional.
        public var provisional: Bool
        /// The contract's contacts (role and address), in file order.
        public var contacts: [Contact]
    }

    /// The figures behind the uptime, in seconds.
    public struct Availability: Sendable, Hashable {
        /// The uptime target, in percent.
        public var target: DecimalNumber
        /// The uptime in percent, cut to four decimals (`99.8710`).
        public var uptime: String
        /// Whether the exact uptime meets the target.
        public var met: Bool
        /// Eligible seconds less downtime: the uptime's numerator.
        public var available: Int64
        /// Seconds in service less excluded maintenance: its denominator.
        public var eligible: Int64
        /// Seconds in service.
        public var period: Int64
        /// Seconds of excluded maintenance.
        public var excluded: Int64
        /// Seconds of downtime.
        public var downtime: Int64
        /// The downtime the target allows over the eligible time, exact.
        public var allowedDowntime: AllowedDowntime.Quantity
    }

    /// One incident's share of the month.
    public struct Incident: Sendable, Hashable {
        /// Its id.
        public var id: String
        /// What happened.
        public var title: String
        /// Its severity as reported (`P2`); `nil` when not given.
        public var severity: String?
        /// When it started (epoch seconds).
        public var start: Int64
        /// When it ended; `nil` while still open.
        public var end: Int64?
        /// Its cause as written in files (`platform`).
        public var cause: String
        /// What caused it, in the operator's words; `nil` when not given.
        public var rootCause: String?
        /// What was done about it; `nil` when not given.
        public var fix: String?
        /// Whether and why it counts as downtime.
        public var counting: Covenant.Incident.Counting
        /// Its seconds inside the month's service.
        public var clipped: Int64
        /// Of those, the seconds counted as downtime.
        public var counted: Int64
    }

    /// One maintenance window's share of the month.
    public struct Maintenance: Sendable, Hashable {
        /// Its id.
        public var id: String
        /// What was done.
        public var title: String
        /// When it started (epoch seconds).
        public var start: Int64
        /// When it ended.
        public var end: Int64
        /// Its seconds excluded from availability in the month's service.
        public var excluded: Int64
        /// Its seconds counted as downtime in the month's service.
        public var downtime: Int64
        /// Why, in words (`standing window; late notice`).
        public var reason: String
    }
}
