import Covenant
import CovenantFormat
import CovenantTestSupport
import Foundation
import Testing

@Suite("Zone rules")
struct ZoneRulesTests {
    let losAngeles = ZoneRules(identifier: "America/Los_Angeles")!

    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate { LocalDate(year: year, month: month, day: day)! }
    static func time(_ hour: Int, _ minute: Int) -> TimeOfDay { TimeOfDay(hour: hour, minute: minute) }

    @Test("RULES.md §3: the standing window sun 02:00-04:00 on the DST Sundays of 2026")
    func standingWindow() {
        let spring = Self.date(2026, 3, 8), fall = Self.date(2026, 11, 1)
        #expect(losAngeles.instant(spring, Self.time(2, 0)) == utc(2026, 3, 8, 10))
        #expect(losAngeles.instant(spring, Self.time(4, 0)) == utc(2026, 3, 8, 11))
        #expect(losAngeles.instant(fall, Self.time(2, 0)) == utc(2026, 11, 1, 10))
        #expect(losAngeles.instant(fall, Self.time(4, 0)) == utc(2026, 11, 1, 12))
    }

    @Test(
        "Resolving local times: unique, in a gap, repeated",
        arguments: [
            ("America/Los_Angeles", date(2026, 1, 15), time(12, 0), LocalTimeResolution.unique(utc(2026, 1, 15, 20))),
            ("America/Los_Angeles", date(2026, 3, 8), time(2, 30), .gap(transition: utc(2026, 3, 8, 10))),
            ("America/Los_Angeles", date(2026, 3, 8), time(3, 0), .unique(utc(2026, 3, 8, 10))),
            ("America/Los_Angeles", date(2026, 3, 8), time(1, 59), .unique(utc(2026, 3, 8, 9, 59))),
            ("America/Los_Angeles", date(2026, 11, 1), time(1, 30),
             .ambiguous(first: utc(2026, 11, 1, 8, 30), second: utc(2026, 11, 1, 9, 30))),
            ("America/Los_Angeles", date(2026, 11, 1), time(2, 0), .unique(utc(2026, 11, 1, 10))),
            ("Europe/London", date(2026, 3, 29), time(1, 0), .gap(transition: utc(2026, 3, 29, 1))),
            ("Europe/London", date(2026, 10, 25), time(1, 0),
             .ambiguous(first: utc(2026, 10, 25, 0), second: utc(2026, 10, 25, 1))),
            ("Australia/Lord_Howe", date(2026, 4, 5), time(1, 45),
             .ambiguous(first: utc(2026, 4, 4, 14, 45), second: utc(2026, 4, 4, 15, 15))),
            ("Australia/Lord_Howe", date(2026, 10, 4), time(2, 15), .gap(transition: utc(2026, 10, 3, 15, 30))),
            ("Asia/Kathmandu", date(2026, 1, 1), time(0, 0), .unique(utc(2025, 12, 31, 18, 15))),
            ("UTC", date(2026, 1, 1), time(24, 0), .unique(utc(2026, 1, 2))),
        ])
    func resolve(zone: String, date: LocalDate, time: TimeOfDay, expected: LocalTimeResolution) throws {
        let rules = try #require(ZoneRules(identifier: zone))
        #expect(rules.resolve(date, time) == expected)
        let instant: Int64 = switch expected {
        case .unique(let t), .gap(let t), .ambiguous(let t, _): t
        }
        #expect(rules.instant(date, time) == instant)
    }

    @Test("The start of a day is its midnight, or the transition when midnight is skipped")
    func startOfDay() throws {
        let santiago = try #require(ZoneRules(identifier: "America/Santiago"))
        #expect(santiago.startOfDay(Self.date(2026, 9, 6)) == utc(2026, 9, 6, 4))
        #expect(santiago.local(utc(2026, 9, 6, 4)) == (Self.date(2026, 9, 6), Self.time(1, 0)))
        #expect(losAngeles.startOfDay(Self.date(2026, 11, 1)) == utc(2026, 11, 1, 7))
        #expect(losAngeles.instant(Self.date(2026, 3, 7), Self.time(24, 0)) == losAngeles.startOfDay(Self.date(2026, 3, 8)))
    }

