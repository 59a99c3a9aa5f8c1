import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

@Suite("Budget reports: the JSON form of STAFFING.md")
struct BudgetJSONTests {
    /// STAFFING.md's example month, verbatim.
    static let specMonth = """
        {"month": "2026-01", "customers": {"starter": 3, "professional": 1, "enterprise": 0},
         "revenue": "22500.00", "tickets": "15", "human_tickets": "8.25",
         "fte_required": {"csm": "0.50", "support_engineer": "0.05", "vp_customer_success": "0"},
         "fte_staffed": {"csm": "0", "support_engineer": "0", "vp_customer_success": "0"},
         "costs": {"csm": "0.00", "support_engineer": "0.00", "vp_customer_success": "0.00",
                   "contractors": "0.00", "on_call": "0.00", "tools": "179.00"},
         "total_cost": "179.00", "share": "0.79", "status": "ok"}
        """

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("2026-01 of the base scenario is exactly STAFFING.md's example month")
    func exampleMonth() throws {
        let json = try Self.object(BudgetJSONRenderer.render(try BudgetSample.basePlan()))
        let months = try #require(json["months"] as? [[String: Any]])
        let expected = try Self.object(Self.specMonth)
        #expect(NSDictionary(dictionary: months[0]).isEqual(to: expected))
    }

    @Test("the top level has the schema, plan, currency, months, years and first_staffed, in that order")
    func topLevel() throws {
        let text = BudgetJSONRenderer.render(try BudgetSample.basePlan())
        let json = try Self.object(text)
        #expect(json["schema"] as? String == "covenant.budget/1")
        #expect(json["plan"] as? String == "Base case 2026-2028")
        #expect(json["currency"] as? String == "USD")
        #expect((json["months"] as? [Any])?.count == 36)
        let years = try #require(json["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [2026, 2027, 2028])
        #expect(years.allSatisfy { Set($0.keys) == ["year", "revenue", "total_cost", "share"] })
        let first = try #require(json["first_staffed"] as? [String: Any])
        #expect(first["csm"] as? String == "2026-03")
        #expect(first["support_engineer"] as? String == "2026-08")
        #expect(first["vp_customer_success"] as? String == "2027-12")
        let keys = ["\"schema\"", "\"plan\"", "\"currency\"", "\"months\"", "\"years\"", "\"first_staffed\""]
        let offsets = keys.map { text.range(of: $0)!.lowerBound }
        #expect(offsets == offsets.sorted())
    }

    @Test("the keys of a month come in STAFFING.md's order")
    func monthKeyOrder() throws {
        let text = BudgetJSONRenderer.render(try BudgetSample.basePlan())
        let month = text[text.range(of: "\"month\": \"2026-01\"")!.lowerBound...]
        let keys = [
            "month", "customers", "revenue", "tickets", "human_tickets", "fte_required", "fte_staffed", "costs",
            "total_cost", "share", "status",
        ]
        let offsets = keys.map { month.range(of: "\"\($0)\":")!.lowerBound }
        #expect(offsets == offsets.sorted())
        #expect(
            month.contains(
                #""costs": {"csm": "0.00", "support_engineer": "0.00", "vp_customer_success": "0.00", "contractors": "0.00", "on_call": "0.00", "tools": "179.00"}"#
            ))
    }

    @Test("a role never staffed is null in first_staffed; a month without revenue has a null share")
    func nulls() throws {
        let plan = BudgetSample.plan(
            points: [("2026-01", 0, 0, 0)],
            tools: [SupportTool(name: "Status page", monthly: Money(minorUnits: 2900, currency: .usd))])
        let json = try Self.object(BudgetJSONRenderer.render(plan))
        let first = try #require(json["first_staffed"] as? [String: Any])
        #expect(first["vp_customer_success"] is NSNull)
        let months = try #require(json["months"] as? [[String: Any]])
        #expect(months[0]["share"] is NSNull)
        #expect(months[0]["status"] as? String == "red")
        let years = try #require(json["years"] as? [[String: Any]])
        #expect(years[0]["share"] is NSNull)
    }

    @Test("a plan name with quotes, backslashes and control characters stays valid JSON")
    func escaping() throws {
        let name = "Q\"1\\2\n\t\u{1}é→"
        let json = try Self.object(
            BudgetJSONRenderer.render(BudgetSample.plan(name: name, points: [("2026-01", 6, 0, 0)])))
        #expect(json["plan"] as? String == name)
    }
}
