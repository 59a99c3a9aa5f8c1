import Foundation
import Testing

/// RULES.md §6 worked cases F–L end to end: CSV text in, statement JSON out.
@Suite("Support in statements: cases F–L from CSV to JSON")
struct SupportStatementTests {
    static let tickets = """
        T-F,C-PRO,opened,2026-01-06T15:45:00-08:00,medium,case F
        T-F,,replied,2026-01-06T23:30:00-08:00,,
        T-G,C-ENT,opened,2026-01-08T14:00:00-08:00,critical,case G
        T-G,,awaiting_customer,2026-01-08T14:45:00-08:00,,
        T-G,,customer_replied,2026-01-08T18:00:00-08:00,,
        T-G,,resolved,2026-01-08T18:30:00-08:00,,
        T-H,C-STA,opened,2026-01-16T16:00:00-08:00,high,case H
        T-I,C-PRO,opened,2026-03-06T17:00:00-08:00,medium,case I
        T-J,C-STA,opened,2026-12-24T10:00:00-08:00,low,case J
        T-K,C-STA,opened,2027-12-31T10:00:00-08:00,critical,case K
        T-L,C-STA,opened,2027-02-12T13:51:08-08:00,critical,case L
        T-L,,awaiting_customer,2027-02-13T08:52:19-08:00,,
        T-L,,resolved,2027-02-23T18:28:54-08:00,,
        T-L,,reopened,2027-02-24T23:25:20-08:00,,
        T-L,,resolved,2027-02-25T23:05:58-08:00,,

        """

    static func clock(_ ticket: [String: Any]?, _ name: String) -> [String: Any] {
        (ticket?[name] as? [String: Any]) ?? [:]
    }

    @Test("F: professional medium: response 8,100 s of 14,400 on extended, deadline 2026-01-07T18:45:00Z, met")
    func caseF() throws {
        let project = SupportProject.make(tickets: Self.tickets)
        let (json, result) = SupportProject.statement(project, contract: "C-PRO", month: "2026-01", asOf: "2026-01-31T00:00:00Z")
        #expect(result.code == 0, "\(result.err)")
        let ticket = SupportProject.ticket(json, "T-F")
        #expect(ticket?["severity"] as? String == "medium")
        #expect(ticket?["excluded"] is NSNull)
        let response = Self.clock(ticket, "response")
        #expect(response["clock"] as? String == "extended")
        #expect(response["elapsed_seconds"] as? Int == 8_100)
        #expect(response["target_seconds"] as? Int == 14_400)
        #expect(response["deadline"] as? String == "2026-01-07T18:45:00Z")
        #expect(response["status"] as? String == "met")
        let support = try #require(json?["support"] as? [String: Any])
        let metric = try #require(support["response"] as? [String: Any])
        #expect(metric["met"] as? Int == 1)
        #expect(metric["attainment"] as? String == "100.0")
        #expect(metric["target"] as? String == "95")
        #expect(metric["achieved"] as? Bool == true)
    }

    @Test("G: enterprise critical: response 2,700 s met; resolution 4,500 s with 11,700 s paused, met")
    func caseG() {
        let project = SupportProject.make(tickets: Self.tickets)
        let (json, result) = SupportProject.statement(project, contract: "C-ENT", month: "2026-01", asOf: "2026-01-31T00:00:00Z")
        #expect(result.code == 0, "\(result.err)")
        let ticket = SupportProject.ticket(json, "T-G")
        let response = Self.clock(ticket, "response")
        #expect(response["clock"] as? String == "always")
        #expect(response["elapsed_seconds"] as? Int == 2_700)
        #expect(response["status"] as? String == "met")
        let resolution = Self.clock(ticket, "resolution")
        #expect(resolution["elapsed_seconds"] as? Int == 4_500)
        #expect(resolution["paused_seconds"] as? Int == 11_700)
        #expect(resolution["target_seconds"] as? Int == 28_800)
        #expect(resolution["status"] as? String == "met")
    }

