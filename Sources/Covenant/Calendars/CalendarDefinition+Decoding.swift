import CovenantFormat

extension CalendarDefinition {
    /// Decodes one `calendars:` entry. `holidayFiles` are the iCalendar files
    /// a contract's calendars name, as the command line read them (keyed by
    /// the name written); `nil` where holiday files are not allowed (the
    /// catalog).
    static func decode(
        _ entry: MappingEntry, defaultZone: ZoneRules, holidayFiles: [String: HolidayFileReading]? = nil,
        _ reader: inout SchemaReader
    ) -> CalendarDefinition? {
        guard
            let fields = reader.mapping(
                entry.value, "calendar '\(entry.key)'", required: ["hours"],
                optional: ["timezone", "holidays", "special_hours", "day_length"])
        else { return nil }
        let zone = fields.value("timezone").flatMap { reader.zone($0) } ?? defaultZone
        var hours = WeeklyHours.weekly([:])
        if let node = fields.value("hours") {
            if let text = node.scalar {
                if text == "24x7" {
                    hours = .always
                } else {
                    reader.error("expected '24x7' or a mapping of day sets to hours, found '\(text)'", at: node.range)
                }
            } else if let days = reader.mapping(node, "weekly hours", optional: (node.entries ?? []).map(\.key)) {
                var weekly: [Int: [LocalInterval]] = [:]
                for day in days.entries {
                    guard let set = ScalarReader.daySet(day.key) else {
                        reader.error(
                            "expected a day set like 'mon-fri' or 'mon,wed,fri', found '\(day.key)'", at: day.keyRange)
                        continue
                    }
                    let intervals = readIntervals(day.value, &reader) ?? []
                    for weekday in set.weekdays {
                        if weekly[weekday] != nil {
                            reader.error(
                                "\(DaySet.names[weekday - 1]) appears in more than one day set", at: day.keyRange)
                        }
                        weekly[weekday] = intervals
                    }
                }
                hours = .weekly(weekly)
                checkOvernight(weekly, keys: days.entries, &reader)
            }
        }
        var holidays: [HolidayRule] = []
        if let node = fields["holidays"], let items = reader.sequence(node, "holidays") {
            var listed: Set<String> = []
            for item in items {
                guard let text = reader.read(item, .text) else { continue }
                guard listed.insert(text).inserted else {
                    reader.warning("holidays lists '\(text)' twice; it counts once", at: item.range)
                    continue
                }
                if text == "us-federal" {
                    holidays.append(.usFederal)
                } else if HolidayFile.isFileName(text) {
                    if let file = holidayFile(text, at: item.range, holidayFiles, &reader) {
                        holidays.append(.file(file))
                    }
                } else if let date = ScalarReader.date(text) {
                    holidays.append(.date(date))
                } else {
                    reader.error(
                        "expected a holiday rule ('us-federal'), a date like '2026-12-24' or an iCalendar file "
                            + "like 'holidays/de-be-2026.ics', found '\(text)'",
                        at: item.range)
                }
            }
        }
        var special: [LocalDate: DayHours] = [:]
        if let node = fields["special_hours"],
            let days = reader.mapping(node, "special hours", optional: (node.entries ?? []).map(\.key))
        {
            for day in days.entries {
                guard let date = ScalarReader.date(day.key) else {
                    reader.error("expected a date like '2026-11-27', found '\(day.key)'", at: day.keyRange)
                    continue
                }
                if day.value.scalar == "closed" {
                    special[date] = .closed
                } else if let intervals = readIntervals(day.value, &reader) {
                    special[date] = .open(intervals)
                }
            }
        }
        var dayLength: Int64?
        if let node = fields.value("day_length"), let seconds = reader.read(node, .duration) {
            if seconds <= 0 { reader.error("a day length must be positive", at: node.range) }
            dayLength = seconds
        }
        return CalendarDefinition(
            name: CalendarName(entry.key), zone: zone, hours: hours, holidays: holidays, specialHours: special,
            dayLength: dayLength)
    }

