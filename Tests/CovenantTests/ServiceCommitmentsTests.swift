import Covenant
import CovenantFormat
import Testing

/// The catalog's `commitments:` (what the appendix writes besides figures):
/// decoded from the samples, located errors, and warnings where a part is missing.
@Suite("Catalog commitments")
struct ServiceCommitmentsTests {
    static let sample = Fixtures.text("Contracts/catalog/2026.1.yaml")

    /// The diagnostics of the sample catalog with one edit, as `line:col: severity: message`.
    func diagnostics(replacing old: String, with new: String) throws -> [String] {
        let (_, found) = CatalogVersion.decode(try Fixtures.document(Self.sample.replacingFirst(old, with: new)))
        return found.filter { !$0.message.contains("is looser than") }.map { diagnostic in
            let (line, column) = diagnostic.location?.lineAndColumn ?? (0, 0)
            return "\(line):\(column): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
    }

    @Test("the sample catalog states the source policy's commitments, with no warning about them")
    func sample() throws {
        let version = try #require(try Fixtures.catalog().version(named: "2026.1"))
        let commitments = version.commitments
        #expect(Severity.allCases.allSatisfy { commitments.severityDefinitions[$0]?.isEmpty == false })
        #expect(commitments.channels[TierName("starter")]?.map(\.name) == ["Email"])
        #expect(commitments.channels[TierName("professional")]?.map(\.name) == ["Email", "Chat"])
        let phone = try #require(commitments.channels[TierName("enterprise")]?.last)
        #expect(phone.name == "Phone" && phone.hours == .calendar(CalendarName("always")))
        #expect(phone.severities == [.critical, .high])
        #expect(commitments.channels[TierName("professional")]?.first?.hours == .responseClock)
        #expect(commitments.statementDay == 5)
        #expect(commitments.disputes == DisputeTerms(window: 30 * 86_400, creditsWhileDisputed: true))
        #expect(commitments.incidents == IncidentCommunication(
            statusPage: "status.tai-autonomics.example", firstNotice: 1800, updates: 3600, report: 5 * 86_400))
        #expect(commitments.maintenanceNotice?.reminder == 86_400)
        #expect(commitments.supportRemedy == SupportRemedy(planWithin: 10 * 86_400, reviewAfterMonths: 2))
        #expect(try diagnostics(replacing: "", with: "").allSatisfy { !$0.contains("commitments") })
    }

    @Test("a catalog without commitments is warned about once, at its start")
    func missing() throws {
        let text = String(Self.sample[..<Self.sample.range(of: "\n# What the provider commits to")!.lowerBound]) + "\n"
        let (version, found) = CatalogVersion.decode(try Fixtures.document(text))
        #expect(version?.commitments == ServiceCommitments())
        let warnings = found.filter { $0.message.contains("commitments") }
        #expect(warnings.count == 1)
        let place = try #require(warnings.first?.location?.lineAndColumn)
        #expect(place.line == 1 && place.column == 1)
    }

    @Test(
        "mistakes in commitments are located errors; missing parts are warnings at the key",
        arguments: [
            ("    statement_day: 5 ", "    statement_day: 31",
             "137:20: error: a statement day must be from 1 to 28, found '31'"),
            ("    starter:\n      - {channel: Email", "    gold:\n      - {channel: Email",
             "127:5: error: unknown key 'gold' in support channels"),
            ("hours: business}", "hours: busines}",
             "128:74: error: unknown calendar 'busines' (or 'response', the response clock's hours); "
                + "did you mean 'business'?"),
            ("severities: [critical, high]}", "severities: [critical, urgent]}",
             "135:92: error: unknown severity 'urgent'; expected critical, high, medium or low"),
            ("    window: 30d ", "    window: 0s ", "139:13: error: expected a duration above zero, found '0s'"),
            ("  disputes:\n    window: 30d              # from the statement's issue\n"
                + "    credits_while_disputed: true\n",
             "", "114:1: warning: 'commitments' has no 'disputes': the appendix will not state how long a statement "
                + "may be disputed, and what happens to its credit meanwhile"),
            ("    low: >-\n      A question, a cosmetic defect, or a request for information or configuration help.\n",
             "", "115:3: warning: no definition of the low severity: the appendix will not say what makes a "
                + "ticket low"),
            ("    starter:\n      - {channel: Email, contact: support@tai-autonomics.example, hours: business}\n",
             "", "126:3: warning: tier 'starter' has no support channels: the appendix will not say how its customers "
                + "reach support"),
            ("    starter:\n      - {channel: Email, contact: support@tai-autonomics.example, hours: business}\n",
             "    starter:\n      - {channel: Email, contact: support@tai-autonomics.example, hours: business}\n"
                + "      - {channel: Email, contact: support@tai-autonomics.example, hours: always}\n",
             "129:9: warning: tier 'starter' lists channel 'Email' (support@tai-autonomics.example) twice; the "
                + "appendix shows it once"),
        ])
    func mistakes(old: String, new: String, expected: String) throws {
        let found = try diagnostics(replacing: old, with: new)
        #expect(found.contains(expected), "\(found)")
    }

    @Test("blank words and empty lists are errors, not empty clauses", arguments: [
        ("{channel: Email, contact", "{channel: \"  \", contact", "expected some words (not blank), found '  '"),
        ("hours: always, severities: [critical, high]}", "hours: always, severities: []}",
         "a channel's severities list is empty; name at least one, or leave 'severities' out for all"),
        ("by: [email to the Customer's contacts, a notice on the status page]", "by: []",
         "'by' needs at least one way maintenance is announced"),
        ("{after: 2h, to: manager}", "{after: 2h, to: \" \"}", "expected some words (not blank), found ' '"),
    ])
    func blank(old: String, new: String, message: String) throws {
        let found = try diagnostics(replacing: old, with: new)
        #expect(found.contains { $0.contains("error: " + message) }, "\(found)")
    }

    @Test("a definition written as a block keeps its words, its line breaks folded to spaces")
    func foldedDefinition() throws {
        let text = Self.sample.replacingFirst(
            "    low: >-\n      A question, a cosmetic defect, or a request for information or configuration help.\n",
            with: "    low: |\n      A question.\n      Second line,   spaced.\n")
        let (version, _) = CatalogVersion.decode(try Fixtures.document(text))
        #expect(version?.commitments.severityDefinitions[.low] == "A question. Second line, spaced.")
    }
}
