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
    /// `awaiting_customer`, a contract other than the ticket's. Bad rows are
    /// left out; strictly they are errors, and with `lenient` warnings, so the
    /// rest can still be computed. A missing column is always an error.
    /// - Parameters:
    ///   - sources: each file with its table, in the order read.
    ///   - knownContracts: the ids a row may name (`nil`: any).
    ///   - lenient: report bad rows as warnings instead of errors.
    public static func decode(
        _ sources: [(file: SourceFile, table: CSVTable)], knownContracts: Set<ContractID>?, lenient: Bool = false
    ) -> (TicketLog, [Diagnostic]) {
        var decoder = Decoder(knownContracts: knownContracts)
        for source in sources {
            decoder.add(
                file: source.file, header: source.table.header,
                checked: [Decoder.check(source.table, knownContracts: knownContracts)])
        }
        return decoder.finish(lenient: lenient)
    }

    /// ``decode(_:knownContracts:lenient:)`` in steps, so that a caller can
    /// check rows on several threads (``check(_:rows:knownContracts:)`` is
    /// pure) and let go of each table once added. The same tables give the
    /// same log and diagnostics.
    public struct Decoder: Sendable {
        private var rows: TicketRowDecoder

        /// A decoder for rows that may name `knownContracts` (`nil`: any).
        public init(knownContracts: Set<ContractID>?) {
            rows = TicketRowDecoder(knownContracts: knownContracts)
        }

        /// Rows of a table checked on their own, ready to be added.
        public struct CheckedRows: Sendable {
            var rows: [CheckedRow]

            /// No rows.
            public static let empty = CheckedRows(rows: [])
        }

        /// Checks all the rows of a table on their own; records with too few or
        /// too many fields are bad rows like any other.
        public static func check(
            _ table: CSVTable, knownContracts: Set<ContractID>?, offsetBy: Int = 0
        ) -> CheckedRows {
            var checked = table.rows.withUnsafeBufferPointer {
                check($0, header: table.header, knownContracts: knownContracts, offsetBy: offsetBy)
            }
            guard let columns = TicketRowDecoder.columns(of: table.header) else { return checked }
            for (record, error) in zip(table.badRecords, table.rowErrors) {
                checked.rows.append(
                    CheckedRow(
                        badRecord: record.offset + offsetBy, message: error.message, fields: record.fields, columns))
            }
            return checked
        }

        /// Checks some rows of a table with this header on their own;
        /// `offsetBy` is added to each row's offset (rows of a piece of a
        /// file, parsed on its own, keep their places in the whole file).
        public static func check(
            _ rows: UnsafeBufferPointer<CSVRow>, header: [String], knownContracts: Set<ContractID>?, offsetBy: Int = 0
        ) -> CheckedRows {
            guard let columns = TicketRowDecoder.columns(of: header) else { return CheckedRows(rows: []) }
            var checked: [CheckedRow] = []
            checked.reserveCapacity(rows.count)
            for row in rows {
                var one = CheckedRow(row, columns, knownContracts)
                one.offset += offsetBy
                checked.append(one)
            }
            return CheckedRows(rows: checked)
        }

        /// Checks whole records of a file with this header straight from
        /// their bytes (`records`: the bytes after the header, or a piece of
        /// them ending at a record's end), as ``check(_:knownContracts:offsetBy:)``
        /// checks them once read; `offsetBy` is where `records` starts in its
        /// file. `nil` when a record is not plain CSV (a doubled quote, a
        /// carriage return not before a line feed, an empty line, a wrong
        /// number of fields, invalid UTF-8: ``PlainCSVRecords``): the caller
        /// reads those bytes with ``CSVReader`` instead.
        public static func check(
            records: UnsafeBufferPointer<UInt8>, header: [String], knownContracts: Set<ContractID>?, offsetBy: Int
        ) -> CheckedRows? {
            guard let columns = TicketRowDecoder.columns(of: header) else { return CheckedRows(rows: []) }
            var checked: [CheckedRow] = []
            checked.reserveCapacity(records.count / 48)
            var reader = PlainRowReader(records: records, columns: columns, knownContracts: knownContracts)
            let plain = PlainCSVRecords.forEach(in: records, fieldCount: header.count) { start, fields in
                checked.append(reader.row(at: start, fields, offsetBy: offsetBy))
            }
            return plain ? CheckedRows(rows: checked) : nil
        }

        /// Checks the whole records at `range` of a file, whose header is
        /// `headerBytes` (its line break included) and reads as `header`: from
        /// their bytes where they are plain, else read with ``CSVReader`` as
        /// the header followed by them. Offsets are those of the whole file.
        /// `nil` when those bytes are not valid CSV on their own.
        public static func check(
            piece range: Range<Int>, of file: SourceFile, headerBytes: [UInt8], header: [String],
            knownContracts: Set<ContractID>?
        ) -> CheckedRows? {
            let plain = file.bytes.withUnsafeBufferPointer { whole in
                check(
                    records: UnsafeBufferPointer(rebasing: whole[range]), header: header,
                    knownContracts: knownContracts, offsetBy: range.lowerBound)
            }
            if let plain { return plain }
            let piece = SourceFile(path: file.path, bytes: headerBytes + file.bytes[range])
            guard let table = try? CSVReader.read(piece) else { return nil }
            return check(table, knownContracts: knownContracts, offsetBy: range.lowerBound - headerBytes.count)
        }

        /// Starts the next file read, from its header.
        public mutating func begin(file: SourceFile, header: [String]) {
            rows.begin(file: file, header: header)
        }

        /// Adds rows of the file begun, checked, in order.
        public mutating func add(_ checked: CheckedRows) {
            rows.add(checked)
        }

        /// Adds the next file read, from its header and all its rows checked in order.
        public mutating func add(file: SourceFile, header: [String], checked: [CheckedRows]) {
            begin(file: file, header: header)
            for piece in checked { add(piece) }
        }

        /// Sorts each ticket's events, checks their sequence, and returns the log.
        public mutating func finish(lenient: Bool) -> (TicketLog, [Diagnostic]) {
            prepareSequences()
            return finish(lenient: lenient, pieces: [checkSequences(of: 0..<ticketCount)])
        }

        /// The tickets read so far.
        public var ticketCount: Int { rows.ticketIDs.count }

        /// Groups the rows by ticket, once every row is added, before
        /// ``checkSequences(of:)``.
        public mutating func prepareSequences() {
            rows.group()
        }

        /// Some tickets' events sorted and their sequence checked, on their own.
        public struct Sequences: Sendable {
            var tickets: [Ticket]
            var problems: [RowProblem]
        }

        /// Sorts and checks the tickets at some positions (any thread, after ``prepareSequences()``).
        public func checkSequences(of tickets: Range<Int>) -> Sequences {
            rows.sequences(tickets)
        }

        /// The log from every ticket's sequences, in ticket order.
        public mutating func finish(lenient: Bool, pieces: [Sequences]) -> (TicketLog, [Diagnostic]) {
            rows.finish(lenient: lenient, pieces: pieces)
        }
    }
}

