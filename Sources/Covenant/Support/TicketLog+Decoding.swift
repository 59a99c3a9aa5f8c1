import CovenantFormat

extension TicketLog {
    /// The columns every `tickets.csv` must have (in any order; others are ignored).
    public static let requiredColumns = ["ticket", "contract", "event", "at", "severity", "note"]

    /// Whether a CSV header is a `tickets.csv` header: it has the `ticket` and `event` columns.
    public static func recognises(header: [String]) -> Bool {
        header.contains("ticket") && header.contains("event")
    }

    /// Decodes `tickets.csv` tables, given in the order read, into one log.
    ///
    /// Every bad row is reported at its line: an unknown event, severity or
    /// exclusion reason, a malformed instant, a contract id no contract has, an
    /// `opened` row without contract or severity, an event before its ticket's
    /// `opened`, a second `opened`, a `customer_replied` without a pending
    /// `awaiting_customer`, a contract other than the ticket's, a record with
    /// too few or too many fields. Bad rows are
    /// left out; strictly they are errors, and with `lenient` warnings, so the
    /// rest can still be computed. A missing column is always an error.
    /// - Parameters:
    ///   - sources: each file with its table, in the order read.
    ///   - knownContracts: the ids a row may name (`nil`: any).
    ///   - lenient: report bad rows as warnings instead of errors.
    public static func decode(
        _ sources: [(file: SourceFile, table: CSVTable)], knownContracts: Set<ContractID>?, lenient: Bool = false
    ) -> (TicketLog, [Diagnostic]) {
        var decoder = TicketRowDecoder(knownContracts: knownContracts)
        for (index, source) in sources.enumerated() {
            decoder.read(source.table, file: source.file, source: index)
        }
        return decoder.finish(lenient: lenient)
    }
}

/// A row that passed its own checks, waiting for its ticket's sequence check.
private struct PendingRow {
    var ticket: Int
    var contract: ContractID?
    var event: TicketEvent
    var source: Int
    var offset: Int
}

/// A problem found in a row, to be ordered by file and place.
private struct RowProblem {
    var source: Int
    var offset: Int
    var message: String
    var isRowError: Bool
}

/// The state of decoding: rows read so far and the problems found.
private struct TicketRowDecoder {
    let knownContracts: Set<ContractID>?
    var files: [SourceFile] = []
    var rows: [PendingRow] = []
    var ticketIDs: [TicketID] = []
    var ticketIndexes: [TicketID: Int] = [:]
    var problems: [RowProblem] = []
    /// Where a ticket's `opened` row was rejected, so its other rows can say so.
    var rejectedOpenings: [TicketID: (source: Int, offset: Int)] = [:]

    init(knownContracts: Set<ContractID>?) {
        self.knownContracts = knownContracts
    }

