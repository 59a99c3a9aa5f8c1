import CovenantReports

/// What a statement run does with one contract's record (docs/records.md).
/// Figures settle it: the digest in the manifest says whether they changed,
/// whatever formats the run asks for and whatever the files are named.
enum RecordAction: Sendable, Equatable {
    /// Figures unchanged: the files named are carried over as they are, and
    /// the formats listed (asked for anew, or missing from the folder) written.
    case keep(carry: [String], write: [ReportFormat])
    /// Written in these formats: new to the month, or replaced with `--force`.
    case write([ReportFormat])
    /// In the summary only: a contract not named in a partial run, with no record yet.
    case summaryOnly
    /// Refused: the run stops with exit 73 and writes nothing.
    case refuse(Refusal)

    /// Why a record cannot be written as asked.
    enum Refusal: Sendable, Equatable {
        /// Its figures would change (`--force` replaces it).
        case changed
        /// The month's set has no record for it, so the summary would gain a row (`--force` adds it).
        case added
        /// Its figures would change but a partial run did not name it: its
        /// record and the whole month's summary would disagree, so even
        /// `--force` refuses.
        case changedUnnamed
    }

    /// Decides for one contract.
    /// - Parameters:
    ///   - old: its record in the folder's manifest.
    ///   - digest: its figures' digest now.
    ///   - named: whether the run is for it (every contract, or one named).
    ///   - hasSet: whether the folder holds a record set of this month.
    ///   - present: the names of the files in the folder.
    static func decide(
        contract: String, old: Manifest.Entry?, digest: String, named: Bool, force: Bool, formats: [ReportFormat],
        hasSet: Bool, present: Set<String>
    ) -> RecordAction {
        guard let old else {
            if !hasSet { return named ? .write(formats) : .summaryOnly }
            if !force { return .refuse(.added) }
            return named ? .write(formats) : .summaryOnly
        }
        let recorded = old.files.compactMap { format(of: $0.name, contract: contract) }
        guard old.digest == digest else {
            if !named { return .refuse(.changedUnnamed) }
            if !force { return .refuse(.changed) }
            return .write(union(recorded, formats))
        }
        let carry = old.files.map(\.name).filter { present.contains($0) }
        let missing = recorded.filter { !present.contains(fileName(contract, $0)) }
        let asked = named ? formats.filter { !recorded.contains($0) } : []
        return .keep(carry: carry, write: union(missing, asked))
    }

    /// A statement's file name.
    static func fileName(_ base: String, _ format: ReportFormat) -> String { base + "." + format.fileExtension }

    /// The format of one of a contract's files.
    static func format(of name: String, contract: String) -> ReportFormat? {
        StatementOutputs.formats.first { fileName(contract, $0) == name }
    }

    /// Both lists of formats, in the order formats are written.
    static func union(_ a: [ReportFormat], _ b: [ReportFormat]) -> [ReportFormat] {
        StatementOutputs.formats.filter { a.contains($0) || b.contains($0) }
    }
}
