import CovenantFormat

/// Every version of the tier catalog, oldest first.
public struct Catalog: Sendable, Hashable {
    /// The versions, by `effective` date ascending.
    public private(set) var versions: [CatalogVersion]

    /// Creates a catalog from versions in any order.
    public init(versions: [CatalogVersion]) {
        self.versions = versions.sorted { $0.effective < $1.effective }
    }

    /// The version in force on a date: the latest `effective` on or before it.
    public func version(on date: LocalDate) -> CatalogVersion? {
        versions.last { $0.effective <= date }
    }

    /// A version by its label.
    public func version(named label: String) -> CatalogVersion? {
        versions.first { $0.version == label }
    }

    /// The newest version.
    public var newest: CatalogVersion? { versions.last }

    /// The newest version's zone, for event files and flags that name none;
    /// UTC without a version.
    public var defaultZone: ZoneRules { newest?.zone ?? .utc }
}