    mutating func read(_ table: CSVTable, file: SourceFile, source: Int) {
        files.append(file)
        var columns: [Int] = []
        for name in TicketLog.requiredColumns {
            if let column = table.column(name) {
                columns.append(column)
            } else {
                problems.append(RowProblem(
                    source: source, offset: 0, message: "missing required column '\(name)' in a tickets file",
                    isRowError: false))
            }
        }
        guard columns.count == TicketLog.requiredColumns.count else { return }
        // Records with too few or too many fields are bad rows like any other.
        for rowError in table.rowErrors {
            problems.append(RowProblem(
                source: source, offset: rowError.location.range.start, message: rowError.message, isRowError: true))
        }
        let (ticketColumn, contractColumn, eventColumn, atColumn, severityColumn, noteColumn) =
            (columns[0], columns[1], columns[2], columns[3], columns[4], columns[5])
        rows.reserveCapacity(rows.count + table.rows.count)
        // A ticket has a few events: reserving for a third of the rows avoids most rehashing.
        ticketIndexes.reserveCapacity(ticketIndexes.count + table.rows.count / 3)
        for row in table.rows {
            func field(_ column: Int) -> String { column < row.fields.count ? row.fields[column] : "" }
            var messages: [String] = []
            let ticketText = field(ticketColumn)
            if ticketText.isEmpty { messages.append("a ticket row needs a ticket id") }
            let eventText = field(eventColumn)
            let kind = TicketEventKind(rawValue: eventText)
            if kind == nil {
                messages.append(
                    "unknown event '\(eventText)'; expected one of \(TicketEventKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let atText = field(atColumn)
            let at = RFC3339Instant.parse(atText)
            if at == nil { messages.append("expected \(RFC3339Instant.expected), found '\(atText)'") }
            let severityText = field(severityColumn)
            var severity: Severity?
            if !severityText.isEmpty {
                severity = Severity(rawValue: severityText)
                if severity == nil {
                    messages.append(
                        "unknown severity '\(severityText)'; expected one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            } else if kind == .opened || kind == .severity {
                messages.append(kind == .opened ? "an 'opened' row needs a severity" : "a 'severity' row needs a severity")
            }
            let contractText = field(contractColumn)
            var contract: ContractID?
            if !contractText.isEmpty {
                contract = ContractID(contractText)
                if let knownContracts, !knownContracts.contains(ContractID(contractText)) {
                    messages.append("no contract has the id '\(contractText)'")
                }
            } else if kind == .opened {
                messages.append("an 'opened' row needs a contract")
            }
            let note = field(noteColumn)
            var exclusion: ExclusionReason?
            if kind == .excluded {
                exclusion = ExclusionReason(rawValue: note)
                if exclusion == nil {
                    messages.append(
                        "an 'excluded' row needs its reason in 'note', one of \(ExclusionReason.allCases.map(\.rawValue).joined(separator: ", ")); found '\(note)'"
                    )
                }
            }
            guard messages.isEmpty, let kind, let at else {
                if kind == .opened && !ticketText.isEmpty && rejectedOpenings[TicketID(ticketText)] == nil {
                    rejectedOpenings[TicketID(ticketText)] = (source, row.offset)
                }
                for message in messages {
                    problems.append(RowProblem(source: source, offset: row.offset, message: message, isRowError: true))
                }
                continue
            }
            let id = TicketID(ticketText)
            let ticket: Int
            if let known = ticketIndexes[id] {
                ticket = known
            } else {
                ticket = ticketIDs.count
                ticketIndexes[id] = ticket
                ticketIDs.append(id)
            }
            rows.append(PendingRow(
                ticket: ticket, contract: contract,
                event: TicketEvent(kind: kind, at: at, severity: severity, exclusion: exclusion, note: note),
                source: source, offset: row.offset))
        }
    }

    /// Groups rows by ticket, sorts each ticket's events and checks their sequence.
    mutating func finish(lenient: Bool) -> (TicketLog, [Diagnostic]) {
        // A stable counting sort by ticket keeps the order read within each ticket.
        var starts = [Int](repeating: 0, count: ticketIDs.count + 1)
        for row in rows { starts[row.ticket + 1] += 1 }
        for index in ticketIDs.indices { starts[index + 1] += starts[index] }
        var order = [Int](repeating: 0, count: rows.count)
        var next = starts
        for (index, row) in rows.enumerated() {
            order[next[row.ticket]] = index
            next[row.ticket] += 1
        }
        var tickets: [Ticket] = []
        tickets.reserveCapacity(ticketIDs.count)
        for ticket in ticketIDs.indices {
            let group = starts[ticket]..<starts[ticket + 1]
            order[group].sort { (rows[$0].event.at, $0) < (rows[$1].event.at, $1) }
            if let built = check(order[group], id: ticketIDs[ticket]) { tickets.append(built) }
        }
        let sorted = problems.enumerated().sorted {
            ($0.element.source, $0.element.offset, $0.offset) < ($1.element.source, $1.element.offset, $1.offset)
        }
        let diagnostics = sorted.map { _, problem in
            let range = SourceRange.at(problem.offset)
            if lenient && problem.isRowError {
                return Diagnostic.warning(problem.message + "; row skipped", in: files[problem.source], range)
            }
            return Diagnostic.error(problem.message, in: files[problem.source], range)
        }
        return (TicketLog(tickets: tickets), diagnostics)
    }

    /// Checks one ticket's sorted rows, reporting and leaving out those out of sequence.
    private mutating func check(_ group: ArraySlice<Int>, id: TicketID) -> Ticket? {
        var opened: PendingRow?
        var events: [TicketEvent] = []
        events.reserveCapacity(group.count)
        var awaiting = false
        let openedRow = group.first { rows[$0].event.kind == .opened }.map { rows[$0] }
        for index in group {
            let row = rows[index]
            func problem(_ message: String) {
                problems.append(RowProblem(source: row.source, offset: row.offset, message: message, isRowError: true))
            }
            if row.event.kind == .opened {
                if let first = opened {
                    problem("ticket \(id) is opened a second time; it was opened at \(place(first))")
                    continue
                }
                opened = row
                events.append(row.event)
                continue
            }
            guard let first = opened else {
                if let openedRow {
                    problem("'\(row.event.kind)' of ticket \(id) comes before its 'opened' at \(place(openedRow))")
                } else {
                    if let rejected = rejectedOpenings[id] {
                        let line = files[rejected.source].lineAndColumn(of: rejected.offset).line
                        problem("the 'opened' row of ticket \(id) at \(files[rejected.source].path):\(line) has errors")
                    } else {
                        problem("ticket \(id) has no 'opened' row in the files read")
                    }
                }
                continue
            }
            if let contract = row.contract, let owner = first.contract, contract != owner {
                problem("ticket \(id) belongs to contract \(owner) (opened at \(place(first))), not \(contract)")
                continue
            }
            switch row.event.kind {
            case .awaitingCustomer:
                awaiting = true
            case .customerReplied:
                guard awaiting else {
                    problem("'customer_replied' of ticket \(id) without a pending 'awaiting_customer'")
                    continue
                }
                awaiting = false
            default:
                break
            }
            events.append(row.event)
        }
        guard let opened, let contract = opened.contract else { return nil }
        return Ticket(id: id, contract: contract, events: events)
    }

    private func place(_ row: PendingRow) -> String {
        let line = files[row.source].lineAndColumn(of: row.offset).line
        return "\(files[row.source].path):\(line)"
    }
}
