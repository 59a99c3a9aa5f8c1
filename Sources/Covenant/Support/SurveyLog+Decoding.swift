import CovenantFormat

extension SurveyLog {
    /// The columns every `surveys.csv` must have (in any order; others are ignored).
    public static let requiredColumns = ["contract", "at", "kind", "score"]

    /// Whether a CSV header is a `surveys.csv` header: it has the `kind` and `score` columns.
    public static func recognises(header: [String]) -> Bool {
        header.contains("kind") && header.contains("score")
    }

    /// Decodes `surveys.csv` tables, in the order read, into one log. Every
    /// bad row is reported at its line: a contract id no contract has, a
    /// malformed instant, an unknown kind, a score that is not a whole number
    /// or is outside its kind's range, a record with too few or too many
    /// fields. Bad rows are left out; strictly they are errors, with
    /// `lenient` warnings. A missing column is always an error.
    public static func decode(
        _ sources: [(file: SourceFile, table: CSVTable)], knownContracts: Set<ContractID>?, lenient: Bool = false
    ) -> (SurveyLog, [Diagnostic]) {
        var responses: [SurveyResponse] = []
        var diagnostics: [Diagnostic] = []
        var skipped: [SkippedRow] = []
        for (source, (file, table)) in sources.enumerated() {
            let columns = requiredColumns.compactMap { table.column($0) }
            guard columns.count == requiredColumns.count else {
                for name in requiredColumns where table.column(name) == nil {
                    diagnostics.append(.error("missing required column '\(name)' in a surveys file", in: file, .at(0)))
                }
                continue
            }
            let fileStart = diagnostics.count
            var problems: [(source: Int, offset: Int, message: String, contract: ContractID?, instant: Int64?)] = []
            func rowProblem(_ message: String, at offset: Int, contract: ContractID? = nil, instant: Int64? = nil) {
                diagnostics.append(
                    lenient
                        ? .warning(message + "; row skipped", in: file, .at(offset))
                        : .error(message, in: file, .at(offset)))
                problems.append((source, offset, message, contract, instant))
            }
            // Records with too few or too many fields are bad rows like any other,
            // belonging to the contract and instant their fields give.
            for (record, rowError) in zip(table.badRecords, table.rowErrors) {
                let fields = record.fields
                func field(_ index: Int) -> String { columns[index] < fields.count ? fields[columns[index]] : "" }
                let contract = field(0).isEmpty ? nil : ContractID(field(0))
                rowProblem(
                    rowError.message, at: rowError.location.range.start, contract: contract,
                    instant: RFC3339Instant.reading(field(1)).value)
            }
            for row in table.rows {
                func field(_ index: Int) -> String {
                    columns[index] < row.fields.count ? row.fields[columns[index]] : ""
                }
                var messages: [String] = []
                let contractText = field(0)
                if contractText.isEmpty {
                    messages.append("a survey row needs a contract")
                } else if let knownContracts, !knownContracts.contains(ContractID(contractText)) {
                    messages.append("no contract has the id '\(contractText)'")
                }
                let atReading = RFC3339Instant.reading(field(1))
                let at = atReading.value
                switch atReading {
                case .value: break
                case .malformed: messages.append("expected \(RFC3339Instant.expected), found '\(field(1))'")
                case .outOfRange(let allowed): messages.append("expected \(allowed), found '\(field(1))'")
                }
                let kind = SurveyKind(rawValue: field(2))
                if kind == nil {
                    messages.append(
                        "unknown survey kind '\(field(2))'; expected one of "
                            + "\(SurveyKind.allCases.map(\.rawValue).joined(separator: ", "))"
                    )
                }
                let scoreText = field(3)
                let score =
                    scoreText.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && scoreText.utf8.count <= 3
                    ? Int(scoreText) : nil
                let isNegative =
                    scoreText.utf8.count > 1 && scoreText.utf8.first == 0x2D
                    && scoreText.utf8.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                if isNegative, let kind {
                    messages.append(
                        "\(kind) scores are \(kind.scores.lowerBound) to \(kind.scores.upperBound), found \(scoreText)")
                } else if score == nil {
                    messages.append("expected a whole-number score, found '\(scoreText)'")
                } else if let kind, let score, !kind.scores.contains(score) {
                    messages.append(
                        "\(kind) scores are \(kind.scores.lowerBound) to \(kind.scores.upperBound), found \(score)")
                }
                guard messages.isEmpty, let at, let kind, let score else {
                    let contract = contractText.isEmpty ? nil : ContractID(contractText)
                    for message in messages { rowProblem(message, at: row.offset, contract: contract, instant: at) }
                    continue
                }
                responses.append(SurveyResponse(contract: ContractID(contractText), at: at, kind: kind, score: score))
            }
            // In file order, the order of each row's own problems kept.
            let fileDiagnostics = diagnostics[fileStart...].enumerated().sorted {
                ($0.element.location?.range.start ?? 0, $0.offset) < ($1.element.location?.range.start ?? 0, $1.offset)
            }
            diagnostics.replaceSubrange(fileStart..., with: fileDiagnostics.map(\.element))
            if lenient {
                let ordered = problems.enumerated().sorted {
                    ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
                }
                skipped += SkippedRow.rows(ordered.map(\.element), files: sources.map(\.file))
            }
        }
        var log = SurveyLog(responses: responses)
        log.skipped = skipped
        return (log, diagnostics)
    }
}
