import Covenant
import CovenantFormat

/// The shipped catalog's calendars (catalog 2026.1), built in code.
enum CatalogCalendars {
    static let zone = ZoneRules(identifier: "America/Los_Angeles")!

    static func hours(_ days: ClosedRange<Int>, _ start: Int, _ end: Int) -> [Int: [LocalInterval]] {
        let interval = LocalInterval(start: TimeOfDay(hour: start, minute: 0), end: TimeOfDay(hour: end, minute: 0))
        return Dictionary(uniqueKeysWithValues: days.map { ($0, [interval]) })
    }

    static let always = try! WorkingCalendar(
        CalendarDefinition(name: CalendarName("always"), zone: zone, hours: .always))
    static let business = try! WorkingCalendar(
        CalendarDefinition(
            name: CalendarName("business"), zone: zone, hours: .weekly(hours(1...5, 9, 17)), holidays: [.usFederal]))
    static let extended = try! WorkingCalendar(
        CalendarDefinition(
            name: CalendarName("extended"), zone: zone, hours: .weekly(hours(1...5, 9, 18)), holidays: [.usFederal]))
    static let extendedWeekend = try! WorkingCalendar(
        CalendarDefinition(
            name: CalendarName("extended-weekend"), zone: zone,
            hours: .weekly(hours(1...5, 9, 18).merging(hours(6...7, 9, 17)) { a, _ in a }), holidays: [.usFederal]))
}
