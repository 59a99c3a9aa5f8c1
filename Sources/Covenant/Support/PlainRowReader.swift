import CovenantFormat

/// Reads rows of plain records from their bytes: a row whose every field
/// reads is made without a `String` for its event, instant or severity; any
/// other row is read as ``CheckedRow/init(_:_:_:)`` reads it, for the same
/// messages.
struct PlainRowReader {
    let records: UnsafeBufferPointer<UInt8>
    let columns: TicketRowDecoder.Columns
    let knownContracts: Set<ContractID>?
    /// The contract of the row before, and whether it is known: rows of one contract come together.
    private var lastContract: (text: String, known: Bool)?

    init(records: UnsafeBufferPointer<UInt8>, columns: TicketRowDecoder.Columns, knownContracts: Set<ContractID>?) {
        self.records = records
        self.columns = columns
        self.knownContracts = knownContracts
    }

    /// The event kinds and severities by their UTF-8 names.
    private static let kinds = TicketEventKind.allCases.map { (Array($0.rawValue.utf8), $0) }
    private static let severities = Severity.allCases.map { (Array($0.rawValue.utf8), $0) }

    /// The row of the record starting at `start` (within `records`) with these fields' byte ranges.
    mutating func row(at start: Int, _ fields: UnsafeBufferPointer<Range<Int>>, offsetBy: Int) -> CheckedRow {
        func field(_ column: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: records[fields[column]]) }
        func text(_ column: Int) -> String { String(decoding: field(column), as: UTF8.self) }
        func slow() -> CheckedRow {
            let fields = fields.indices.map(text)
            return CheckedRow(CSVRow(line: 0, fields: fields, offset: start + offsetBy), columns, knownContracts)
        }
        let ticketBytes = field(columns.ticket)
        guard !ticketBytes.isEmpty, let kind = Self.match(field(columns.event), Self.kinds), kind != .excluded,
            let at = RFC3339Instant.parse(bytes: field(columns.at)),
            RFC3339Instant.earliest <= at && at <= RFC3339Instant.latest
        else { return slow() }
        var severity: Severity?
        let severityBytes = field(columns.severity)
        if !severityBytes.isEmpty {
            guard let read = Self.match(severityBytes, Self.severities) else { return slow() }
            severity = read
        } else if kind == .opened || kind == .severity {
            return slow()
        }
        var contract: ContractID?
        let contractBytes = field(columns.contract)
        if !contractBytes.isEmpty {
            let known: Bool
            if let last = lastContract, last.text.utf8.elementsEqual(contractBytes) {
                contract = ContractID(last.text)
                known = last.known
            } else {
                let text = String(decoding: contractBytes, as: UTF8.self)
                contract = ContractID(text)
                known = knownContracts?.contains(ContractID(text)) ?? true
                lastContract = (text, known)
            }
            guard known else { return slow() }
        } else if kind == .opened {
            return slow()
        }
        let event = TicketEvent(kind: kind, at: at, severity: severity, exclusion: nil, note: text(columns.note))
        return CheckedRow(
            ticket: TicketID(String(decoding: ticketBytes, as: UTF8.self)), event: event, opens: kind == .opened,
            contract: contract, at: at, offset: start + offsetBy)
    }

    /// The value whose UTF-8 name is `bytes`.
    private static func match<Value>(_ bytes: UnsafeBufferPointer<UInt8>, _ names: [([UInt8], Value)]) -> Value? {
        for (name, value) in names where name.count == bytes.count && name.elementsEqual(bytes) { return value }
        return nil
    }
}