/// One row with its own checks done: what it says, or what is wrong with it.
struct CheckedRow: Sendable {
    var ticket: TicketID
    /// The event, when the row has no problem.
    var event: TicketEvent?
    /// Whether the row is an `opened` one.
    var opens: Bool
    var contract: ContractID?
    /// The row's instant, when it reads.
    var at: Int64?
    var offset: Int
    var messages: [String]

    /// A record that could not be split into the header's fields. Its ticket,
    /// contract and instant are read where its fields reach those columns, so
    /// the statement it belongs to lists it among its skipped rows.
    init(badRecord offset: Int, message: String, fields: [String], _ columns: TicketRowDecoder.Columns) {
        func field(_ column: Int) -> String { column < fields.count ? fields[column] : "" }
        ticket = TicketID(field(columns.ticket))
        // Not taken as the ticket's rejected opening: its fields may be shifted.
        opens = false
        let contractText = field(columns.contract)
        contract = contractText.isEmpty ? nil : ContractID(contractText)
        at = RFC3339Instant.reading(field(columns.at)).value
        self.offset = offset
        messages = [message]
    }

    /// A row with no problem.
    init(ticket: TicketID, event: TicketEvent, opens: Bool, contract: ContractID?, at: Int64, offset: Int) {
        self.ticket = ticket
        self.event = event
        self.opens = opens
        self.contract = contract
        self.at = at
        self.offset = offset
        messages = []
    }

