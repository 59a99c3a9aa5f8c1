import Foundation
import Testing

@Suite("contract ids name files: check refuses those that cannot")
struct ContractNameTests {
    static func contract(_ id: String) -> String {
        "contract: \(id)\ncustomer: Test\ntier: starter\nsigned: 2026-01-01\nterm: {start: 2026-01-01, months: 12}\n"
    }

    @Test(
        "an id that is not a portable file name, or a reserved name, is an error at the id",
        arguments: [
            ("summary", "contract id 'summary' is reserved: the month's folder uses 'summary' for its own file"),
            ("Manifest", "contract id 'Manifest' is reserved: the month's folder uses 'manifest' for its own file"),
            (
                String(repeating: "A", count: 200),
                "contract id 'AAAAAAAAAAAAAAAAAAAAAAAA…' is 200 characters long; at most 64 are allowed"
            ),
            ("-C-1", "contract id '-C-1' is not a portable file name"),
            (".C-1", "contract id '.C-1' is not a portable file name"),
            ("'C 1'", "expected an identifier (letters, digits, '-', '_', '.'), found 'C 1'"),
            ("'Café-1'", "contract id 'Café-1' is not a portable file name"),
        ])
    func badIDs(id: String, message: String) throws {
        let project = CLIHarness.sampleProject()
        try Self.contract(id).write(toFile: project + "/Contracts/zz-test.yaml", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check"], in: project)
        #expect(result.code == 65)
        #expect(result.err.contains("Contracts/zz-test.yaml:1:11: error: \(message)"), "\(result.err)")
        let statement = CLIHarness.run(["statement", "--month", "2026-01"], in: project)
        #expect(statement.code == 65)
        #expect(!FileManager.default.fileExists(atPath: project + "/Reports"))
    }

    @Test("64 characters is long enough; 65 is too long")
    func lengthLimit() throws {
        let project = CLIHarness.sampleProject()
        try Self.contract(String(repeating: "B", count: 64))
            .write(toFile: project + "/Contracts/zz-64.yaml", atomically: true, encoding: .utf8)
        #expect(CLIHarness.run(["check"], in: project).code == 0)
        try Self.contract(String(repeating: "C", count: 65))
            .write(toFile: project + "/Contracts/zz-65.yaml", atomically: true, encoding: .utf8)
        #expect(CLIHarness.run(["check"], in: project).err.contains("is 65 characters long"))
    }

    @Test("ids that differ only in case are an error at the second")
    func caseTwins() throws {
        let project = CLIHarness.sampleProject()
        try Self.contract("C-1").write(toFile: project + "/Contracts/zz-a.yaml", atomically: true, encoding: .utf8)
        try Self.contract("c-1").write(toFile: project + "/Contracts/zz-b.yaml", atomically: true, encoding: .utf8)
        let result = CLIHarness.run(["check"], in: project)
        #expect(result.code == 65)
        #expect(
            result.err.contains(
                "Contracts/zz-b.yaml:1:11: error: contract id c-1 differs from C-1 (Contracts/zz-a.yaml) only in case"))
        #expect(CLIHarness.run(["appendix", "C-1"], in: project).code == 65)
    }
}
