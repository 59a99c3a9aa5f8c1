import CovenantFormat

/// A row of `tickets.csv` or `surveys.csv` that `--lenient` left out, with
/// why, and what it belongs to so that the statement it would have counted
/// in can say so.
public struct SkippedRow: Sendable, Hashable {
    /// The file, as its path was given.
    public var file: String
    /// The row's line (1-based).
    public var line: Int
    /// Every problem found in the row, in the words of its diagnostics.
    public var reasons: [String]
    /// The contract it belongs to: its ticket's, else the one the row names
    /// (which may be no contract's id); `nil` when neither is known.
    public var contract: ContractID?
    /// When it belongs: its ticket's opening instant (the ticket's month is
    /// the statement's), else the row's own instant; `nil` when neither is known.
    public var instant: Int64?

    /// Creates a skipped row.
    public init(file: String, line: Int, reasons: [String], contract: ContractID?, instant: Int64?) {
        self.file = file
        self.line = line
        self.reasons = reasons
        self.contract = contract
        self.instant = instant
    }

    /// The rows of problems found at byte offsets of files, one per row
    /// (problems at the same offset are one row's), in file and line order.
    static func rows(
        _ problems: [(source: Int, offset: Int, message: String, contract: ContractID?, instant: Int64?)],
        files: [SourceFile]
    ) -> [SkippedRow] {
        var collector = Collector(files: files)
        for problem in problems {
            collector.add(source: problem.source, offset: problem.offset, message: problem.message) {
                (problem.contract, problem.instant)
            }
        }
        return collector.rows
    }

    /// Gathers skipped rows from problems given in file order: consecutive
    /// problems at one offset are one row's reasons.
    struct Collector {
        let files: [SourceFile]
        private(set) var rows: [SkippedRow] = []
        private var last: (source: Int, offset: Int)?

        init(files: [SourceFile]) {
            self.files = files
        }

        /// Adds a problem; `owner` (the row's contract and instant) is asked
        /// for only when the problem starts a new row.
        mutating func add(
            source: Int, offset: Int, message: String, owner: () -> (contract: ContractID?, instant: Int64?)
        ) {
            if let last, last == (source, offset) {
                rows[rows.count - 1].reasons.append(message)
                return
            }
            last = (source, offset)
            let file = files[source]
            let (contract, instant) = owner()
            rows.append(SkippedRow(
                file: file.path, line: file.line(of: offset), reasons: [message], contract: contract,
                instant: instant))
        }
    }
}
