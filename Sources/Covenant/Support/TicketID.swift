/// A support ticket's identifier as the support desk exports it (`T-1001`).
public struct TicketID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Orders by the bytes of the id, as the support desk sorts its exports.
    public static func < (a: TicketID, b: TicketID) -> Bool {
        a.rawValue.utf8.lexicographicallyPrecedes(b.rawValue.utf8)
    }
}
