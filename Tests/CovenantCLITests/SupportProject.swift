import Foundation

/// A throwaway project with the shipped catalog, three plain contracts (one
/// per tier, in Los Angeles, no overrides) and the ticket rows a test gives.
enum SupportProject {
    static let contracts = [
        ("starter", "C-STA", "Small Shop"),
        ("professional", "C-PRO", "Mid Corp"),
        ("enterprise", "C-ENT", "Big Corp"),
    ]

    static let header = "ticket,contract,event,at,severity,note\n"

    /// Creates the project; `tickets` is the body of `Scenarios/tickets.csv` (header added).
    static func make(tickets: String, surveys: String? = nil) -> String {
        let folder = CLIHarness.temporaryFolder()
        let manager = FileManager.default
        try? manager.createDirectory(atPath: folder + "/Contracts", withIntermediateDirectories: true)
        try? manager.copyItem(atPath: CLIHarness.root + "/Contracts/catalog", toPath: folder + "/Contracts/catalog")
        for (tier, id, customer) in contracts {
            let text = """
                contract: \(id)
                customer: \(customer)
                tier: \(tier)
                signed: 2026-01-01
                term:
                  start: 2026-01-01
                  months: 36

                """
            try? text.write(toFile: folder + "/Contracts/\(id).yaml", atomically: true, encoding: .utf8)
        }
        try? manager.createDirectory(atPath: folder + "/Scenarios", withIntermediateDirectories: true)
        try? (header + tickets).write(toFile: folder + "/Scenarios/tickets.csv", atomically: true, encoding: .utf8)
        if let surveys {
            try? ("contract,at,kind,score\n" + surveys).write(
                toFile: folder + "/Scenarios/surveys.csv", atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// `statement --format json --out -` for one contract and month, decoded.
    static func statement(
        _ folder: String, contract: String, month: String, asOf: String? = nil, extra: [String] = []
    ) -> (json: [String: Any]?, result: CLIHarness.Result) {
        var arguments = ["statement", "--month", month, "--format", "json", "--out", "-"] + extra
        if let asOf { arguments += ["--as-of", asOf] }
        let result = CLIHarness.run(arguments + [contract], in: folder)
        let array = try? JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]]
        return (array?.first, result)
    }

    /// The support object's ticket with an id.
    static func ticket(_ json: [String: Any]?, _ id: String) -> [String: Any]? {
        let support = json?["support"] as? [String: Any]
        let tickets = support?["tickets"] as? [[String: Any]]
        return tickets?.first { $0["id"] as? String == id }
    }
}
