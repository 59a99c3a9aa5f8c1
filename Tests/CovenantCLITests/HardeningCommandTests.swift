import Foundation
import Testing

/// Issue 14's hostile inputs through the command line: each is a located
/// error (exit 65) in `check` and in `statement` alike, a usage error (64),
/// or a correct answer; none crashes and none prints a sentinel instant.
@Suite("Hostile inputs: located errors or correct answers, never a crash", .serialized)
struct HardeningCommandTests {
    /// One edit of a sample file: `old` replaced by `new`.
    struct Edit: Sendable, CustomStringConvertible {
        var file: String
        var old: String
        var new: String
        var description: String { "\(file): \(new.prefix(60))" }
    }

    /// The sample project with edits applied.
    static func project(_ edits: [Edit]) throws -> String {
        let folder = CLIHarness.sampleProject()
        for edit in edits {
            let path = folder + "/" + edit.file
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            #expect(edit.old.isEmpty || text.contains(edit.old), "\(edit.file) has no '\(edit.old)'")
            let changed = edit.old.isEmpty ? text + edit.new : text.replacingOccurrences(of: edit.old, with: edit.new)
            try changed.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let acmeFee = Edit(
        file: "Contracts/acme-tools.yaml", old: "monthly_fee: 2500.00", new: "monthly_fee: 50000000000000000")
    static let bakeryFee = Edit(
        file: "Contracts/corner-bakery.yaml", old: "  months: 12", new: "  months: 12\nmonthly_fee: 50000000000000000")

    @Test(
        "A value beyond FORMAT.md's limits is the same located error in check and statement (exit 65)",
        arguments: [
            ([acmeFee, bakeryFee], "acme-tools.yaml:10:14: error: expected an amount at most 1,000,000,000,000, "
                + "found '50000000000000000'"),
            ([Edit(file: "Contracts/acme-tools.yaml",
                 old: "monthly_fee: 2500.00", new: "monthly_fee: 92233720368547758")],
             "error: expected an amount at most 1,000,000,000,000, found '92233720368547758'"),
            ([Edit(file: "Contracts/acme-tools.yaml",
                 old: "monthly_fee: 2500.00", new: "monthly_fee: 999999999999999999")],
             "error: expected an amount at most 1,000,000,000,000, found '999999999999999999'"),
            ([Edit(file: "Contracts/globex.yaml", old: "annual_fee: 120000}", new: "annual_fee: 90000000000000000}")],
             "globex.yaml:23:56: error: expected an amount at most 1,000,000,000,000, found '90000000000000000'"),
            ([Edit(file: "Contracts/catalog/2026.1.yaml", old: "list_fee: 2500", new: "list_fee: 1000000000000.01")],
             "error: expected an amount at most 1,000,000,000,000, found '1000000000000.01'"),
            ([Edit(file: "Contracts/globex.yaml", old: "    high: {response: 15m}",
                   new: "    high: {response: 15m, resolution: 400000000000000 business days}")],
             "globex.yaml:21:39: error: expected a business duration at most 100 years (36500 business days), "
                + "found '400000000000000 business days'"),
            ([Edit(file: "Contracts/globex.yaml", old: "    high: {response: 15m}",
                   new: "    high: {response: 15m, resolution: 999999999999999999 business minutes}")],
             "error: expected a business duration at most 100 years (52560000 business minutes)"),
            ([Edit(file: "Contracts/catalog/2026.1.yaml", old: "low:      {response: 48h}",
                   new: "low:      {response: 48h, resolution: 400000000000000 business days}")],
             "2026.1.yaml:59:45: error: expected a business duration at most 100 years (36500 business days)"),
            ([Edit(file: "Contracts/smallmart.yaml", old: "  - effective: 2026-09-01",
                   new: "  - effective: 2026-09-01\n    monthly_fee: 17000\n  - effective: 2026-09-01")],
             "smallmart.yaml:19:16: error: another amendment already takes effect on 2026-09-01; write the changes "
                + "of one date in one amendment"),
            ([Edit(file: "Contracts/catalog/2026.1.yaml", old: "      mon-fri: 09:00-17:00\n    holidays",
                   new: "      mon-fri: 09:00-12:00, 11:00-17:00\n    holidays")],
             "2026.1.yaml:15:16: error: hours 11:00-17:00 overlap 09:00-12:00 on the same day"),
            ([Edit(file: "Contracts/catalog/2026.1.yaml", old: "      mon-fri: 09:00-17:00\n    holidays",
                   new: "      {}\n    holidays")],
             "2026.1.yaml:56:45: error: a business duration needs a calendar with hours; 'business' is never open"),
            // The whole-path fuzz harness's first slow input: a maintenance event of 2,026 years.
            ([Edit(file: "Scenarios/2026-01/maintenance.yaml",
                 old: "end: 2026-01-18 04:00", new: "end: 4052-01-18 04:00")],
             "maintenance.yaml:7:10: error: a maintenance event lasts at most 100 years (36500d)"),
            ([Edit(file: "Scenarios/2026-01/incidents.yaml",
                 old: "end: 2026-01-08T20:43:12Z", new: "end: 2126-01-09T20:43:12Z")],
             "incidents.yaml:8:10: error: an incident lasts at most 100 years (36500d)"),
            ([Edit(file: "Scenarios/2026-01/incidents.yaml", old: "start: 2026-01-08T17:00:00Z",
                   new: "start: 9999-12-31 23:00")],
             "incidents.yaml:7:12: error: expected an instant from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z, "
                + "found '9999-12-31 23:00' (after it in UTC)"),
        ])
    func limits(edits: [Edit], message: String) throws {
        let folder = try Self.project(edits)
        let check = CLIHarness.run(["check"], in: folder)
        let statement = CLIHarness.run(["statement", "--month", "2026-01", "--out", folder + "/out"], in: folder)
        #expect(check.code == 65)
        #expect(statement.code == 65)
        #expect(check.err.contains(message), "\(check.err)")
        #expect(statement.err.contains(message), "\(statement.err)")
        #expect(!statement.err.contains("allows 2 fraction digits"))
    }

    @Test("Overnight hours running into the next day's hours are a warning: CATALOG.md allows them, counted once")
    func overnightIntoNextDay() throws {
        let folder = try Self.project([
            Edit(file: "Contracts/catalog/2026.1.yaml", old: "      mon-fri: 09:00-17:00\n    holidays",
                 new: "      mon-fri: 09:00-17:00\n      sat: 22:00-06:00\n      sun: 05:00-07:00\n    holidays")
        ])
        let check = CLIHarness.run(["check"], in: folder)
        #expect(check.code == 0)
        #expect(check.err.contains(
            "2026.1.yaml:16:7: warning: hours on sat run past midnight into hours listed for sun; "
                + "the overlap counts once"))
        // Saturday 22:00 to Sunday 07:00: nine hours, the hour from 05:00 to 06:00 once.
        let clock = CLIHarness.run(
            ["clock", "--calendar", "business", "--catalog-version", "2026.1", "--between", "2026-01-10 00:00",
             "2026-01-12 00:00"], in: folder)
        #expect(clock.out == "32400 seconds (9h 0m 0s)\n", "\(clock.out)")
    }

