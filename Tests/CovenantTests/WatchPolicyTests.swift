import Covenant
import CovenantFormat
import Testing

/// The catalog's support policy for `watch`: `pause_notice` and `escalation`.
@Suite("catalog: pause notice and escalation levels")
struct WatchPolicyTests {
    static let base = """
        version: t
        effective: 2026-01-01
        timezone: America/Los_Angeles
        calendars:
          always:
            hours: 24x7
        tiers:
          starter:
            uptime: 99.5%
            clocks: {response: always, resolution: always}

        """

    static func decode(_ extra: String) throws -> (CatalogVersion?, [Diagnostic]) {
        CatalogVersion.decode(try Fixtures.document(base + extra))
    }

    @Test("the shipped catalog: 3 days, then assignee at the breach, manager 2 h, on-call 4 h, VP 8 h")
    func samples() throws {
        let version = try #require(try Fixtures.catalog().newest)
        #expect(version.pauseNotice == 259_200)
        #expect(version.escalation.map(\.to) == ["assignee", "manager", "on-call", "vp"])
        #expect(version.escalation.map(\.after) == [0, 7200, 14_400, 28_800])
    }

    @Test("absent: a 3-day pause notice and no escalation levels")
    func defaults() throws {
        let (version, diagnostics) = try Self.decode("")
        #expect(diagnostics.filter { !$0.message.contains("commitments") }.isEmpty)
        let threeDays: Int64 = 259_200
        #expect(version?.pauseNotice == threeDays)
        #expect(version?.escalation == [])
    }

    @Test("levels must rise; each needs after and to; a pause notice is a duration", arguments: [
        ("escalation:\n  - {after: 2h, to: manager}\n  - {after: 2h, to: vp}\n",
         "escalation levels must come in rising 'after' order; this one is not after 'manager' (2h)"),
        ("escalation:\n  - {after: 2h}\n", "missing required key 'to' in an escalation level"),
        ("escalation:\n  - {after: soon, to: vp}\n", "expected a duration like '4h' or '1h30m', found 'soon'"),
        ("pause_notice: three days\n", "expected a duration like '4h' or '1h30m', found 'three days'"),
        ("escalation: {after: 2h, to: vp}\n", "escalation levels"),
    ])
    func errors(extra: String, message: String) throws {
        let (version, diagnostics) = try Self.decode(extra)
        #expect(version == nil)
        #expect(diagnostics.contains { $0.isError && $0.message.contains(message) }, "\(diagnostics.map(\.message))")
    }

    @Test("escalation from the breach: nobody before the first level, then each level in turn", arguments: [
        (-1, nil, "assignee"), (0, "assignee", "manager"), (7199, "assignee", "manager"), (7200, "manager", "vp"),
        (100_000, "vp", nil),
    ] as [(Int64, String?, String?)])
    func levels(elapsed: Int64, current: String?, next: String?) {
        let levels = [
            EscalationLevel(after: 0, to: "assignee"), EscalationLevel(after: 7200, to: "manager"),
            EscalationLevel(after: 28_800, to: "vp"),
        ]
        let escalation = WatchEscalation(breachedAt: 1000, at: 1000 + elapsed, levels: levels)
        #expect(escalation.current?.to == current)
        #expect(escalation.next?.to == next)
        #expect(escalation.nextAt == escalation.next.map { 1000 + $0.after })
    }
}
