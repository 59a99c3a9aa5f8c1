/// A way the customer reaches support (`{channel: Phone, contact: "+1 …",
/// hours: always, severities: [critical, high]}`).
public struct SupportChannel: Sendable, Hashable {
    /// When a channel is staffed.
    public enum Hours: Sendable, Hashable {
        /// The hours of a catalog calendar.
        case calendar(CalendarName)
        /// Whenever the response clock of the ticket's severity runs (`hours:
        /// response`): the contract's clocks, custom ones included.
        case responseClock
    }

    /// The channel's name (`Email`, `Chat`, `Phone`).
    public var name: String
    /// Where to reach it (an address, a number), when stated.
    public var contact: String?
    /// When it is staffed.
    public var hours: Hours
    /// The severities it takes; empty for all.
    public var severities: [Severity]

    /// Creates a channel.
    public init(name: String, contact: String?, hours: Hours, severities: [Severity] = []) {
        self.name = name
        self.contact = contact
        self.hours = hours
        self.severities = severities
    }
}