    /// The holidays of a file named at `range`, or a located error (or a
    /// warning for a file that closes no day).
    static func holidayFile(
        _ name: String, at range: SourceRange, _ files: [String: HolidayFileReading]?, _ reader: inout SchemaReader
    ) -> HolidayFile? {
        guard let files else {
            reader.error(
                "a catalog calendar cannot name a holiday file ('\(name)'); list its dates, or define the "
                    + "calendar in the contract", at: range)
            return nil
        }
        switch files[name] {
        case nil:
            reader.error("holiday file '\(name)' was not read", at: range)
        case .missing(let path)?:
            reader.error(
                "no holiday file '\(name)': \(path) does not exist (a holiday file is read relative to the "
                    + "contract's folder)", at: range)
        case .unreadable(let path, let reason)?:
            reader.error("cannot read holiday file \(path): \(reason)", at: range)
        case .read(let path, let events, let errors)?:
            guard errors == 0 else {
                reader.error(
                    "holiday file \(path) has \(errors) error\(errors == 1 ? "" : "s") (reported at the file)",
                    at: range)
                return nil
            }
            let file = HolidayFile(name: name, events: events)
            if file.days.isEmpty {
                reader.warning("holiday file \(path) has no all-day events: it closes no day", at: range)
            }
            return file
        }
        return nil
    }

    /// `09:00-17:00`, `09:00-12:00, 13:00-17:30`, or a flow sequence of intervals.
    static func readIntervals(_ node: Node, _ reader: inout SchemaReader) -> [LocalInterval]? {
        var pieces: [(String, SourceRange)] = []
        if let text = node.scalar {
            pieces = text.split(separator: ",").map { (String($0), node.range) }
        } else if let items = reader.sequence(node, "a list of intervals") {
            for item in items {
                if let text = reader.read(item, .text) { pieces.append((text, item.range)) }
            }
        } else {
            return nil
        }
        var intervals: [LocalInterval] = []
        var ranges: [(range: Range<Int64>, text: String, place: SourceRange)] = []
        for (piece, range) in pieces {
            let trimmed = String(Substring(piece).trimmingSpaces)
            guard let interval = LocalInterval.parse(trimmed) else {
                reader.error("expected hours like '09:00-17:00', found '\(trimmed)'", at: range)
                continue
            }
            intervals.append(interval)
            ranges.append((interval.localRange(from: 0), trimmed, range))
        }
        // Intervals of one day may not overlap: each hour is listed once.
        ranges.sort { $0.range.lowerBound < $1.range.lowerBound }
        var reach = ranges.first
        for later in ranges.dropFirst() {
            guard let earlier = reach else { break }
            if later.range.lowerBound < earlier.range.upperBound {
                reader.error("hours \(later.text) overlap \(earlier.text) on the same day", at: later.place)
            }
            if later.range.upperBound > earlier.range.upperBound { reach = later }
        }
        return intervals
    }

    /// An overnight interval that runs into hours the next weekday lists is
    /// warned about: CATALOG.md allows it, and the overlap counts once.
    private static func checkOvernight(
        _ weekly: [Int: [LocalInterval]], keys: [MappingEntry], _ reader: inout SchemaReader
    ) {
        for (weekday, intervals) in weekly.sorted(by: { $0.key < $1.key }) {
            let next = weekday % 7 + 1
            let spill = intervals.map { $0.localRange(from: 0).upperBound - 86_400 }.max() ?? 0
            guard spill > 0, let first = weekly[next]?.map({ Int64($0.start.seconds) }).min(), first < spill else {
                continue
            }
            let place = keys.first { ScalarReader.daySet($0.key)?.weekdays.contains(weekday) == true }?.keyRange
            reader.warning(
                "hours on \(DaySet.names[weekday - 1]) run past midnight into hours listed for "
                    + "\(DaySet.names[next - 1]); the overlap counts once",
                at: place ?? .at(0))
        }
    }
}
