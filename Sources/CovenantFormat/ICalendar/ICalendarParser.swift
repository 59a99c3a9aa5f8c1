/// The state of one read of an iCalendar file: components open, the event
/// being read, events and diagnostics found.
struct ICalendarParser {
    let file: SourceFile
    private(set) var events: [ICalendarEvent] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Days closed by the events read so far, counted against ``mostDays``.
    private var daysExpanded = 0

    /// The longest all-day event, in days: a holiday, a school break or a
    /// year-end shutdown lasts weeks, never years.
    static let longestEvent = 366
    /// The most days one file may close, every event and repetition counted
    /// (open-ended rules repeat to 2199): a thousand holidays a year for two
    /// centuries. More is a mistake, and expanding it would cost time and
    /// memory out of all proportion to the file.
    static let mostDays = 200_000

    /// Open components, innermost last, with the line that opened each.
    private var open: [(name: String, start: Int)] = []
    /// The event being read, while inside a `VEVENT` (and not in a component nested in it).
    private var event: PendingEvent?

    /// What a `VEVENT` has said so far.
    struct PendingEvent {
        var begin: SourceRange
        var summary = ""
        var start: (date: LocalDate?, line: ICalendarContentLine)?
        var endLine: ICalendarContentLine?
        var durationDays: (days: Int, line: ICalendarContentLine)?
        var rule: ICalendarYearlyRule?
        var excluded: Set<LocalDate> = []
    }

    init(file: SourceFile) {
        self.file = file
    }

