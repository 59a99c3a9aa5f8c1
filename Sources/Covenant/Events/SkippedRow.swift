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
        var rows: [SkippedRow] = []
        var last: (source: Int, offset: Int)?
        for problem in problems {
            if let last, last == (problem.source, problem.offset) {
                rows[rows.count - 1].reasons.append(problem.message)
                continue
            }
            let file = files[problem.source]
            rows.append(SkippedRow(
                file: file.path, line: file.line(of: problem.offset), reasons: [problem.message],
                contract: problem.contract, instant: problem.instant))
            last = (problem.source, problem.offset)
        }
        return rows
    }
}
