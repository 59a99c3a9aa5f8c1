import Covenant
import CovenantFormat
import CovenantReports

/// A statement's figures as the record guard compares them: every value of
/// its JSON form (CLI.md), named by its path, in the statement's order.
/// Members are joined with `.`; items of a list are named by their `id` when
/// they have one (`support.tickets[T-1001].response.status`, the `id` itself
/// then left out), else by their position (`credit.actions[0]`). Values are
/// written as in JSON without quotes: `true`, `null`, `2250.00`.
///
/// Stored in the manifest one figure per line, each name written as the
/// number of bytes it shares with the previous name, up to a `.`, `[` or
/// `]`, and the rest: `<shared>\t<rest>\t<value>`. The lists of items with
/// ids (incidents, maintenance, tickets: most of a busy month's figures) are
/// tables instead: a `table` line naming the list and the items' other
/// members, then a `row` line per item with its id and values (the next name
/// after a table shares nothing). `\`, tab, line feed and carriage
/// return are escaped in names and values (`\\`, `\t`, `\n`, `\r`), and the
/// bytes of other controls and of bidirectional controls as `\xHH`, so the
/// file shows them without acting on a terminal. The digest is the SHA-256
/// of the lines.
struct StatementFigures: Sendable {
    /// The stored lines.
    var text: [UInt8]

    /// The figures of a statement's JSON value, every list item a line per
    /// figure (the reference the faster form is tested against).
    init(_ value: JSONValue) {
        var writer = Writer()
        writer.walk(value)
        text = writer.text
    }

    /// The figures of a statement, written straight from it (the same names
    /// and values as its JSON value gives, which a test holds them to), its
    /// incidents, maintenance and tickets as tables.
    init(_ statement: MonthStatement) {
        var writer = Writer()
        writer.text.reserveCapacity(2048 + statement.support.tickets.count * 128)
        writer.write(statement)
        text = writer.text
    }

    /// The columns of the ticket table, as SupportJSON names a ticket's members.
    static let ticketColumns = [
        "severity", "excluded", "response.clock", "response.elapsed_seconds", "response.target_seconds",
        "response.deadline", "response.status", "resolution.clock", "resolution.elapsed_seconds",
        "resolution.paused_seconds", "resolution.target_seconds", "resolution.deadline", "resolution.status",
    ]

    /// Figures read back from stored lines.
    init(stored: [UInt8]) {
        text = stored
    }

    /// The SHA-256 of the stored lines, in hex.
    var digest: String { SHA256.hex(text) }

    /// Each figure's name and value, in order; `nil` when the lines are malformed.
    var pairs: [(name: String, value: String)]? {
        var result: [(name: String, value: String)] = []
        var previous: [UInt8] = []
        var table: (name: [UInt8], columns: [[UInt8]])?
        for line in text.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            if line.starts(with: Self.tableWord) || line.starts(with: Self.rowWord) {
                let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { Self.unescape($0) }
                guard fields.count >= 2 else { return nil }
                if fields[0] == Self.tableWord.dropLast() {
                    table = (fields[1], Array(fields.dropFirst(2)))
                } else {
                    guard let table, fields.count == table.columns.count + 2 else { return nil }
                    let item = table.name + [UInt8(ascii: "[")] + fields[1] + [UInt8(ascii: "]"), UInt8(ascii: ".")]
                    for (column, value) in zip(table.columns, fields.dropFirst(2)) {
                        result.append(
                            (String(decoding: item + column, as: UTF8.self), String(decoding: value, as: UTF8.self)))
                    }
                }
                previous = []
                continue
            }
            let fields = line.split(separator: 0x09, maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let shared = Int(String(decoding: fields[0], as: UTF8.self)),
                shared <= previous.count
            else { return nil }
            let name = Array(previous[..<shared]) + Self.unescape(fields[1])
            result.append(
                (String(decoding: name, as: UTF8.self), String(decoding: Self.unescape(fields[2]), as: UTF8.self)))
            previous = name
        }
        return result
    }

