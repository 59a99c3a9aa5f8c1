import CovenantFormat
import Foundation
import Synchronization

/// A time zone's UTC offsets as a table of transitions, read once from the
/// system's tz database and answered afterwards by integer binary searches.
///
/// The table covers 1900-01-01 to 10000-01-03 UTC, every date the value
/// limits allow and the day after; before and after it the first and last
/// offsets apply. The tz database is read up to 2500 only: after its last
/// transition a zone follows one yearly rule, and the Gregorian calendar
/// repeats every 400 years (146,097 days, a whole number of weeks), so the
/// transitions of 2100–2500 repeat every 400 years after 2500. Tables are
/// built once per identifier and shared, so creating the same zone again is
/// cheap. Two zones are equal when their identifiers are.
public struct ZoneRules: Sendable, Hashable, CustomStringConvertible {
    /// The first instant the table covers, 1900-01-01T00:00:00Z.
    public static let tableStart: Int64 = -2_208_988_800
    /// The end of the table, 10000-01-03T00:00:00Z.
    public static let tableEnd: Int64 = 253_402_473_600
    /// Four hundred Gregorian years in seconds: 146,097 days.
    public static let cycle: Int64 = 146_097 * 86_400
    /// Where the tz database is read up to, 2500-01-01T00:00:00Z; the cycle
    /// before it, from 2100, is repeated after it.
    static let readEnd: Int64 = 16_725_225_600

    let table: Table

    /// Coordinated Universal Time: no offset, no transitions.
    public static let utc = ZoneRules(table: Table(identifier: "UTC", transitions: [], offsets: [0]))

    private init(table: Table) {
        self.table = table
    }

    /// The zone named by an IANA identifier (`America/Los_Angeles`, `UTC`);
    /// `nil` for unknown names and for abbreviations such as `PST`.
    public init?(identifier: String) {
        if let cached = zoneTables.withLock({ $0[identifier] }) {
            table = cached
            return
        }
        guard ZoneRules.isZoneName(identifier), let zone = TimeZone(identifier: identifier) else { return nil }
        let built = Table(identifier: identifier, reading: zone)
        table = zoneTables.withLock { tables in
            if let raced = tables[identifier] { return raced }
            tables[identifier] = built
            return built
        }
    }

    /// The identifier the zone was created with.
    public var identifier: String { table.identifier }

    /// The identifier, for people.
    public var description: String { identifier }

    public static func == (a: ZoneRules, b: ZoneRules) -> Bool { a.identifier == b.identifier }

    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    /// The instants at which the offset changes, in order.
    public var transitions: [Int64] { table.transitions }

    /// The offset from UTC at an instant, in seconds east of UTC.
    public func offset(at instant: Int64) -> Int {
        Int(table.offsets[table.segment(containing: instant)])
    }

    /// The local time at an instant as seconds since 1970-01-01 00:00 local.
    public func localSeconds(at instant: Int64) -> Int64 {
        instant + table.offsets[table.segment(containing: instant)]
    }

    /// The local date and time of day at an instant.
    public func local(_ instant: Int64) -> (date: LocalDate, time: TimeOfDay) {
        let local = localSeconds(at: instant)
        let day = local.floorDivided(by: 86_400)
        return (LocalDate(daysSinceEpoch: Int(day)), TimeOfDay(seconds: Int(local - day * 86_400)))
    }

    /// What a local date and time (`24:00` meaning the next day's `00:00`) is in this zone.
    public func resolve(_ date: LocalDate, _ time: TimeOfDay) -> LocalTimeResolution {
        resolve(localSeconds: ZoneRules.localSeconds(date, time))
    }

    /// What a local time, in seconds since 1970-01-01 00:00 local, is in this zone.
    public func resolve(localSeconds local: Int64) -> LocalTimeResolution {
        table.resolve(local)
    }

    /// The first instant whose local date is `date`: its 00:00, or the first
    /// valid instant when midnight is skipped.
    public func startOfDay(_ date: LocalDate) -> Int64 {
        instant(localSeconds: Int64(date.daysSinceEpoch) * 86_400)
    }

    /// The instant a local time stands for in hours and windows (CATALOG.md):
    /// a time in a gap means the first instant whose local time is not earlier
    /// (the transition); a repeated time means its first occurrence.
    public func instant(_ date: LocalDate, _ time: TimeOfDay) -> Int64 {
        instant(localSeconds: ZoneRules.localSeconds(date, time))
    }

