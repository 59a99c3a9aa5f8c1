import Covenant
import CovenantFormat
import CovenantTestSupport
import Foundation
import Testing

/// Seeded random calendars, spans and pauses checked against a naive
/// minute-stepping reference that shares no code with the calendar engine.
@Suite("Working calendar against a minute-stepping reference")
struct WorkingCalendarPropertyTests {
    static let zones = ["America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu"]
    static let calendarsPerZone = 16
    static let casesPerCalendar = 1_600

    @Test("Random calendars agree with the reference, deadlines are exact and earliest", arguments: zones)
    func agreesWithReference(zone: String) throws {
        let clock = try #require(ReferenceClock(zone: zone))
        var random = SplitMix64(seed: zone.utf8.reduce(0xC0FF_EE00 as UInt64) { $0 &* 31 &+ UInt64($1) })
        var cases = 0
        var failures = 0
        for calendarIndex in 0..<Self.calendarsPerZone where failures < 5 {
            let spec = RandomCalendar(zone: zone, clock: clock, random: &random)
            let calendar = try WorkingCalendar(spec.definition)
            let references = clock.windows.map { MinuteReference(window: $0, calendar: spec) }
            for _ in 0..<Self.casesPerCalendar where failures < 5 {
                cases += 1
                // Windows past 2199 build a calendar's far timeline: one calendar in eight visits them.
                let visited = calendarIndex % 8 == 0 ? clock.windows.count : clock.nearWindows
                let w = Int(random.next() % UInt64(visited))
                let window = clock.windows[w]
                let reference = references[w]
                let (start, end) = Self.span(in: window, random: &random)
                let pauses = Self.pauses(around: start, end, random: &random)
                let label = { "zone \(zone) calendar \(calendarIndex) \(spec) start \(start) end \(end) pauses \(pauses)" }

                let expected = reference.working(from: start, to: end)
                let expectedPaused = reference.working(from: start, to: end, pauses: pauses)
                let working = calendar.workingSeconds(from: start, to: end)
                let paused = calendar.workingSeconds(from: start, to: end, pauses: pauses)
                var ok = working == expected && paused == expectedPaused
                #expect(working == expected, "\(label())")
                #expect(paused == expectedPaused, "\(label())")

                let target = expected == 0 ? 0 : Int64(random.next() % UInt64(expected + 1))
                let deadline = calendar.deadline(from: start, adding: target) ?? Int64.max
                ok = ok && deadline >= start && calendar.workingSeconds(from: start, to: deadline) == target
                ok = ok && (target == 0 ? deadline == start : calendar.workingSeconds(from: start, to: deadline - 1) == target - 1)
                ok = ok && deadline <= window.end && reference.working(from: start, to: deadline) == target
                #expect(ok, "deadline \(target) -> \(deadline): \(label())")

                let pausedTarget = expectedPaused == 0 ? 0 : Int64(random.next() % UInt64(expectedPaused + 1))
                let pausedDeadline = calendar.deadline(from: start, adding: pausedTarget, pauses: pauses) ?? Int64.max
                var pausedOK = pausedDeadline >= start
                pausedOK = pausedOK && calendar.workingSeconds(from: start, to: pausedDeadline, pauses: pauses) == pausedTarget
                pausedOK = pausedOK && (pausedTarget == 0
                    ? pausedDeadline == start
                    : calendar.workingSeconds(from: start, to: pausedDeadline - 1, pauses: pauses) == pausedTarget - 1)
                pausedOK = pausedOK && pausedDeadline <= window.end
                    && reference.working(from: start, to: pausedDeadline, pauses: pauses) == pausedTarget
                #expect(pausedOK, "paused deadline \(pausedTarget) -> \(pausedDeadline): \(label())")

                let isOpen = reference.isOpen(at: start)
                #expect(calendar.isOpen(at: start) == isOpen, "\(label())")
                if let next = reference.nextOpen(atOrAfter: start) {
                    #expect(calendar.nextOpen(atOrAfter: start) == next, "\(label())")
                }
                if !(ok && pausedOK) { failures += 1 }
            }
        }
        #expect(cases == Self.calendarsPerZone * Self.casesPerCalendar)
    }

