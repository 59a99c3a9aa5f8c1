/// The name of a calendar in the catalog (`business`, `extended`, ...).
public struct CalendarName: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
