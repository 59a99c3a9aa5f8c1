import CovenantFormat

extension Contract {
    /// The holiday files a contract's calendars name (`holidays:` entries
    /// ending in `.ics`), as written, each once, in file order: what the
    /// command line reads before decoding the contract.
    public static func holidayFileNames(in document: Document) -> [String] {
        var names: [String] = []
        for calendar in document.root["calendars"]?.entries ?? [] {
            for item in calendar.value["holidays"]?.items ?? [] {
                if let text = item.scalar, HolidayFile.isFileName(text), !names.contains(text) { names.append(text) }
            }
        }
        return names
    }

    /// Decodes a contract's `calendars:`, in the catalog's form, each in the
    /// contract's zone unless it names one. A name must be an identifier and
    /// not a calendar of the catalog version in force (`catalogCalendars`,
    /// of version `version`): the contract's calendars add to the catalog's.
    static func readCalendars(
        _ node: Node, zone: ZoneRules, catalogCalendars: [CalendarName: CalendarDefinition], version: String?,
        holidayFiles: [String: HolidayFileReading], places: inout Places, _ reader: inout SchemaReader
    ) -> [CalendarName: CalendarDefinition] {
        guard let fields = reader.mapping(node, "calendars", optional: (node.entries ?? []).map(\.key)) else {
            return [:]
        }
        var calendars: [CalendarName: CalendarDefinition] = [:]
        for entry in fields.entries {
            if ScalarReader.identifier(entry.key) == nil {
                reader.error("a calendar name must be an identifier, found '\(entry.key)'", at: entry.keyRange)
            } else if catalogCalendars[CalendarName(entry.key)] != nil {
                reader.error(
                    "calendar '\(entry.key)' is already a calendar of catalog \(version ?? ""); give the "
                        + "contract's calendar a name of its own", at: entry.keyRange)
                continue
            }
            for item in entry.value["holidays"]?.items ?? [] {
                if let text = item.scalar, HolidayFile.isFileName(text), places.holidayFiles[text] == nil {
                    places.holidayFiles[text] = item.range
                }
            }
            if let calendar = CalendarDefinition.decode(
                entry, defaultZone: zone, holidayFiles: holidayFiles, &reader)
            {
                calendars[calendar.name] = calendar
            }
        }
        return calendars
    }

    /// Warns where a holiday file's last holiday falls in an earlier year
    /// than the contract's last day: later holidays would not close the clock.
    func checkHolidayFiles(_ reader: inout SchemaReader) {
        var seen: Set<String> = []
        for name in calendars.keys.sorted() {
            for case .file(let file) in calendars[name]!.holidays where seen.insert(file.name).inserted {
                guard let last = file.days.last?.date, last.year < lastDay.year,
                    let place = places.holidayFiles[file.name]
                else { continue }
                reader.warning(
                    "holiday file '\(file.name)' lists holidays up to \(last), but contract \(id) runs to "
                        + "\(lastDay): no holiday of a later year closes its clocks", at: place)
            }
        }
    }
}