    /// `instant(_:_:)` for a local time in seconds since 1970-01-01 00:00 local.
    public func instant(localSeconds local: Int64) -> Int64 {
        switch table.resolve(local) {
        case .unique(let t), .gap(let t), .ambiguous(let t, _): t
        }
    }

    static func localSeconds(_ date: LocalDate, _ time: TimeOfDay) -> Int64 {
        Int64(date.daysSinceEpoch) * 86_400 + Int64(time.seconds)
    }

    /// IANA names are `Area/Location` (or `UTC`, `GMT`); Foundation also
    /// accepts abbreviations like `PST`, which the catalog must reject.
    static func isZoneName(_ identifier: String) -> Bool {
        identifier == "UTC" || identifier == "GMT" || identifier.contains("/")
    }
}

extension ZoneRules {
    /// The transition table of one zone; immutable once built.
    final class Table: Sendable {
        let identifier: String
        /// Instants where the offset changes, ascending.
        let transitions: [Int64]
        /// `offsets[i]` applies from `transitions[i - 1]` up to `transitions[i]`;
        /// one more entry than `transitions`.
        let offsets: [Int64]
        /// `localStarts[i]` is the local time at `transitions[i]`, where
        /// segment `i + 1` begins.
        let localStarts: [Int64]

        init(identifier: String, transitions: [Int64], offsets: [Int64]) {
            self.identifier = identifier
            self.transitions = transitions
            self.offsets = offsets
            self.localStarts = transitions.indices.map { transitions[$0] + offsets[$0 + 1] }
        }

        /// Reads the offsets of `zone` up to 2500 and repeats the cycle of
        /// 2100–2500 to the table's end.
        convenience init(identifier: String, reading zone: TimeZone) {
            func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
            var transitions: [Int64] = []
            var offsets: [Int64] = [Int64(zone.secondsFromGMT(for: date(ZoneRules.tableStart)))]
            var cursor = date(ZoneRules.tableStart)
            while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < date(ZoneRules.readEnd) {
                let instant = Int64(next.timeIntervalSince1970.rounded(.down))
                let offset = Int64(zone.secondsFromGMT(for: date(instant)))
                if offset != offsets[offsets.count - 1] {
                    transitions.append(instant)
                    offsets.append(offset)
                }
                cursor = next
            }
            let repeated = transitions.indices.filter { transitions[$0] >= ZoneRules.readEnd - ZoneRules.cycle }
            var shift = ZoneRules.cycle
            while let first = repeated.first, transitions[first] + shift < ZoneRules.tableEnd {
                for index in repeated where transitions[index] + shift < ZoneRules.tableEnd {
                    let offset = offsets[index + 1]
                    if offset != offsets[offsets.count - 1] {
                        transitions.append(transitions[index] + shift)
                        offsets.append(offset)
                    }
                }
                shift += ZoneRules.cycle
            }
            self.init(identifier: identifier, transitions: transitions, offsets: offsets)
        }

        /// The index into `offsets` that applies at an instant.
        func segment(containing instant: Int64) -> Int {
            transitions.indices.partitionPoint { transitions[$0] <= instant }
        }

        func resolve(_ local: Int64) -> LocalTimeResolution {
            // The last segment whose local range starts at or before `local`.
            let last = localStarts.indices.partitionPoint { localStarts[$0] <= local }
            var first: Int64?
            var second: Int64?
            // A local time can belong to this segment or, in a fall-back
            // overlap, to earlier ones as well.
            var k = last
            while k >= 0 && k >= last - 2 {
                let t = local - offsets[k]
                let afterStart = k == 0 || t >= transitions[k - 1]
                let beforeEnd = k == transitions.count || t < transitions[k]
                if afterStart && beforeEnd {
                    second = second ?? t
                    first = t
                }
                k -= 1
            }
            switch (first, second) {
            case (let a?, let b?) where a != b: return .ambiguous(first: a, second: b)
            case (let a?, _): return .unique(a)
            default: return .gap(transition: transitions[last])
            }
        }
    }
}

/// Zone tables built so far, by identifier.
private let zoneTables = Mutex<[String: ZoneRules.Table]>([:])