    @Test("H: starter high opened Fri 16:00: resolution deadline Wed 2026-01-21 16:00 PST (MLK Monday closed)")
    func caseH() {
        let project = SupportProject.make(tickets: Self.tickets)
        let (json, result) = SupportProject.statement(
            project, contract: "C-STA", month: "2026-01", asOf: "2026-01-16 17:00")
        #expect(result.code == 0, "\(result.err)")
        let resolution = Self.clock(SupportProject.ticket(json, "T-H"), "resolution")
        #expect(resolution["clock"] as? String == "business")
        #expect(resolution["target_seconds"] as? Int == 57_600)
        #expect(resolution["deadline"] as? String == "2026-01-22T00:00:00Z")
        #expect(resolution["elapsed_seconds"] as? Int == 3_600)
        #expect(resolution["status"] as? String == "pending")
        let support = json?["support"] as? [String: Any]
        let metric = support?["resolution"] as? [String: Any]
        #expect(metric?["pending"] as? Int == 1)
        #expect(metric?["attainment"] is NSNull)
        #expect(metric?["achieved"] is NSNull)
    }

    @Test("I: professional medium opened Fri 2026-03-06 17:00 PST: response deadline 2026-03-09T19:00:00Z (12:00 PDT)")
    func caseI() {
        let project = SupportProject.make(tickets: Self.tickets)
        let (json, result) = SupportProject.statement(project, contract: "C-PRO", month: "2026-03", asOf: "2026-03-06T17:30:00-08:00")
        #expect(result.code == 0, "\(result.err)")
        let response = Self.clock(SupportProject.ticket(json, "T-I"), "response")
        #expect(response["deadline"] as? String == "2026-03-09T19:00:00Z")
        #expect(response["status"] as? String == "pending")
    }

    @Test("J: starter low opened Thu 2026-12-24 10:00 PST: response deadline Sun 12-27 10:00 PST (48 h + 24 h year-end)")
    func caseJ() {
        let project = SupportProject.make(tickets: Self.tickets)
        let (json, result) = SupportProject.statement(project, contract: "C-STA", month: "2026-12", asOf: "2026-12-27T10:00:00-08:00")
        #expect(result.code == 0, "\(result.err)")
        let response = Self.clock(SupportProject.ticket(json, "T-J"), "response")
        #expect(response["target_seconds"] as? Int == 172_800)
        #expect(response["deadline"] as? String == "2026-12-27T18:00:00Z")
        #expect(response["elapsed_seconds"] as? Int == 259_200)
        #expect(response["status"] as? String == "pending")
        let late = SupportProject.statement(project, contract: "C-STA", month: "2026-12", asOf: "2026-12-27T10:00:01-08:00")
        #expect(Self.clock(SupportProject.ticket(late.json, "T-J"), "response")["status"] as? String == "missed")
    }

    @Test("K: business is closed all of Fri 2027-12-31: starter critical resolution deadline Fri 2028-01-07 17:00 PST")
    func caseK() {
        let project = SupportProject.make(tickets: Self.tickets)
        let (json, result) = SupportProject.statement(project, contract: "C-STA", month: "2027-12", asOf: "2027-12-31T16:00:00-08:00")
        #expect(result.code == 0, "\(result.err)")
        let ticket = SupportProject.ticket(json, "T-K")
        let resolution = Self.clock(ticket, "resolution")
        #expect(resolution["elapsed_seconds"] as? Int == 0)
        #expect(resolution["deadline"] as? String == "2028-01-08T01:00:00Z")
        let response = Self.clock(ticket, "response")
        #expect(response["deadline"] as? String == "2028-01-02T18:00:00Z")
    }

    @Test("L: starter critical paused, resolved, reopened: resolution 40,132 s with 172,800 s paused, met")
    func caseL() {
        let project = SupportProject.make(tickets: Self.tickets)
        let (json, result) = SupportProject.statement(project, contract: "C-STA", month: "2027-02", asOf: "2027-03-01T00:00:00Z")
        #expect(result.code == 0, "\(result.err)")
        let resolution = Self.clock(SupportProject.ticket(json, "T-L"), "resolution")
        #expect(resolution["clock"] as? String == "business")
        #expect(resolution["elapsed_seconds"] as? Int == 40_132)
        #expect(resolution["paused_seconds"] as? Int == 172_800)
        #expect(resolution["target_seconds"] as? Int == 144_000)
        #expect(resolution["status"] as? String == "met")
    }

    @Test("as_of defaults to the latest ticket event read: an open ticket's elapsed time runs to it")
    func defaultAsOf() {
        let project = SupportProject.make(tickets: """
            T-1,C-ENT,opened,2026-01-12T10:00:00-08:00,critical,
            T-2,C-ENT,opened,2026-01-12T10:20:00-08:00,critical,
            T-2,,replied,2026-01-12T10:50:00-08:00,,

            """)
        let (json, result) = SupportProject.statement(project, contract: "C-ENT", month: "2026-01")
        #expect(result.code == 0, "\(result.err)")
        let response = Self.clock(SupportProject.ticket(json, "T-1"), "response")
        #expect(response["elapsed_seconds"] as? Int == 3_000)
        #expect(response["status"] as? String == "pending")
    }

