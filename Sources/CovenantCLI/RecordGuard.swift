/// The message of a run that would change records: each contract with
/// what would change, its figures `old → new` in the statement's order
/// (CLI.md: exit 73 unless `--force`).
enum RecordGuard {
    /// One contract's part of a refusal.
    struct Refused: Sendable {
        var contract: String
        var refusal: RecordAction.Refusal?
        /// The figures in the folder's manifest, when it has them.
        var old: StatementFigures?
        /// The figures now, `nil` when the contract has no statement this month any more.
        var new: StatementFigures?
    }

    /// The whole message, contracts in id order.
    static func message(_ refused: [Refused], month: String, folder: String) -> String {
        let unnamed = refused.contains { $0.refusal == .changedUnnamed }
        var lines: [String] = [
            unnamed
                ? "statements for \(month) in \(folder)/ would change for contracts this run does not name; "
                    + "nothing was written (name them too, or run the whole month, "
                    + "so that their records and the month's summary agree):"
                : "statements for \(month) in \(folder)/ would change; nothing was written "
                    + "(rerun with --force to replace them):"
        ]
        for item in refused.sorted(by: { $0.contract.utf8.lexicographicallyPrecedes($1.contract.utf8) }) {
            lines.append(
                "  \(item.contract)\(item.refusal == .changedUnnamed ? " (not named)" : ""): " + describe(item))
        }
        return lines.joined(separator: "\n")
    }

    /// What would change for one contract.
    static func describe(_ item: Refused) -> String {
        guard let new = item.new else { return "no statement for the month any more; its record would be removed" }
        if item.refusal == .added { return "not in the month's record set yet; the summary would gain it" }
        guard let oldPairs = item.old?.pairs, let newPairs = new.pairs else {
            return "its figures would change (the manifest does not hold the old ones)"
        }
        let changes = StatementFigures.changes(from: oldPairs, to: newPairs)
        return changes.isEmpty ? "its figures would change" : changes.joined(separator: "; ")
    }
}