    mutating func run() {
        let invalid = file.bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidByte($0) }
        if let invalid {
            let byte = file.bytes[invalid]
            let hex = String(byte, radix: 16, uppercase: true)
            error("invalid UTF-8: byte 0x\(byte < 16 ? "0" : "")\(hex) does not start a valid sequence", .at(invalid))
            return
        }
        let lines = ICalendarUnfolder.lines(file.bytes)
        guard let first = lines.first else {
            error("not an iCalendar file: it is empty; expected 'BEGIN:VCALENDAR'", .at(0))
            return
        }
        if !String(decoding: first.bytes.prefix(16), as: UTF8.self).uppercased().hasPrefix("BEGIN:VCALENDAR") {
            let found = VisibleText.line(String(decoding: first.bytes.prefix(40), as: UTF8.self))
            error("not an iCalendar file: expected 'BEGIN:VCALENDAR', found '\(found)'", .at(first.pieces[0].source))
            return
        }
        for logical in lines {
            switch ICalendarUnfolder.contentLine(logical) {
            case .failure(.missingName(let offset)):
                error("expected a property name before ':' or ';'", .at(offset))
            case .failure(.missingColon(let offset)):
                error("expected ':' between a property's name and its value", .at(offset))
            case .success(let line):
                if open.isEmpty && !(line.name == "BEGIN" && line.value.uppercased() == "VCALENDAR") {
                    let found = String(decoding: logical.bytes.prefix(40), as: UTF8.self)
                    error("expected 'BEGIN:VCALENDAR', found '\(found)'", line.range)
                    continue
                }
                take(line)
            }
        }
        for component in open.reversed() {
            error("'BEGIN:\(component.name)' is never closed: missing 'END:\(component.name)'", .at(component.start))
        }
    }

    private mutating func take(_ line: ICalendarContentLine) {
        switch line.name {
        case "BEGIN":
            let name = line.value.uppercased()
            if name == "VEVENT" && open.count == 1 && open[0].name == "VCALENDAR" {
                event = PendingEvent(begin: line.range)
            } else if name == "VEVENT" && open.contains(where: { $0.name == "VEVENT" }) {
                // RFC 5545 nests no event in another: its dates would be lost without a word.
                error("an event inside another event: end the first with 'END:VEVENT' before this one", line.range)
            }
            open.append((name, line.start))
        case "END":
            let name = line.value.uppercased()
            guard let innermost = open.last else { return }
            guard innermost.name == name else {
                error("expected 'END:\(innermost.name)', found 'END:\(line.value)'", line.range)
                return
            }
            open.removeLast()
            if name == "VEVENT" && open.count == 1, let pending = event {
                finish(pending)
                event = nil
            }
        default:
            guard open.count == 2, open[1].name == "VEVENT", event != nil else { return }
            property(line)
        }
    }

    private mutating func property(_ line: ICalendarContentLine) {
        switch line.name {
        case "SUMMARY":
            event?.summary = ICalendarText.unescape(line.value)
        case "DTSTART":
            guard event?.start == nil else {
                error("a second DTSTART in one event", line.range)
                return
            }
            let date = dateValue(line)
            event?.start = (date, line)
        case "DTEND":
            guard event?.endLine == nil, event?.durationDays == nil else {
                let both = "an event with both DURATION and DTEND; give one (RFC 5545)"
                error(event?.endLine != nil ? "a second DTEND in one event" : both, line.range)
                return
            }
            event?.endLine = line
        case "DURATION":
            guard event?.endLine == nil, event?.durationDays == nil else {
                let both = "an event with both DTEND and DURATION; give one (RFC 5545)"
                error(event?.durationDays != nil ? "a second DURATION in one event" : both, line.range)
                return
            }
            guard let days = ICalendarText.days(line.value) else {
                error("expected a whole-day duration like 'P1D' or 'P1W', found '\(line.value)'", line.valueRange)
                return
            }
            event?.durationDays = (days, line)
        case "RRULE":
            guard event?.rule == nil else {
                error("a second RRULE in one event; a holiday repeats by one yearly rule", line.range)
                return
            }
            switch ICalendarYearlyRule.parse(line.value) {
            case .success(let rule): event?.rule = rule
            case .failure(let problem): error(problem.message, line.valueRange)
            }
        case "EXDATE":
            for part in line.value.split(separator: ",") {
                guard let date = ICalendarText.date(part.prefix(8)), part.count == 8 || part.dropFirst(8).first == "T"
                else {
                    error("expected dates like '20261225' in EXDATE, found '\(part)'", line.valueRange)
                    return
                }
                event?.excluded.insert(date)
            }
        default:
            break
        }
    }

    /// A date value (`20261225`); `nil` for a timed value (no report unless
    /// `timed` gives a message) or a malformed one (reported).
    private mutating func dateValue(_ line: ICalendarContentLine, timed: String? = nil) -> LocalDate? {
        let value = line.value
        if line.parameters["VALUE"]?.uppercased() != "DATE" && value.count > 8 && value.dropFirst(8).first == "T" {
            if let timed { error(timed, line.valueRange) }
            return nil
        }
        guard value.count == 8, let date = ICalendarText.date(Substring(value)) else {
            error("expected a date like '20261225', found '\(value)'", line.valueRange)
            return nil
        }
        guard date.year >= 1900 && date.year <= 9999 else {
            error("expected a date from 1900-01-01 to 9999-12-31, found '\(value)'", line.valueRange)
            return nil
        }
        return date
    }

    private mutating func finish(_ pending: PendingEvent) {
        guard let start = pending.start else {
            error("an event without DTSTART", pending.begin)
            return
        }
        guard let first = start.date else {
            if start.line.value.count > 8 && start.line.value.dropFirst(8).first == "T" {
                let name = pending.summary.isEmpty ? "" : " '\(pending.summary)'"
                warning(
                    "timed event\(name) ignored: holidays are all-day events (DTSTART;VALUE=DATE)", start.line.range)
            }
            return
        }
        var span = 1
        if let endLine = pending.endLine {
            guard let end = dateValue(endLine, timed: "an all-day event's DTEND is a date like '20261226'") else {
                return
            }
            span = end.daysSinceEpoch - first.daysSinceEpoch
            guard span > 0 else {
                error("DTEND \(end) is not after DTSTART \(first)", endLine.valueRange)
                return
            }
            guard span <= Self.longestEvent else {
                error(
                    "an all-day event lasts at most \(Self.longestEvent) days; DTEND \(end) makes this one \(span)",
                    endLine.valueRange)
                return
            }
        } else if let duration = pending.durationDays {
            guard duration.days > 0 else {
                error("an event's DURATION must be at least one day", duration.line.valueRange)
                return
            }
            guard duration.days <= Self.longestEvent else {
                error(
                    "an all-day event lasts at most \(Self.longestEvent) days; this DURATION is \(duration.days)",
                    duration.line.valueRange)
                return
            }
            span = duration.days
        }
        var dates: [LocalDate] = []
        let occurrences = pending.rule?.occurrences(from: first) ?? [first]
        guard daysExpanded + occurrences.count * span <= Self.mostDays else {
            error(
                "this file closes more than \(Self.mostDays) days: "
                    + "\(occurrences.count) occurrence\(occurrences.count == 1 ? "" : "s") of \(span) "
                    + "day\(span == 1 ? "" : "s") here; shorten the event or its RRULE", pending.begin)
            return
        }
        daysExpanded += occurrences.count * span
        for occurrence in occurrences where !pending.excluded.contains(occurrence) {
            for offset in 0..<span {
                let date = occurrence.adding(days: offset)
                guard date.year <= 9999 else {
                    error("an event runs past 9999-12-31, the last date the file language allows", pending.begin)
                    return
                }
                dates.append(date)
            }
        }
        events.append(ICalendarEvent(summary: pending.summary, dates: Array(Set(dates)).sorted(), range: pending.begin))
    }

    private mutating func error(_ message: String, _ range: SourceRange) {
        diagnostics.append(.error(message, in: file, range))
    }

    private mutating func warning(_ message: String, _ range: SourceRange) {
        diagnostics.append(.warning(message, in: file, range))
    }
}