    /// A start biased toward the window's centre (a transition or a holiday)
    /// and a span of up to three days inside the window.
    static func span(in window: ReferenceClock.Window, random: inout SplitMix64) -> (Int64, Int64) {
        let day: Int64 = 86_400
        let maxSpan: Int64 = [2 * 3600, day, 3 * day][Int(random.next() % 3)]
        let length = Int64(random.next() % UInt64(maxSpan + 1))
        var start: Int64
        if random.next() % 2 == 0 {
            let centre = window.centres[Int(random.next() % UInt64(window.centres.count))]
            start = centre - day + Int64(random.next() % UInt64(2 * day))
        } else {
            start = window.start + Int64(random.next() % UInt64(window.end - window.start))
        }
        if random.next() % 2 == 0 { start -= start % 60 }
        start = min(max(start, window.start), window.end - 1)
        return (start, min(start + length, window.end))
    }

    /// Up to three wall-clock pauses near the span, in any order, possibly overlapping.
    static func pauses(around start: Int64, _ end: Int64, random: inout SplitMix64) -> [Range<Int64>] {
        (0..<Int(random.next() % 4)).map { _ in
            let from = start - 3600 + Int64(random.next() % UInt64(end - start + 7200))
            let length = Int64(random.next() % 14_400)
            return from..<from + length
        }
    }
}

/// Local time per minute from Foundation, in windows of eight days around DST
/// transitions and holidays of 2025-2027, around 2200 and in 2400.
struct ReferenceClock {
    struct Window {
        /// Whole-minute bounds, `[start, end)`.
        let start: Int64
        let end: Int64
        /// The transitions and holidays the window was made for.
        let centres: [Int64]
        /// For each minute, the latest local time reached so far (seconds since
        /// 1970-01-01 local): during a repeated hour it stays at the second
        /// before the clocks went back. A local time `L` of hours or windows
        /// has passed at instant `t` exactly when this is at least `L`, which
        /// is the CATALOG.md rule (gap: the transition; repeat: first occurrence).
        let reached: [Int64]
    }

    let zone: TimeZone
    let windows: [Window]
    /// How many windows, the first, end before 2100.
    var nearWindows: Int { windows.filter { $0.end < utc(2100, 1, 1) }.count }

    init?(zone name: String) {
        guard let zone = TimeZone(identifier: name) else { return nil }
        self.zone = zone
        func offset(_ t: Int64) -> Int64 { Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(t)))) }
        var centres: [Int64] = []
        // 2025–2027, and the seam at 2200 and a year past the tz database's 2100–2500 cycle's start.
        for (from, to) in [(utc(2025, 1, 1), utc(2028, 1, 1)), (utc(2199, 10, 1), utc(2200, 4, 1)),
                           (utc(2400, 1, 1), utc(2401, 1, 1))] {
            var cursor = Date(timeIntervalSince1970: TimeInterval(from))
            while let next = zone.nextDaylightSavingTimeTransition(after: cursor),
                next.timeIntervalSince1970 < TimeInterval(to)
            {
                centres.append(Int64(next.timeIntervalSince1970))
                cursor = next
            }
        }
        let holidays = [
            (2026, 1, 1), (2026, 7, 3), (2026, 11, 26), (2026, 12, 25), (2027, 12, 31), (2026, 5, 13), (2025, 9, 1),
            (2199, 12, 25), (2199, 12, 31), (2400, 7, 4),
        ]
        for (year, month, day) in holidays {
            centres.append(utc(year, month, day, 12))
        }
        var ranges: [(start: Int64, end: Int64, centres: [Int64])] = []
        for centre in centres.sorted() {
            let start = centre - 4 * 86_400 - centre % 60
            if let last = ranges.last, start < last.end {
                ranges[ranges.count - 1].end = start + 8 * 86_400
                ranges[ranges.count - 1].centres.append(centre)
            } else {
                ranges.append((start, start + 8 * 86_400, [centre]))
            }
        }
        var windows: [Window] = []
        for (start, end, centres) in ranges {
            var reached: [Int64] = []
            var latest = Int64.min
            for minute in stride(from: start, to: end, by: 60) {
                let local = minute + offset(minute)
                if local > latest {
                    reached.append(local)
                    latest = local + 59
                } else {
                    reached.append(latest)
                }
            }
            windows.append(Window(start: start, end: end, centres: centres, reached: reached))
        }
        self.windows = windows
    }
}

