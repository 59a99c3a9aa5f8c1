import Foundation
import Testing

/// RULES.md §2–3 through the command: a month's maintenance policy is the one
/// in force on its first day of service, even after a mid-month anniversary.
@Suite("covenant statement: the maintenance policy of a month")
struct MaintenancePolicyCommandTests {
    /// The shipped catalog with 2027.1 allowing two extra windows a month, a
    /// contract whose anniversary is 10 November, and two announced windows in
    /// each of November and December 2027.
    static func project() throws -> String {
        let folder = CLIHarness.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/Contracts/catalog", withIntermediateDirectories: true)
        try manager.copyItem(
            atPath: CLIHarness.root + "/Contracts/catalog/2026.1.yaml", toPath: folder + "/Contracts/catalog/2026.1.yaml")
        let later = try String(contentsOfFile: CLIHarness.root + "/Contracts/catalog/2027.1.yaml", encoding: .utf8)
        try later.replacingOccurrences(of: "per_month: 1", with: "per_month: 2")
            .write(toFile: folder + "/Contracts/catalog/2027.1.yaml", atomically: true, encoding: .utf8)
        try """
        contract: C-ANNIV
        customer: Anniversary Ltd
        tier: starter
        signed: 2026-11-01
        term:
          start: 2026-11-10
          months: 18

        """.write(toFile: folder + "/Contracts/anniversary.yaml", atomically: true, encoding: .utf8)
        try manager.createDirectory(atPath: folder + "/Scenarios", withIntermediateDirectories: true)
        var maintenance = "timezone: America/Los_Angeles\nmaintenance:\n"
        for month in ["2027-11", "2027-12"] {
            for (number, day) in [(1, 11), (2, 17)] {
                maintenance += "  - {id: MW-\(month)-\(number), start: \(month)-\(day) 01:00, end: \(month)-\(day) 02:00, "
                    + "announced: 2027-10-01, scope: all}\n"
            }
        }
        try maintenance.write(toFile: folder + "/Scenarios/maintenance.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("November 2027 follows 2026.1 (one extra window); December follows 2027.1 (two)", arguments: [
        ("2027-11", "over the monthly allowance", 3600),
        ("2027-12", "extra window", 0),
    ])
    func policyOfTheMonth(month: String, secondReason: String, downtime: Int) throws {
        let project = try Self.project()
        let result = CLIHarness.run(
            ["statement", "--month", month, "--format", "json", "--out", "-", "C-ANNIV"], in: project)
        #expect(result.code == 0, "\(result.err)")
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]])
        let availability = try #require(statements.first?["availability"] as? [String: Any])
        let maintenance = try #require(availability["maintenance"] as? [[String: Any]])
        #expect(maintenance.map { $0["reason"] as? String } == ["extra window", secondReason])
        #expect(availability["downtime_seconds"] as? Int == downtime)
    }
}