    init(_ row: CSVRow, _ columns: TicketRowDecoder.Columns, _ knownContracts: Set<ContractID>?) {
        func field(_ column: Int) -> String { column < row.fields.count ? row.fields[column] : "" }
        var messages: [String] = []
        let ticketText = field(columns.ticket)
        if ticketText.isEmpty { messages.append("a ticket row needs a ticket id") }
        let eventText = field(columns.event)
        let kind = TicketEventKind(rawValue: eventText)
        if kind == nil {
            messages.append(
                "unknown event '\(eventText)'; expected one of "
                    + TicketEventKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let atText = field(columns.at)
        let atReading = RFC3339Instant.reading(atText)
        let at = atReading.value
        switch atReading {
        case .value: break
        case .malformed: messages.append("expected \(RFC3339Instant.expected), found '\(atText)'")
        case .outOfRange(let allowed): messages.append("expected \(allowed), found '\(atText)'")
        }
        let severityText = field(columns.severity)
        var severity: Severity?
        if !severityText.isEmpty {
            severity = Severity(rawValue: severityText)
            if severity == nil {
                messages.append(
                    "unknown severity '\(severityText)'; expected one of "
                        + Severity.allCases.map(\.rawValue).joined(separator: ", "))
            }
        } else if kind == .opened || kind == .severity {
            messages.append(kind == .opened ? "an 'opened' row needs a severity" : "a 'severity' row needs a severity")
        }
        let contractText = field(columns.contract)
        var contract: ContractID?
        if !contractText.isEmpty {
            contract = ContractID(contractText)
            if let knownContracts, !knownContracts.contains(ContractID(contractText)) {
                messages.append("no contract has the id '\(contractText)'")
            }
        } else if kind == .opened {
            messages.append("an 'opened' row needs a contract")
        }
        let note = field(columns.note)
        var exclusion: ExclusionReason?
        if kind == .excluded {
            exclusion = ExclusionReason(rawValue: note)
            if exclusion == nil {
                messages.append(
                    "an 'excluded' row needs its reason in 'note', one of "
                        + ExclusionReason.allCases.map(\.rawValue).joined(separator: ", ") + "; found '\(note)'")
            }
        }
        self.ticket = TicketID(ticketText)
        if messages.isEmpty, let kind, let at {
            event = TicketEvent(kind: kind, at: at, severity: severity, exclusion: exclusion, note: note)
        }
        self.opens = kind == .opened
        self.contract = contract
        self.at = at
        self.offset = row.offset
        self.messages = messages
    }
}

/// A row that passed its own checks, waiting for its ticket's sequence check.
struct PendingRow: Sendable {
    var ticket: Int
    var contract: ContractID?
    var event: TicketEvent
    var source: Int
    var offset: Int
}

/// A problem found in a row, to be ordered by file and place.
struct RowProblem: Sendable {
    var source: Int
    var offset: Int
    var message: String
    var isRowError: Bool
    /// The row's ticket, contract and instant as far as they read (for a row skipped by `--lenient`).
    var ticket: TicketID?
    var contract: ContractID?
    var at: Int64?
}

/// The state of decoding: rows read so far and the problems found.
struct TicketRowDecoder: Sendable {
    let knownContracts: Set<ContractID>?
    var files: [SourceFile] = []
    var rows: [PendingRow] = []
    var ticketIDs: [TicketID] = []
    var ticketIndexes: [TicketID: Int] = [:]
    /// The ticket of the row added last, and its position.
    var lastTicket: (id: TicketID, index: Int)?
    var problems: [RowProblem] = []
    /// Where a ticket's `opened` row was rejected, so its other rows can say so.
    /// With the contract and instant that row gives, for the rows `--lenient` skips.
    var rejectedOpenings: [TicketID: (source: Int, offset: Int, contract: ContractID?, at: Int64?)] = [:]
    /// The file rows are being added from, and whether it has every required column.
    var source = 0
    var acceptsRows = false
    /// Row positions grouped by ticket, and where each ticket's group starts (``group()``).
    var groupOrder: [Int] = []
    var groupStarts: [Int] = [0]

    init(knownContracts: Set<ContractID>?) {
        self.knownContracts = knownContracts
    }

    /// The positions of the required columns.
    struct Columns {
        var ticket, contract, event, at, severity, note: Int
    }

    /// The required columns of a table, `nil` when one is missing.
    static func columns(of header: [String]) -> Columns? {
        let found = TicketLog.requiredColumns.compactMap { name in header.firstIndex(of: name) }
        guard found.count == TicketLog.requiredColumns.count else { return nil }
        return Columns(
            ticket: found[0], contract: found[1], event: found[2], at: found[3], severity: found[4], note: found[5])
    }

    /// Starts the next file: reports missing columns, after which its rows are ignored.
    mutating func begin(file: SourceFile, header: [String]) {
        source = files.count
        files.append(file)
        acceptsRows = true
        for name in TicketLog.requiredColumns where !header.contains(name) {
            acceptsRows = false
            problems.append(RowProblem(
                source: source, offset: 0, message: "missing required column '\(name)' in a tickets file",
                isRowError: false, ticket: nil, contract: nil, at: nil))
        }
    }

    /// Adds rows of the current file, checked, in order.
    mutating func add(_ checked: TicketLog.Decoder.CheckedRows) {
        guard acceptsRows else { return }
        // Grown geometrically: rows come in many pieces.
        if rows.capacity < rows.count + checked.rows.count {
            rows.reserveCapacity(max(rows.count + checked.rows.count, rows.capacity * 2))
        }
        // A ticket has a few events: room for a third of the rows avoids most rehashing.
        if ticketIndexes.capacity < ticketIndexes.count + checked.rows.count / 3 {
            ticketIndexes.reserveCapacity(max(ticketIndexes.count + checked.rows.count / 3, ticketIndexes.capacity * 2))
        }
        // Rejected openings grow with the bad rows: reserved the same way (a million of them rehashed often).
        let rejecting = checked.rows.reduce(0) { $0 + ($1.event == nil && $1.opens ? 1 : 0) }
        if rejecting > 0 && rejectedOpenings.capacity < rejectedOpenings.count + rejecting {
            rejectedOpenings.reserveCapacity(
                max(rejectedOpenings.count + rejecting, rejectedOpenings.capacity * 2))
        }
        for row in checked.rows {
            guard let event = row.event else {
                if row.opens && !row.ticket.rawValue.isEmpty && rejectedOpenings[row.ticket] == nil {
                    rejectedOpenings[row.ticket] = (source, row.offset, row.contract, row.at)
                }
                for message in row.messages {
                    problems.append(RowProblem(
                        source: source, offset: row.offset, message: message, isRowError: true,
                        ticket: row.ticket.rawValue.isEmpty ? nil : row.ticket, contract: row.contract, at: row.at))
                }
                continue
            }
            let ticket: Int
            if let last = lastTicket, last.id == row.ticket {
                // A ticket's rows often come one after another: no hashing for those.
                ticket = last.index
            } else if let known = ticketIndexes[row.ticket] {
                ticket = known
            } else {
                ticket = ticketIDs.count
                ticketIndexes[row.ticket] = ticket
                ticketIDs.append(row.ticket)
            }
            lastTicket = (row.ticket, ticket)
            rows.append(
                PendingRow(ticket: ticket, contract: row.contract, event: event, source: source, offset: row.offset))
        }
    }

    /// Groups rows by ticket with a stable counting sort, which keeps the order read within each ticket.
    mutating func group() {
        var starts = [Int](repeating: 0, count: ticketIDs.count + 1)
        for row in rows { starts[row.ticket + 1] += 1 }
        for index in ticketIDs.indices { starts[index + 1] += starts[index] }
        var order = [Int](repeating: 0, count: rows.count)
        var next = starts
        for (index, row) in rows.enumerated() {
            order[next[row.ticket]] = index
            next[row.ticket] += 1
        }
        groupStarts = starts
        groupOrder = order
    }

    /// Sorts each ticket's events by time (ties in the order read) and checks their sequence.
    /// Runs on several threads at once: the shared arrays are read through
    /// buffer pointers, so their reference counts are not fought over.
    func sequences(_ range: Range<Int>) -> TicketLog.Decoder.Sequences {
        var tickets: [Ticket] = []
        tickets.reserveCapacity(range.count)
        var problems: [RowProblem] = []
        var group: [Int] = []
        rows.withUnsafeBufferPointer { rows in
            groupOrder.withUnsafeBufferPointer { order in
                groupStarts.withUnsafeBufferPointer { starts in
                    for ticket in range {
                        group.removeAll(keepingCapacity: true)
                        group.append(contentsOf: order[starts[ticket]..<starts[ticket + 1]])
                        group.sort { (rows[$0].event.at, $0) < (rows[$1].event.at, $1) }
                        if let built = check(group[...], rows: rows, id: ticketIDs[ticket], problems: &problems) {
                            tickets.append(built)
                        }
                    }
                }
            }
        }
        return TicketLog.Decoder.Sequences(tickets: tickets, problems: problems)
    }

    /// The log and the diagnostics, from every ticket's sequences in order.
    mutating func finish(lenient: Bool, pieces: [TicketLog.Decoder.Sequences]) -> (TicketLog, [Diagnostic]) {
        var tickets: [Ticket] = []
        tickets.reserveCapacity(ticketIDs.count)
        for piece in pieces {
            tickets += piece.tickets
            problems += piece.problems
        }
        let order = Self.fileOrder(problems)
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(problems.count)
        var skipped = SkippedRow.Collector(files: files)
        let owners = lenient ? readOwners(tickets) : [:]
        let (files, rejected, found) = (files, rejectedOpenings, problems)
        found.withUnsafeBufferPointer { problems in
            for index in order {
                let problem = problems[index]
                let file = files[problem.source]
                let range = SourceRange.at(problem.offset)
                guard lenient && problem.isRowError else {
                    diagnostics.append(.error(problem.message, in: file, range))
                    continue
                }
                diagnostics.append(.warning(problem.message + "; row skipped", in: file, range))
                skipped.add(source: problem.source, offset: problem.offset, message: problem.message) {
                    let owner = problem.ticket.flatMap { Self.owner(of: $0, owners, rejected) }
                    return (owner?.contract ?? problem.contract, owner?.opened ?? problem.at)
                }
            }
        }
        var log = TicketLog(tickets: tickets)
        if lenient { log.skipped = skipped.rows }
        return (log, diagnostics)
    }

    /// The positions of `problems` in file order (by file, offset, then as found).
    private static func fileOrder(_ problems: [RowProblem]) -> [Int] {
        var order = Array(problems.indices)
        problems.withUnsafeBufferPointer { problems in
            func before(_ a: Int, _ b: Int) -> Bool {
                (problems[a].source, problems[a].offset, a) < (problems[b].source, problems[b].offset, b)
            }
            // Rows are mostly added in file order: often nothing to sort.
            if zip(order, order.dropFirst()).allSatisfy({ before($0, $1) }) { return }
            order.sort(by: before)
        }
        return order
    }

    /// The contract and opening instant of each ticket read that a skipped row may name.
    private func readOwners(_ tickets: [Ticket]) -> [TicketID: (contract: ContractID?, opened: Int64?)] {
        var owners: [TicketID: (contract: ContractID?, opened: Int64?)] = [:]
        let rowProblems = problems.reduce(0) { $0 + ($1.isRowError ? 1 : 0) }
        guard rowProblems > 0 else { return owners }
        if tickets.count <= rowProblems {
            // Many bad rows: every ticket is an owner (no set of the named ones to hash).
            owners.reserveCapacity(tickets.count)
            for ticket in tickets { owners[ticket.id] = (ticket.contract, ticket.opened) }
        } else {
            let named = Set(problems.lazy.filter(\.isRowError).compactMap(\.ticket))
            for ticket in tickets where named.contains(ticket.id) {
                owners[ticket.id] = (ticket.contract, ticket.opened)
            }
        }
        return owners
    }

    /// A skipped row's ticket's contract and opening instant: the ticket's when
    /// it was read, else those its first rejected 'opened' row gives.
    private static func owner(
        of ticket: TicketID, _ owners: [TicketID: (contract: ContractID?, opened: Int64?)],
        _ rejected: [TicketID: (source: Int, offset: Int, contract: ContractID?, at: Int64?)]
    ) -> (contract: ContractID?, opened: Int64?)? {
        if !owners.isEmpty, let read = owners[ticket] { return read }
        return rejected[ticket].map { ($0.contract, $0.at) }
    }

    /// Checks one ticket's sorted rows, reporting and leaving out those out of sequence.
    private func check(
        _ group: ArraySlice<Int>, rows: UnsafeBufferPointer<PendingRow>, id: TicketID, problems: inout [RowProblem]
    ) -> Ticket? {
        var opened: PendingRow?
        var events: [TicketEvent] = []
        events.reserveCapacity(group.count)
        var awaiting = false
        let openedRow = group.first { rows[$0].event.kind == .opened }.map { rows[$0] }
        for index in group {
            let row = rows[index]
            func problem(_ message: String) {
                problems.append(RowProblem(
                    source: row.source, offset: row.offset, message: message, isRowError: true, ticket: id,
                    contract: row.contract, at: row.event.at))
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
                        let line = files[rejected.source].line(of: rejected.offset)
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
        let line = files[row.source].line(of: row.offset)
        return "\(files[row.source].path):\(line)"
    }
}