    @Test("A maintenance event of 100 years for every contract is classified once, not per contract and month")
    func longMaintenance() throws {
        let folder = try Self.project([
            Edit(file: "Scenarios/2026-01/maintenance.yaml", old: "end: 2026-01-18 04:00\n",
                 new: "end: 2125-12-18 04:00\n"),
            Edit(file: "Scenarios/2026-01/maintenance.yaml",
                 old: "scope: {contracts: [C-2026-034]}", new: "scope: all"),
        ])
        let clock = ContinuousClock()
        let start = clock.now
        let result = CLIHarness.run(["statement", "--month", "2026-01", "--out", folder + "/out"], in: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(clock.now - start < .seconds(20), "a debug build, every contract")
        let text = try String(contentsOfFile: folder + "/out/C-2026-034.txt", encoding: .utf8)
        #expect(text.contains("MW-2026-01-18"), "\(text)")
    }

    @Test("20,000 bad ticket rows are 20,000 located errors in time: diagnostics dedupe without hashing the file")
    func manyBadRows() throws {
        let rows = (0..<20_000).map { $0 % 2 == 0 ? "T-\($0),C-2026-015,opened,2026-13-01,low,\n" : "T-\($0),C-2026-015\n" }
        let folder = try Self.project([Edit(file: "Scenarios/2026-01/tickets.csv", old: "", new: rows.joined())])
        let clock = ContinuousClock()
        let start = clock.now
        let result = CLIHarness.run(["check"], in: folder)
        // Hashing each diagnostic's whole file made this quadratic: 16 s for 8,000 rows in a release build.
        #expect(clock.now - start < .seconds(15), "a debug build")
        #expect(result.code == 65)
        #expect(result.err.hasSuffix("20000 errors, 14 warnings\n"), "\(result.err.suffix(200))")
    }

    @Test("Fees at the limit add up exactly: two of 1,000,000,000,000 in the summary, no overflow")
    func feesAtTheLimit() throws {
        let folder = try Self.project([
            Edit(file: "Contracts/acme-tools.yaml", old: "monthly_fee: 2500.00", new: "monthly_fee: 1000000000000"),
            Edit(file: "Contracts/bolt-hardware.yaml", old: "monthly_fee: 2500.00", new: "monthly_fee: 1000000000000"),
        ])
        let result = CLIHarness.run(["statement", "--month", "2026-01", "--out", "-", "--format", "text"], in: folder)
        #expect(result.code == 0, "\(result.err)")
        // 2 × 1,000,000,000,000 + Corner Bakery 1,370.97 + Initech 2,500.00.
        #expect(result.out.contains(
            "  starter               4  $2,000,000,003,870.97  $100,000,000,000.00  $100,000,000,000.00      $0.00\n"))
        #expect(result.out.contains(
            "  all                   6  $2,000,000,093,870.97  $100,000,011,250.00  $100,000,011,250.00      $0.00\n"))
    }

    @Test("A premium of 1,000,000,000,000 a month in three items totals 36,000,000,000,000 a year in the appendix")
    func premiumTotal() throws {
        let folder = try Self.project([
            Edit(
                file: "Contracts/globex.yaml", old: "annual_fee: 120000}", new: "monthly_fee: 1000000000000}"),
            Edit(file: "Contracts/globex.yaml", old: "annual_fee: 50000}", new: "monthly_fee: 1000000000000}"),
        ])
        let result = CLIHarness.run(["appendix", "C-2026-021", "--format", "md", "--out", "-"], in: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("$36,000,000,000,000.00"), "\(result.out)")
    }

    @Test(
        "clock --add beyond the limits is a usage error (64), not a crash or a sentinel",
        arguments: ["400000000000000 business days", "9223372036854775807s", "36501d", "52560001 business minutes"])
    func clockLimits(duration: String) {
        let result = CLIHarness.run(
            ["clock", "--calendar", "business", "--add", duration, "--from", "2026-01-06 15:45"])
        #expect(result.code == 64)
        #expect(result.err.contains("--add expects a") && result.err.contains("at most 100 years"), "\(result.err)")
        #expect(!result.out.contains("292277026596"))
    }

    @Test("A deadline a calendar never reaches is 'never': hours {} or past 9999-12-31")
    func clockNever() throws {
        let folder = try Self.project([
            Edit(
                file: "Contracts/catalog/2027.1.yaml",
                old: "calendars:\n", new: "calendars:\n  closed:\n    hours: {}\n")
        ])
        let closed = CLIHarness.run(
            ["clock", "--calendar", "closed", "--add", "4h", "--from", "2026-01-06 15:45"], in: folder)
        #expect(closed.code == 0)
        #expect(closed.out == "never (calendar 'closed' does not reach 4h of working time before 10000-01-01)\n")
        let late = CLIHarness.run(["clock", "--calendar", "always", "--add", "36500d", "--from", "9999-12-31 15:45"])
        #expect(late.code == 0)
        #expect(late.out.hasPrefix("never"), "\(late.out)")
        let last = CLIHarness.run(["clock", "--calendar", "always", "--add", "8h", "--from", "9999-12-31 15:45"])
        #expect(last.out == "never (calendar 'always' does not reach 8h of working time before 10000-01-01)\n")
        let inTime = CLIHarness.run(["clock", "--calendar", "always", "--add", "8h", "--from", "9999-12-31T15:59:59Z"])
        #expect(inTime.out == "9999-12-31T23:59:59Z (9999-12-31 15:59:59 America/Los_Angeles)\n", "\(inTime.out)")
    }

    @Test(
        "00:00-00:00 and 09:00-09:00 are 24 hours, 22:00-00:00 two: an end not after the start runs overnight",
        arguments: [
            ("00:00-00:00", "86400 seconds"), ("09:00-09:00", "86400 seconds"), ("22:00-00:00", "7200 seconds"),
        ])
    func wholeDays(hours: String, expected: String) throws {
        let folder = try Self.project([
            Edit(
                file: "Contracts/catalog/2027.1.yaml", old: "calendars:\n",
                new: "calendars:\n  daily:\n    hours:\n      mon: \(hours)\n")
        ])
        let result = CLIHarness.run(
            ["clock", "--calendar", "daily", "--between", "2026-01-05 00:00", "2026-01-12 00:00"], in: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix(expected + " "), "\(result.out)")
        #expect(CLIHarness.run(["check"], in: folder).code == 0)
    }

    @Test("US federal holidays hold in every year allowed: 4 July 2300 (a Wednesday) and its neighbours")
    func federalHolidaysFar() {
        let result = CLIHarness.run(
            ["clock", "--calendar", "business", "--between", "2300-07-03 00:00", "2300-07-06 00:00"])
        // Tuesday 3 and Thursday 5 July are working days of 8 hours; Wednesday 4 July is closed.
        #expect(result.out == "57600 seconds (16h 0m 0s)\n", "\(result.out)")
        let last = CLIHarness.run(
            ["clock", "--calendar", "business", "--between", "9999-12-31 00:00", "9999-12-31 12:00"])
        // New Year's Day 10000 is a Saturday, observed on Friday 9999-12-31.
        #expect(last.out == "0 seconds (0h 0m 0s)\n", "\(last.out)")
    }

    @Test("An incident scoped to a region no contract has is a warning, in check and statement alike")
    func unknownRegion() throws {
        let folder = try Self.project([
            Edit(file: "Scenarios/2026-01/maintenance.yaml", old: "scope: {region: us-east}",
                 new: "scope: {region: us-eest}")
        ])
        let message =
            "maintenance.yaml:16:21: warning: no contract is in region 'us-eest', so this applies to none (regions: "
            + "eu-central, us-central, us-east, us-west)"
        let check = CLIHarness.run(["check"], in: folder)
        #expect(check.code == 0)
        #expect(check.err.contains(message), "\(check.err)")
        let statement = CLIHarness.run(["statement", "--month", "2026-01", "--out", folder + "/out"], in: folder)
        #expect(statement.code == 0)
        #expect(statement.err.contains(message), "\(statement.err)")
    }

    @Test("A ticket on a calendar never open: deadlines null in JSON, 'never' in HTML, explain and watch; check warns")
    func neverDeadlines() throws {
        let folder = try Self.project([
            Edit(
                file: "Contracts/catalog/2026.1.yaml",
                old: "calendars:\n", new: "calendars:\n  closed:\n    hours: {}\n"),
            Edit(
                file: "Contracts/catalog/2026.1.yaml", old: "    clocks: {response: extended, resolution: extended}\n"
                    + "    support:\n      critical:\n        response: 1h",
                new: "    clocks: {response: closed, resolution: closed}\n"
                    + "    support:\n      critical:\n        response: 1h"),
            Edit(
                file: "Scenarios/2026-01/tickets.csv", old: "",
                new: "T-1099,C-2026-021,opened,2026-01-20T10:00:00-08:00,medium,Stuck export\n"),
        ])
        let check = CLIHarness.run(["check"], in: folder)
        #expect(check.code == 0, "\(check.err)")
        #expect(check.err.contains(
            "warning: calendar 'closed' is never open: the medium response deadline is never reached"))
        let json = CLIHarness.run(
            ["statement", "--month", "2026-01", "--format", "json", "--out", "-", "C-2026-021"], in: folder)
        #expect(json.code == 0, "\(json.err)")
        let statements = try #require(
            try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        let support = try #require(statements.first?["support"] as? [String: Any])
        let tickets = try #require(support["tickets"] as? [[String: Any]])
        let ticket = try #require(tickets.first { $0["id"] as? String == "T-1099" })
        for clock in ["response", "resolution"] {
            let measure = try #require(ticket[clock] as? [String: Any])
            #expect(measure["deadline"] is NSNull, "\(clock): \(measure)")
            #expect(measure["target_seconds"] as? Int == (clock == "response" ? 3600 : 14_400))
            #expect(measure["status"] as? String == "pending")
        }
        #expect(!json.out.contains("292277026596"))
        let html = CLIHarness.run(
            ["statement", "--month", "2026-01", "--format", "html", "--out", "-", "C-2026-021"], in: folder)
        #expect(html.out.contains("<td>pending: 0 s so far of 1 h, deadline never</td>"), "\(html.out)")
        let explain = CLIHarness.run(["explain", "C-2026-021", "--month", "2026-01"], in: folder)
        #expect(explain.out.contains(
            "response (medium on closed): 0 s of working time so far, still running; target 1 h, deadline "
                + "never (the calendar does not reach the target before 10000-01-01): pending, not counted"))
        let watch = CLIHarness.run(["watch", "--at", "2026-01-21 10:00"], in: folder)
        #expect(watch.out.contains("open with a deadline never reached: T-1099"), "\(watch.out)")
        let watchJSON = CLIHarness.run(["watch", "--at", "2026-01-21 10:00", "--format", "json"], in: folder)
        #expect(watchJSON.out.contains("\"never_due\": [\n    \"T-1099\"\n  ]"), "\(watchJSON.out)")
    }

    @Test("A month in 2300 is measured with the zone's rules of 2300: March in Los Angeles is 2,674,800 s")
    func farMonth() throws {
        let folder = try Self.project([
            Edit(file: "Contracts/acme-tools.yaml", old: "signed: 2025-12-01\nterm:\n  start: 2026-01-01\n  months: 12",
                 new: "signed: 2250-01-01\nterm:\n  start: 2250-01-01\n  months: 1200")
        ])
        let result = CLIHarness.run(
            ["statement", "--month", "2300-03", "--as-of", "2300-04-01T00:00:00Z", "--format", "json", "--out", "-",
             "C-2026-032"], in: folder)
        #expect(result.code == 0, "\(result.err)")
        // 31 days less the hour the clocks spring forward on 11 March 2300 (2,678,400 before the tables reached it).
        #expect(result.out.contains("\"period_seconds\": 2674800"), "\(result.out.prefix(600))")
    }
}
