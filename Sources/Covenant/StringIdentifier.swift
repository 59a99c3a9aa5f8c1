/// A name or id read from files, kept as a type of its own so that a tier
/// name cannot stand where a contract id belongs: the text as written,
/// compared and shown as that text.
public protocol StringIdentifier: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible
where RawValue == String {
    /// The identifier as written.
    init(rawValue: String)
}

extension StringIdentifier {
    /// The identifier as written.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    /// The text as written.
    public var description: String { rawValue }

    /// Orders by the text.
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