/// A random calendar definition and the same calendar read naively.
struct RandomCalendar: CustomStringConvertible {
    let definition: CalendarDefinition
    /// Minutes of day `[start, end)`; `end <= start` runs overnight.
    let weekly: [Int: [(Int, Int)]]
    let holidays: Set<Int>
    let special: [Int: [(Int, Int)]]

    static let times = [0, 30, 60, 90, 105, 120, 135, 150, 180, 210, 240, 300, 540, 600, 720, 1020, 1080, 1320, 1410]

    init(zone: String, clock: ReferenceClock, random: inout SplitMix64) {
        func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        func time(end: Bool) -> Int {
            if pick(5) == 0 { return pick(end ? 1441 : 1440) }
            if end && pick(6) == 0 { return 1440 }
            return Self.times[pick(Self.times.count)]
        }
        func intervals() -> [(Int, Int)] {
            (0..<1 + pick(3)).map { _ in (time(end: false), time(end: true)) }
        }
        func nearCentre() -> Int {
            let window = clock.windows[pick(clock.windows.count)]
            let centre = window.centres[pick(window.centres.count)]
            let local = centre + Int64(clock.zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(centre))))
            return Int(local / 86_400) + pick(5) - 2
        }
        func local(_ list: [(Int, Int)]) -> [LocalInterval] {
            list.map { LocalInterval(start: TimeOfDay(seconds: $0.0 * 60), end: TimeOfDay(seconds: $0.1 * 60)) }
        }

        let always = pick(7) == 0
        var weekly: [Int: [(Int, Int)]] = [:]
        for day in 1...7 {
            if always { weekly[day] = [(0, 1440)] } else if pick(10) >= 3 { weekly[day] = intervals() }
        }
        var rules: [HolidayRule] = []
        var holidays: Set<Int> = []
        switch pick(10) {
        case 0..<4:
            rules.append(.usFederal)
            for year in Array(2024...2028) + Array(2198...2201) + Array(2399...2401) {
                for date in USFederalHolidays.closedDates(in: year) { holidays.insert(date.daysSinceEpoch) }
            }
        case 4..<7:
            for _ in 0..<1 + pick(3) {
                let day = nearCentre()
                rules.append(.date(LocalDate(daysSinceEpoch: day)))
                holidays.insert(day)
            }
        default: break
        }
        var special: [Int: [(Int, Int)]] = [:]
        if pick(2) == 0 {
            for _ in 0..<1 + pick(3) { special[nearCentre()] = pick(3) == 0 ? [] : intervals() }
        }
        self.weekly = weekly
        self.holidays = holidays
        self.special = special
        let hours: WeeklyHours = always ? .always : .weekly(weekly.mapValues(local))
        definition = CalendarDefinition(
            name: CalendarName("random"), zone: ZoneRules(identifier: zone)!, hours: hours, holidays: rules,
            specialHours: Dictionary(uniqueKeysWithValues: special.map {
                (LocalDate(daysSinceEpoch: $0.key), $0.value.isEmpty ? DayHours.closed : .open(local($0.value)))
            }))
    }

    var description: String {
        let days = weekly.keys.sorted().map { "\($0): \(weekly[$0]!)" }.joined(separator: ", ")
        return "weekly [\(days)] holidays \(definition.holidays) special \(special.sorted { $0.key < $1.key })"
    }

    /// The intervals that start on a local day (days since 1970-01-01).
    func intervals(onDay day: Int) -> [(Int, Int)] {
        if let hours = special[day] { return hours }
        if holidays.contains(day) { return [] }
        return weekly[((day % 7) + 7 + 3) % 7 + 1] ?? []
    }
}