    @Test("Local date and time of an instant, with a +05:45 zone and before 1970")
    func local() throws {
        let kathmandu = try #require(ZoneRules(identifier: "Asia/Kathmandu"))
        #expect(kathmandu.offset(at: utc(2026, 6, 1)) == 20_700)
        #expect(kathmandu.local(utc(2026, 6, 1, 18, 14)) == (Self.date(2026, 6, 1), Self.time(23, 59)))
        #expect(kathmandu.local(utc(2026, 6, 1, 18, 15)) == (Self.date(2026, 6, 2), Self.time(0, 0)))
        #expect(losAngeles.local(utc(1969, 12, 31, 7, 59, 59)) == (Self.date(1969, 12, 30), TimeOfDay(seconds: 86_399)))
    }

    @Test("Unknown zones and abbreviations are rejected; UTC works", arguments: ["UTC", "Nope/Zone", "PST", "utc", ""])
    func identifiers(name: String) {
        let rules = ZoneRules(identifier: name)
        #expect((rules != nil) == (name == "UTC"))
        #expect(rules?.identifier == (name == "UTC" ? "UTC" : nil))
        #expect(rules?.offset(at: utc(2026, 7, 1)) == (name == "UTC" ? 0 : nil))
    }

    @Test(
        "Offsets agree with Foundation at seeded instants from 1900 to 2200",
        arguments: ["America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu", "America/Santiago"])
    func offsetsAgreeWithFoundation(zone: String) throws {
        let rules = try #require(ZoneRules(identifier: zone))
        let foundation = try #require(TimeZone(identifier: zone))
        var random = SplitMix64(seed: 0x5EED_0FF5)
        for _ in 0..<2_000 {
            let instant = ZoneRules.tableStart + Int64(random.next() % UInt64(ZoneRules.tableEnd - ZoneRules.tableStart))
            let expected = foundation.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
            #expect(rules.offset(at: instant) == expected, "\(zone) at \(instant)")
        }
        for transition in rules.transitions.prefix(200) {
            let before = foundation.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(transition - 1)))
            #expect(rules.offset(at: transition - 1) == before)
            #expect(rules.offset(at: transition) != before)
        }
    }

    @Test("ZoneRules.utc is the UTC the tz database gives: offset 0 at every instant, no transitions, equal to it")
    func utcConstant() throws {
        let read = try #require(ZoneRules(identifier: "UTC"))
        #expect(ZoneRules.utc == read)
        #expect(ZoneRules.utc.identifier == "UTC")
        #expect(ZoneRules.utc.transitions.isEmpty)
        for instant in [ZoneRules.tableStart - 1, 0, utc(2026, 3, 8, 10), ZoneRules.tableEnd + 1] {
            #expect(ZoneRules.utc.offset(at: instant) == 0)
        }
        #expect(ZoneRules.utc.local(utc(2026, 1, 1, 23, 59)) == (Self.date(2026, 1, 1), Self.time(23, 59)))
        #expect(ZoneRules.utc != losAngeles)
    }

    @Test(
        "A written instant: exact with an offset, local once, skipped at 02:30 on 8 March, ambiguous at 01:30 on 1 November",
        arguments: [
            ("2026-01-15T12:00:00-05:00", Result<Int64, LocalTimeError>.success(utc(2026, 1, 15, 17))),
            ("2026-01-15 12:00", .success(utc(2026, 1, 15, 20))),
            ("2026-03-08 02:30", .failure(.skipped)),
            ("2026-11-01 01:30", .failure(.ambiguous(first: utc(2026, 11, 1, 8, 30), second: utc(2026, 11, 1, 9, 30)))),
            ("2026-11-01T01:30:00-07:00", .success(utc(2026, 11, 1, 8, 30))),
        ])
    func writtenInstant(text: String, expected: Result<Int64, LocalTimeError>) throws {
        let written = try #require(ScalarReader.instant(text))
        #expect(Result { () throws(LocalTimeError) -> Int64 in try losAngeles.instant(of: written) } == expected)
    }

    @Test("A catalog's default zone is its newest version's (Los Angeles for the samples); UTC without a version")
    func catalogDefaultZone() throws {
        #expect(Catalog(versions: []).defaultZone == .utc)
        #expect(try Fixtures.catalog().defaultZone == losAngeles)
    }
}
