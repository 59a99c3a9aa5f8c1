import CovenantFormat
import Foundation
import Testing

@testable import Covenant

@Suite("Staffing scenarios: decoding and located errors")
struct StaffingDecodingTests {
    /// `Scenarios/staffing/base.yaml`, STAFFING.md's example verbatim.
    static let baseText: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/staffing/base.yaml")
        return try! String(contentsOf: url, encoding: .utf8)
    }()

    static func decode(_ text: String) throws -> (scenario: StaffingScenario?, diagnostics: [Diagnostic]) {
        let document = try DocumentParser.parse(SourceFile(path: "base.yaml", text: text))
        return StaffingScenario.decode(document, tiers: .seedDefaults)
    }

    /// The first line of each diagnostic: `base.yaml:6:54: error: …`.
    static func headlines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { String($0.rendered.split(separator: "\n")[0]) }
    }

    /// The base text with one piece replaced (which must occur exactly once).
    static func edited(_ old: String, _ new: String) -> String {
        precondition(baseText.components(separatedBy: old).count == 2, "'\(old)' must occur once")
        return baseText.replacingOccurrences(of: old, with: new)
    }

    @Test("base.yaml decodes without a diagnostic to exactly STAFFING.md's scenario")
    func base() throws {
        let decoded = try Self.decode(Self.baseText)
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.scenario == StaffingExample.base)
    }

    @Test(
        "each error of STAFFING.md, and type errors, point at the value",
        arguments: [
            // Customer points out of order.
            (
                "  2026-06: {starter: 8, professional: 4, enterprise: 1}   # linearly, rounded down\n  2026-12: {starter: 14, professional: 8, enterprise: 3}",
                "  2026-12: {starter: 14, professional: 8, enterprise: 3}\n  2026-06: {starter: 8, professional: 4, enterprise: 1}",
                ["base.yaml:8:3: error: customer point 2026-06 is out of order: it comes after 2026-12"]
            ),
            // A point before start.
            (
                "  2026-01: {", "  2025-12: {",
                ["base.yaml:6:3: error: customer point 2025-12 is before the plan's start 2026-01"]
            ),
            // A month outside the plan.
            (
                "  2028-12:", "  2029-01:",
                ["base.yaml:9:3: error: month 2029-01 is outside the plan (2026-01 to 2028-12)"]
            ),
            // A negative count.
            (
                "enterprise: 0}", "enterprise: -1}",
                ["base.yaml:6:54: error: a customer count cannot be negative, found '-1'"]
            ),
            // Shares outside 0–100%.
            (
                "auto_resolution: 45%", "auto_resolution: 145%",
                ["base.yaml:13:20: error: expected a share from 0% to 100%, found '145%'"]
            ),
            (
                "overhead: 20%            #", "overhead: -5%            #",
                ["base.yaml:19:15: error: expected a share from 0% to 100%, found '-5%'"]
            ),
            // productive_hours of zero.
            (
                "productive_hours: 120", "productive_hours: 0",
                ["base.yaml:15:21: error: productive_hours must be more than zero, found '0'"]
            ),
            // An unknown tier.
            (
                "{starter: 3, professional: 1", "{startr: 3, professional: 1",
                [
                    "base.yaml:6:13: error: unknown tier 'startr' in customers (tiers: starter, professional, enterprise); did you mean 'starter'?"
                ]
            ),
            // Unknown role fields and roles.
            (
                "    salary: 120000", "    salry: 120000",
                [
                    "base.yaml:18:5: error: unknown key 'salry' in role csm; did you mean 'salary'?",
                    "base.yaml:18:5: error: missing required key 'salary' in role csm",
                ]
            ),
            (
                "    covers: workload", "    cover: workload",
                [
                    "base.yaml:24:5: error: unknown key 'cover' in role support_engineer; did you mean 'covers'?",
                    "base.yaml:22:5: error: missing required key 'covers' in role support_engineer",
                ].sorted()
            ),
            (
                "  vp_customer_success:", "  vp_customer_succes:",
                [
                    "base.yaml:17:3: error: missing required key 'vp_customer_success' in roles",
                    "base.yaml:25:3: error: unknown key 'vp_customer_succes' in roles; did you mean 'vp_customer_success'?",
                ]
            ),
            // Type errors.
            (
                "start: 2026-01", "start: Jan 2026",
                ["base.yaml:2:8: error: expected a month like '2026-01', found 'Jan 2026'"]
            ),
            (
                "months: 36", "months: 3.5",
                ["base.yaml:3:9: error: expected months as a whole number like '12', found '3.5'"]
            ),
            ("months: 36", "months: 0", ["base.yaml:3:9: error: months must be from 1 to 1200, found '0'"]),
            (
                "salary: 150000", "salary: 150000.125",
                ["base.yaml:22:13: error: expected a salary in USD with at most 2 decimals, found '150000.125'"]
            ),
            (
                "15000 per quarter per 0.5 FTE", "15000 a quarter",
                [
                    "base.yaml:33:20: error: expected a contractor price like '15000 per quarter per 0.5 FTE', found '15000 a quarter'"
                ]
            ),
            (
                "never_fire: true", "never_fire: yes",
                ["base.yaml:34:15: error: expected 'true' or 'false', found 'yes'"]
            ),
            (
                "monthly: 150}", "monthly: 150 USD}",
                ["base.yaml:40:33: error: expected a number like '15000.00', found '150 USD'"]
            ),
            // Contradictions and omissions.
            ("red_flag: 15%", "red_flag: 5%", ["base.yaml:43:37: error: red_flag 5% is below target 10%"]),
            (
                "  contractor_cost: 15000 per quarter per 0.5 FTE\n", "",
                [
                    "base.yaml:32:3: error: missing required key 'contractor_cost' in staffing: contractor_until_customers needs a price"
                ]
            ),
            (
                "professional: 6, enterprise: 12}", "professional: 6}",
                [
                    "base.yaml:12:25: error: tickets_per_customer has no figure for tier 'enterprise', which has customers"
                ]
            ),
            // Limits that keep every figure exact.
            (
                "auto_resolution: 45%", "auto_resolution: 45.125%",
                ["base.yaml:13:20: error: expected a share with at most 2 decimals like '45.5%', found '45.125%'"]
            ),
            (
                "minutes_per_ticket: 40", "minutes_per_ticket: 40.125",
                [
                    "base.yaml:14:23: error: minutes_per_ticket must be at most 100000 with at most 2 decimals, found '40.125'"
                ]
            ),
            (
                "thresholds: {", "threshold: {",
                [
                    "base.yaml:1:1: error: missing required key 'thresholds' in a staffing scenario",
                    "base.yaml:43:1: error: unknown key 'threshold' in a staffing scenario; did you mean 'thresholds'?",
                ]
            ),
        ])
    func error(old: String, new: String, expected: [String]) throws {
        let decoded = try Self.decode(Self.edited(old, new))
        #expect(decoded.scenario == nil)
        #expect(Self.headlines(decoded.diagnostics) == expected)
    }

    @Test(
        "figures too large to compute exactly are an error, not a crash",
        arguments: [
            (
                [("enterprise: 8}", "enterprise: 1000000}"), ("enterprise: 75000}", "enterprise: 1000000000}")],
                "base.yaml:5:1: error: the plan's monthly revenue or cost could exceed 10000000000000.00 USD; check its figures"
            ),
            (
                [
                    ("{starter: 30,", "{starter: 1000000,"),
                    ("{starter: 3, professional: 6", "{starter: 100000, professional: 6"),
                    ("minutes_per_ticket: 40", "minutes_per_ticket: 1000"),
                ],
                "base.yaml:5:1: error: the plan would staff more than 1000000000 Support engineer FTE in a month; check its figures"
            ),
        ])
    func tooLarge(edits: [(String, String)], expected: String) throws {
        var text = Self.baseText
        for (old, new) in edits {
            #expect(text.components(separatedBy: old).count == 2)
            text = text.replacingOccurrences(of: old, with: new)
        }
        let decoded = try Self.decode(text)
        #expect(decoded.scenario == nil)
        #expect(Self.headlines(decoded.diagnostics) == [expected])
    }

    @Test("several independent problems are all reported, in file order")
    func several() throws {
        let text = Self.edited("enterprise: 0}", "enterprise: -1}")
            .replacingOccurrences(of: "auto_resolution: 45%", with: "auto_resolution: 145%")
            .replacingOccurrences(of: "productive_hours: 120", with: "productive_hours: 0")
        let decoded = try Self.decode(text)
        #expect(
            Self.headlines(decoded.diagnostics).map { $0.split(separator: ":").prefix(3).joined(separator: ":") }
                == ["base.yaml:6:54", "base.yaml:13:20", "base.yaml:15:21"])
    }

    @Test("a first point after start is a warning: earlier months take its counts")
    func firstPointAfterStart() throws {
        let decoded = try Self.decode(Self.edited("  2026-01: {", "  2026-03: {"))
        #expect(decoded.scenario != nil)
        #expect(
            Self.headlines(decoded.diagnostics) == [
                "base.yaml:6:3: warning: customers before 2026-03 are taken to be those of 2026-03, the first point"
            ])
    }

    @Test("the diagnostic shows the line and a caret under the value")
    func rendered() throws {
        let decoded = try Self.decode(Self.edited("productive_hours: 120", "productive_hours: 0"))
        #expect(
            decoded.diagnostics.map(\.rendered) == [
                """
                base.yaml:15:21: error: productive_hours must be more than zero, found '0'
                    productive_hours: 0      # a month, per full-time person
                                      ^
                """
            ])
    }

    @Test("optional parts: fees, on-call, tools, founder and contractor phases may be left out")
    func optional() throws {
        let text = """
            plan: Lean
            start: 2026-01
            months: 12
            customers:
              2026-01: {professional: 4}
            workload:
              tickets_per_customer: {professional: 6}
              auto_resolution: 45%
              minutes_per_ticket: 40
              productive_hours: 120
            roles:
              csm:
                salary: 120000
                ratio: {professional: 5}
              support_engineer: {salary: 150000, covers: workload}
              vp_customer_success: {salary: 180000, from_customers: 40}
            staffing:
              step: 0.25
            thresholds: {target: 10%, red_flag: 15%}
            """
        let decoded = try Self.decode(text)
        #expect(decoded.diagnostics.isEmpty)
        let scenario = try #require(decoded.scenario)
        #expect(scenario.fees.isEmpty && scenario.onCall.isEmpty && scenario.tools.isEmpty)
        #expect(scenario.staffing == StaffingPolicy(step: ScalarReader.decimal("0.25")!))
        #expect(scenario.roles.csm.basis == .ratio(["professional": 5]))
        #expect(scenario.roles.csm.overhead == .zero)
        let plan = BudgetPlan(scenario: scenario, tiers: .seedDefaults)
        #expect(plan.months[0].staffed.csm == StaffingFraction(1))
        #expect(plan.months[0].revenue.plain == "60000.00")
    }
}