/// One random calendar read naively over one window: each minute is open when
/// the latest local time reached lies in an interval that starts on its local
/// day, or in an overnight interval from the day before.
struct MinuteReference {
    let start: Int64
    /// Whether each minute of the window is open.
    let open: [Bool]
    /// Open seconds before each minute (one more entry than `open`).
    let openBefore: [Int64]
    /// The first open minute at or after each minute (`open.count` if none).
    let nextOpenMinute: [Int]

    init(window: ReferenceClock.Window, calendar: RandomCalendar) {
        start = window.start
        let firstDay = Int(window.reached[0] / 86_400) - 1
        let lastDay = Int(window.reached[window.reached.count - 1] / 86_400)
        // Open minutes of local time, from firstDay 00:00 on.
        var local = [Bool](repeating: false, count: (lastDay - firstDay + 2) * 1440)
        for day in firstDay...lastDay {
            for (start, end) in calendar.intervals(onDay: day) {
                let base = (day - firstDay) * 1440
                for minute in base + start..<base + (end > start ? end : end + 1440) { local[minute] = true }
            }
        }
        var open: [Bool] = []
        var openBefore: [Int64] = [0]
        for reached in window.reached {
            let isOpen = local[Int(reached / 60) - firstDay * 1440]
            open.append(isOpen)
            openBefore.append(openBefore[openBefore.count - 1] + (isOpen ? 60 : 0))
        }
        var nextOpenMinute = [Int](repeating: open.count, count: open.count + 1)
        var index = open.count - 1
        while index >= 0 {
            nextOpenMinute[index] = open[index] ? index : nextOpenMinute[index + 1]
            index -= 1
        }
        self.open = open
        self.openBefore = openBefore
        self.nextOpenMinute = nextOpenMinute
    }

    /// Open seconds in `[from, to)`: whole minutes plus the parts at each end.
    func working(from: Int64, to: Int64) -> Int64 {
        guard to > from else { return 0 }
        let first = Int((from - start) / 60), last = Int((to - start) / 60)
        if first == last { return open[first] ? to - from : 0 }
        var total = open[first] ? start + Int64(first + 1) * 60 - from : 0
        total += openBefore[last] - openBefore[first + 1]
        if last < open.count && open[last] { total += to - (start + Int64(last) * 60) }
        return total
    }

    /// Open seconds in `[from, to)` outside every pause: the open seconds inside
    /// a pause are counted minute by minute, second by second where a minute is
    /// partly covered by an earlier pause, each second under the first pause
    /// that covers it.
    func working(from: Int64, to: Int64, pauses: [Range<Int64>]) -> Int64 {
        let open = self.open
        var paused: Int64 = 0
        var k = 0
        while k < pauses.count {
            let lo = max(pauses[k].lowerBound, from), hi = min(pauses[k].upperBound, to)
            var minute = lo - (lo - start) % 60
            while lo < hi && minute < hi {
                let a = max(minute, lo), b = min(minute + 60, hi)
                var earlier = 0
                while earlier < k && (pauses[earlier].upperBound <= a || pauses[earlier].lowerBound >= b) { earlier += 1 }
                if open[Int((minute - start) / 60)] {
                    if earlier == k {
                        paused += b - a
                    } else {
                        var second = a
                        while second < b {
                            var covered = false
                            var e = 0
                            while e < k {
                                if pauses[e].lowerBound <= second && second < pauses[e].upperBound { covered = true }
                                e += 1
                            }
                            if !covered { paused += 1 }
                            second += 1
                        }
                    }
                }
                minute += 60
            }
            k += 1
        }
        return working(from: from, to: to) - paused
    }

    func isOpen(at t: Int64) -> Bool { open[Int((t - start) / 60)] }

    /// The first open second at or after `t` inside the window.
    func nextOpen(atOrAfter t: Int64) -> Int64? {
        if isOpen(at: t) { return t }
        let index = nextOpenMinute[Int((t - start) / 60) + 1]
        return index < open.count ? start + Int64(index) * 60 : nil
    }
}