    @Test("Surveys appear with their counts; a kind with no scores is null")
    func surveys() {
        let project = SupportProject.make(
            tickets: "", surveys: "C-PRO,2026-01-10T10:00:00Z,csat,9\nC-PRO,2026-01-11T10:00:00Z,csat,8\nC-PRO,2026-01-11T10:00:00Z,nps,6\n")
        let (json, result) = SupportProject.statement(project, contract: "C-PRO", month: "2026-01", asOf: "2026-01-31T00:00:00Z")
        #expect(result.code == 0, "\(result.err)")
        let surveys = json?["surveys"] as? [String: Any]
        #expect(surveys?["csat"] as? String == "8.5")
        #expect(surveys?["csat_count"] as? Int == 2)
        #expect(surveys?["nps"] as? String == "-100.0")
        #expect(surveys?["ces"] is NSNull)
        #expect(surveys?["ces_count"] as? Int == 0)
    }

    static let badRow = """
        T-1,C-ENT,opened,2026-01-12T10:00:00-08:00,critical,
        T-1,,replied,2026-01-12T10:30:00-08:00,,
        T-2,C-ENT,opened,2026-01-12T11:00:00-08:00,urgent,

        """

    @Test("A bad ticket row stops the run (exit 65, its line named); --lenient skips it with a warning")
    func lenient() {
        let project = SupportProject.make(tickets: Self.badRow)
        let strict = SupportProject.statement(project, contract: "C-ENT", month: "2026-01")
        #expect(strict.result.code == 65)
        #expect(strict.result.err.contains("Scenarios/tickets.csv:4:1: error: unknown severity 'urgent'"))
        let lenient = SupportProject.statement(project, contract: "C-ENT", month: "2026-01", extra: ["--lenient"])
        #expect(lenient.result.code == 0)
        #expect(lenient.result.err.contains("Scenarios/tickets.csv:4:1: warning: unknown severity 'urgent'"))
        #expect(SupportProject.ticket(lenient.json, "T-1") != nil)
        #expect(SupportProject.ticket(lenient.json, "T-2") == nil)
    }

    @Test("check validates tickets.csv and surveys.csv, recognised by their headers")
    func check() throws {
        let project = SupportProject.make(tickets: Self.badRow, surveys: "C-STA,2026-01-10T10:00:00Z,ces,6\n")
        try "a,b\n1,2\n".write(toFile: project + "/Scenarios/other.csv", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check", "Scenarios"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Scenarios/tickets.csv:4:1: error: unknown severity 'urgent'"))
        #expect(result.err.contains("Scenarios/surveys.csv:2:1: error: ces scores are 1 to 5, found 6"))
        #expect(result.err.contains("Scenarios/other.csv:1:1: error: cannot recognise this CSV file by its header"))
        let good = SupportProject.make(tickets: "T-1,C-ENT,opened,2026-01-12T10:00:00-08:00,critical,\n")
        #expect(CLIHarness.run(["check", "Scenarios"], in: good).code == 0)
    }

    @Test("A ticket opened in January and answered in February is reported in January, read from both months' files")
    func spansMonths() throws {
        let project = SupportProject.make(tickets: "T-1,C-STA,opened,2026-01-31T21:00:00-08:00,high,\n")
        try FileManager.default.createDirectory(atPath: project + "/Scenarios/2026-02", withIntermediateDirectories: true)
        try (SupportProject.header + "T-1,,replied,2026-02-01T04:30:00-08:00,,\n")
            .write(toFile: project + "/Scenarios/2026-02/tickets.csv", atomically: true, encoding: .utf8)
        let january = SupportProject.statement(project, contract: "C-STA", month: "2026-01")
        let response = Self.clock(SupportProject.ticket(january.json, "T-1"), "response")
        #expect(response["elapsed_seconds"] as? Int == 27_000)
        #expect(response["status"] as? String == "met")
        let february = SupportProject.statement(project, contract: "C-STA", month: "2026-02")
        #expect(SupportProject.ticket(february.json, "T-1") == nil)
    }
}
