/// Every ticket read from `tickets.csv` files, merged by id, with each
/// ticket's events sorted by time (ties in the order read).
public struct TicketLog: Sendable {
    /// The tickets, by opening instant, then id.
    public private(set) var tickets: [Ticket]
    /// The latest instant any event names (part of the default `as_of`).
    public private(set) var latestInstant: Int64?
    private var indexesByContract: [ContractID: [Int]]
    /// The rows a lenient decoding left out, in file and line order.
    public internal(set) var skipped: [SkippedRow] = []

    /// A log of tickets already validated (each `opened` first, events sorted).
    public init(tickets: [Ticket] = []) {
        // Sorting positions by a precomputed key moves integers, not tickets.
        let opened = tickets.map(\.opened)
        let order = tickets.indices.sorted { a, b in
            opened[a] != opened[b] ? opened[a] < opened[b] : tickets[a].id < tickets[b].id
        }
        let sorted = order.map { tickets[$0] }
        var byContract: [ContractID: [Int]] = [:]
        var latest: Int64?
        for (index, ticket) in sorted.enumerated() {
            byContract[ticket.contract, default: []].append(index)
            latest = max(latest ?? ticket.latestInstant, ticket.latestInstant)
        }
        self.tickets = sorted
        self.latestInstant = latest
        self.indexesByContract = byContract
    }

    /// The tickets of one contract, by opening instant, then id.
    public func tickets(of contract: ContractID) -> [Ticket] {
        (indexesByContract[contract] ?? []).map { tickets[$0] }
    }

    /// Whether no ticket was read.
    public var isEmpty: Bool { tickets.isEmpty }
}