    private static let tableWord = Array("table\t".utf8)
    private static let rowWord = Array("row\t".utf8)

    /// How `old` became `new`, for people: `met true → false`, in the new
    /// statement's order, then what was removed; a list item that appears or
    /// disappears whole is named once (`support.tickets[T-1009] added`).
    static func changes(from old: [(name: String, value: String)], to new: [(name: String, value: String)]) -> [String]
    {
        let oldValues = Dictionary(old.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newValues = Dictionary(new.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let oldItems = Set(old.compactMap { item(of: $0.name) })
        let newItems = Set(new.compactMap { item(of: $0.name) })
        var lines: [String] = []
        var named: Set<String> = []
        for (name, value) in new {
            if let before = oldValues[name] {
                if before != value { lines.append("\(name) \(before) → \(value)") }
            } else if let item = item(of: name), !oldItems.contains(item) {
                if named.insert(item).inserted { lines.append("\(item) added") }
            } else {
                lines.append("\(name) absent → \(value)")
            }
        }
        for (name, value) in old where newValues[name] == nil {
            if let item = item(of: name), !newItems.contains(item) {
                if named.insert(item).inserted { lines.append("\(item) removed") }
            } else {
                lines.append("\(name) \(value) → absent")
            }
        }
        return lines
    }

    /// The list item a name belongs to (`support.tickets[T-1]`), if any.
    private static func item(of name: String) -> String? {
        guard let close = name.firstIndex(of: "]") else { return nil }
        return String(name[...close])
    }

    private static func unescape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(0x5C) else { return Array(bytes) }
        let bytes = Array(bytes)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == 0x5C, index < bytes.count else {
                result.append(byte)
                continue
            }
            let next = bytes[index]
            index += 1
            switch next {
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "x") where index + 2 <= bytes.count:
                let hex = String(decoding: bytes[index..<index + 2], as: UTF8.self)
                if let value = UInt8(hex, radix: 16) {
                    result.append(value)
                    index += 2
                } else {
                    result.append(next)
                }
            default: result.append(next)
            }
        }
        return result
    }

    /// Flattens a JSON value into front-coded lines, reusing one name buffer.
    private struct Writer {
        var text: [UInt8] = []
        var name: [UInt8] = []
        var previous: [UInt8] = []

        init() {
            name.reserveCapacity(256)
            previous.reserveCapacity(256)
        }

        mutating func walk(_ value: JSONValue) {
            switch value {
            case .object(let members):
                walk(members, skipping: nil)
            case .array(let items):
                var seen: Set<String> = []
                let mark = name.count
                for (position, item) in items.enumerated() {
                    name.append(UInt8(ascii: "["))
                    if case .object(let members) = item, let first = members.first, first.0 == "id",
                        case .string(let id) = first.1, items.count == 1 || seen.insert(id).inserted
                    {
                        Self.appendUTF8(id, to: &name)
                        name.append(UInt8(ascii: "]"))
                        walk(members, skipping: "id")
                    } else {
                        DigitWriter.append(Int64(position), to: &name)
                        name.append(UInt8(ascii: "]"))
                        walk(item)
                    }
                    name.removeSubrange(mark...)
                }
            case .string(let string):
                emit { Self.appendEscaped(string, to: &$0) }
            case .integer(let number):
                emit { DigitWriter.append(number, to: &$0) }
            case .bool(let flag):
                emit { $0.append(contentsOf: flag ? Self.trueBytes : Self.falseBytes) }
            case .null:
                emit { $0.append(contentsOf: Self.nullBytes) }
            }
        }

        /// An object's members; an item named by its `id` leaves that member out.
        private mutating func walk(_ members: [(String, JSONValue)], skipping: String?) {
            let mark = name.count
            for (key, member) in members where key != skipping {
                if mark > 0 { name.append(UInt8(ascii: ".")) }
                Self.appendUTF8(key, to: &name)
                walk(member)
                name.removeSubrange(mark...)
            }
        }

        /// A statement's figures, in the order and with the values of StatementJSON and SupportJSON.
        mutating func write(_ statement: MonthStatement) {
            let contract = statement.contract
            let availability = statement.availability
            let credit = statement.credit
            let terms = statement.terms
            string("schema", StatementJSON.schema)
            string("contract", contract.id.rawValue)
            string("customer", contract.customer)
            string("tier", contract.tier.rawValue)
            string("month", statement.month.description)
            string("timezone", contract.zone.identifier)
            string("currency", contract.currency.code)
            for (position, contact) in contract.contacts.enumerated() {
                string("contacts[\(position)].role", contact.role)
                string("contacts[\(position)].address", contact.address)
            }
            string("terms.catalog_version", terms.catalogVersion.version)
            bool("terms.locked", terms.locked)
            string("terms.uptime_target", Formatting.decimal(terms.sla.uptime))
            string("charge", statement.charge.amount.plain)
            optional("invoice.credit_from", statement.invoice.creditFrom?.description)
            string("invoice.credit_applied", statement.invoice.creditApplied.plain)
            string("invoice.net", statement.invoice.net.plain)
            integer("availability.period_seconds", availability.periodSeconds)
            integer("availability.excluded_seconds", availability.excludedSeconds)
            integer("availability.eligible_seconds", availability.eligibleSeconds)
            integer("availability.downtime_seconds", availability.downtimeSeconds)
            string("availability.uptime_exact", availability.uptime.description)
            string("availability.uptime_percent", availability.uptime.percentCut(digits: 4))
            bool("availability.met", statement.met)
            table(
                "availability.incidents", ["severity", "counted_seconds", "cause", "root_cause", "fix"],
                availability.incidents
            ) { entry, writer in
                writer.cell(entry.incident.id.rawValue)
                writer.cell(entry.incident.severity)
                writer.cell { DigitWriter.append(entry.countedSeconds, to: &$0) }
                writer.cell(entry.incident.cause.rawValue)
                writer.cell(entry.incident.rootCause)
                writer.cell(entry.incident.fix)
            }
            table(
                "availability.maintenance", ["excluded_seconds", "downtime_seconds", "reason"], availability.maintenance
            ) {
                entry, writer in
                writer.cell(entry.classification.event.id)
                writer.cell { DigitWriter.append(entry.excludedSeconds, to: &$0) }
                writer.cell { DigitWriter.append(entry.downtimeSeconds, to: &$0) }
                writer.cell(entry.classification.reasonWords)
            }
            optional("credit.band_below", credit.band.map { Formatting.decimal($0.below) })
            string("credit.percent", Formatting.decimal(credit.percent))
            string("credit.amount", credit.amount.plain)
            bool("credit.capped", credit.capped)
            optional("credit.applied_to", credit.appliedTo?.description)
            string("credit.applied", credit.applied.plain)
            string("credit.forfeited", credit.forfeited.plain)
            for (position, action) in credit.actions.enumerated() { string("credit.actions[\(position)]", action) }
            attainment("support.response", statement.support.response)
            attainment("support.resolution", statement.support.resolution)
            table("support.tickets", StatementFigures.ticketColumns, statement.support.tickets) { ticket, writer in
                writer.cell(ticket.id.rawValue)
                writer.cell(ticket.severity.rawValue)
                writer.cell(ticket.exclusion?.rawValue)
                writer.clock(ticket.response, paused: false)
                writer.clock(ticket.resolution, paused: true)
            }
            let surveys = statement.surveys
            optional("surveys.csat", surveys.csat?.description)
            integer("surveys.csat_count", Int64(surveys.csatCount))
            optional("surveys.nps", surveys.nps?.description)
            integer("surveys.nps_count", Int64(surveys.npsCount))
            optional("surveys.ces", surveys.ces?.description)
            integer("surveys.ces_count", Int64(surveys.cesCount))
            for (position, row) in statement.skippedRows.enumerated() {
                string("skipped_rows[\(position)].file", row.file)
                integer("skipped_rows[\(position)].line", Int64(row.line))
                for (index, reason) in row.reasons.enumerated() {
                    string("skipped_rows[\(position)].reasons[\(index)]", reason)
                }
            }
            for (position, note) in statement.notes.enumerated() { string("warnings[\(position)]", note.words) }
        }

        private mutating func attainment(_ prefix: String, _ attainment: Attainment) {
            integer(prefix + ".met", Int64(attainment.met))
            integer(prefix + ".missed", Int64(attainment.missed))
            integer(prefix + ".pending", Int64(attainment.pending))
            optional(prefix + ".attainment", attainment.percent?.description)
            string(prefix + ".target", Formatting.decimal(attainment.target))
            if let achieved = attainment.achieved {
                bool(prefix + ".achieved", achieved)
            } else {
                optional(prefix + ".achieved", nil)
            }
        }

        private mutating func named(_ path: String) {
            name.removeAll(keepingCapacity: true)
            Self.appendUTF8(path, to: &name)
        }

        private mutating func string(_ path: String, _ value: String) {
            named(path)
            emit { Self.appendEscaped(value, to: &$0) }
        }

        private mutating func optional(_ path: String, _ value: String?) {
            named(path)
            emit { text in
                if let value { Self.appendEscaped(value, to: &text) } else { text.append(contentsOf: Self.nullBytes) }
            }
        }

        private mutating func integer(_ path: String, _ value: Int64) {
            named(path)
            emit { DigitWriter.append(value, to: &$0) }
        }

        private mutating func bool(_ path: String, _ value: Bool) {
            named(path)
            emit { $0.append(contentsOf: value ? Self.trueBytes : Self.falseBytes) }
        }

        /// A list whose items have ids, as a table: the items' other members as columns.
        private mutating func table<Item>(
            _ path: String, _ columns: [String], _ items: [Item], row: (Item, inout Writer) -> Void
        ) {
            guard !items.isEmpty else { return }
            text.append(contentsOf: StatementFigures.tableWord)
            text.append(contentsOf: path.utf8)
            for column in columns {
                text.append(0x09)
                text.append(contentsOf: column.utf8)
            }
            text.append(0x0A)
            for item in items {
                text.append(contentsOf: StatementFigures.rowWord.dropLast())
                row(item, &self)
                text.append(0x0A)
            }
            previous.removeAll(keepingCapacity: true)
        }

        /// One cell of a table row.
        private mutating func cell(_ value: String?) {
            text.append(0x09)
            if let value { Self.appendEscaped(value, to: &text) } else { text.append(contentsOf: Self.nullBytes) }
        }

        private mutating func cell(_ value: (inout [UInt8]) -> Void) {
            text.append(0x09)
            value(&text)
        }

        /// A ticket's clock: SupportJSON's members of `response` or `resolution`.
        private mutating func clock(_ measure: ClockMeasure, paused: Bool) {
            cell(measure.clock.rawValue)
            cell { DigitWriter.append(measure.elapsedSeconds, to: &$0) }
            if paused { cell { DigitWriter.append(measure.pausedSeconds, to: &$0) } }
            cell { text in
                if let target = measure.targetSeconds {
                    DigitWriter.append(target, to: &text)
                } else {
                    text.append(contentsOf: Self.nullBytes)
                }
            }
            cell { text in
                if let deadline = measure.deadline {
                    Self.appendUTC(deadline, to: &text)
                } else {
                    text.append(contentsOf: Self.nullBytes)
                }
            }
            cell(measure.status.rawValue)
        }

        /// `2026-02-04T18:45:00Z`, as Formatting.utc writes it.
        private static func appendUTC(_ instant: Int64, to text: inout [UInt8]) {
            let instant = RFC3339Instant.writableInstant(instant)
            let days = instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400
            let seconds = Int(instant - days * 86_400)
            let date = LocalDate(daysSinceEpoch: Int(days))
            DigitWriter.appendPadded(date.year, width: 4, to: &text)
            text.append(UInt8(ascii: "-"))
            DigitWriter.appendPadded(date.month, width: 2, to: &text)
            text.append(UInt8(ascii: "-"))
            DigitWriter.appendPadded(date.day, width: 2, to: &text)
            text.append(UInt8(ascii: "T"))
            DigitWriter.appendPadded(seconds / 3600, width: 2, to: &text)
            text.append(UInt8(ascii: ":"))
            DigitWriter.appendPadded(seconds % 3600 / 60, width: 2, to: &text)
            text.append(UInt8(ascii: ":"))
            DigitWriter.appendPadded(seconds % 60, width: 2, to: &text)
            text.append(UInt8(ascii: "Z"))
        }

        private static let trueBytes = Array("true".utf8)
        private static let falseBytes = Array("false".utf8)
        private static let nullBytes = Array("null".utf8)

        private mutating func emit(_ value: (inout [UInt8]) -> Void) {
            var shared = 0
            let limit = min(name.count, previous.count)
            while shared < limit && name[shared] == previous[shared] { shared += 1 }
            // Whole parts only (up to a `.`, `[` or `]`), so the lines stay readable.
            while shared > 0 && !Self.isBoundary(name[shared - 1]) { shared -= 1 }
            DigitWriter.append(Int64(shared), to: &text)
            text.append(0x09)
            Self.appendEscaped(name[shared...], to: &text)
            text.append(0x09)
            value(&text)
            text.append(0x0A)
            previous.removeAll(keepingCapacity: true)
            previous.append(contentsOf: name)
        }

        private static func isBoundary(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x5B || byte == 0x5D }

        private static func appendUTF8(_ string: String, to text: inout [UInt8]) {
            var string = string
            string.withUTF8 { text.append(contentsOf: $0) }
        }

        private static func appendEscaped(_ string: String, to text: inout [UInt8]) {
            var string = string
            string.withUTF8 { appendEscaped($0[...], to: &text) }
        }

        private static func appendEscaped<Bytes: Collection>(_ bytes: Bytes, to text: inout [UInt8])
        where Bytes.Element == UInt8 {
            let needsEscape = bytes.contains { byte in
                byte == 0x5C || byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
            }
            guard needsEscape else {
                text.append(contentsOf: bytes)
                return
            }
            let bytes = Array(bytes)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x5C: text.append(contentsOf: [0x5C, 0x5C])
                case 0x09: text.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x0A: text.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: text.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                default:
                    // Other controls and the UTF-8 of C1 and bidirectional controls: `\xHH` per byte, so the
                    // manifest shows them without acting on a terminal.
                    let width = byte < 0x20 || byte == 0x7F ? 1 : hiddenSequenceWidth(bytes, at: index)
                    guard width > 0 else {
                        text.append(byte)
                        break
                    }
                    for hidden in bytes[index..<index + width] { appendHex(hidden, to: &text) }
                    index += width
                    continue
                }
                index += 1
            }
        }

        /// The length of the UTF-8 of a C1 or bidirectional control at `index`, or 0.
        private static func hiddenSequenceWidth(_ bytes: [UInt8], at index: Int) -> Int {
            let lead = bytes[index]
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            if lead == 0xC2, (0x80...0x9F).contains(second) { return 2 }
            if lead == 0xD8, second == 0x9C { return 2 }
            if lead == 0xE2, second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) {
                return 3
            }
            if lead == 0xE2, second == 0x81, (0xA6...0xA9).contains(third) { return 3 }
            return 0
        }

        private static func appendHex(_ byte: UInt8, to text: inout [UInt8]) {
            let digits = Array("0123456789ABCDEF".utf8)
            text.append(contentsOf: [0x5C, UInt8(ascii: "x"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }
    }
}
