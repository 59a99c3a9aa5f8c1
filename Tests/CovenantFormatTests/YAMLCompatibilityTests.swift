import CovenantFormat
import Foundation
import Testing

@Suite("Document parser: files load in PyYAML to the same structure")
struct YAMLCompatibilityTests {
    /// Documents compared even before the repository has sample files.
    static let inlineSamples = [
        DocumentParserFuzzTests.seed,
        """
        version: 2026.1
        rounding: half-up            # money rounding
        calendars:
          business:
            hours:
              mon-fri: 09:00-17:00
            holidays: [us-federal]
        tiers:
          starter:
            credits:
              - {below: 99.5%, credit: 10%}
              - {below: 99.0%, credit: 25%}
            support:
              critical: {response: 24h, resolution: 5 business days, warn_before: 10m}
              high:     {response: 8h,  resolution: 2 business days}
        """,
        """
        timezone: America/Los_Angeles
        incidents:
        - id: INC-0115
          start: 2026-01-15T14:47:00Z
          end: open
          scope: {contracts: [C-2026-014]}
          root_cause: 'Connection pool: exhausted'
          notes: "tab\\there, quote \\" and \\\\ backslash"
          text: |+
            kept

        - id: INC-0116
          empty:
          list:
            -
            - ~
            - null
        """,
        "- a\n- - b\n  - c\n-\n  k: v\n- 'q'\n- \"\"\n- 17:30\n- yes\n- 0x1F\n",
        "key: >\n  folded\n  text\n\n  para\n    indented\n  back\n",
        // Flow collections nested on one line (FORMAT.md), beside their block form.
        """
        incidents:
          - {id: INC-7, start: 2026-01-15T14:47:00Z, scope: {contracts: [C-1, C-2]}, cause: platform}
          - id: INC-7
            start: 2026-01-15T14:47:00Z
            scope:
              contracts: [C-1, C-2]
            cause: platform
        grid: [[a, b], [], [[c]], [{k: v}, {}], {k: [x, {y: z}]}]
        deep: {a: {b: {c: {d: [e, [f, [g]]]}}}}
        spaced: [ {k: 'v, w'} , ["]", '['] , {q: "a: b"}, ]
        empty: {k: , l: [], m: {}}
        quoted keys: {'null': 1, "true": 2, '0x1': 3, '~': 4, '1.5': 5}
        """,
        "[{a: [b, {c: d}]}, [e], {f: {g: [h, i]}}]\n",
    ]

    /// The repository root, found from this file's path.
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Runs a command; its exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Every `.yaml` file under the repository's `Contracts/` and `Scenarios/`.
    static func repositoryFiles() -> [URL] {
        var files: [URL] = []
        for folder in ["Contracts", "Scenarios"] {
            let url = repositoryRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in walker where file.pathExtension == "yaml" { files.append(file) }
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test("every sample file and inline document loads in PyYAML to the same tree")
    func compareWithPyYAML() throws {
        guard let check = try? Self.run(["python3", "-c", "import yaml"]), check.status == 0 else {
            print("YAMLCompatibilityTests: python3 with PyYAML is not available; comparison skipped")
            return
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("covenant-yaml-compat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        var yamlFiles = Self.repositoryFiles()
        for (index, text) in Self.inlineSamples.enumerated() {
            let url = scratch.appendingPathComponent("inline-\(index).yaml")
            try Data(text.utf8).write(to: url)
            yamlFiles.append(url)
        }

        var arguments = ["python3", Self.repositoryRoot.appendingPathComponent("Tests/CovenantFormatTests/yaml_compat.py").path]
        for (index, url) in yamlFiles.enumerated() {
            let bytes = [UInt8](try Data(contentsOf: url))
            let document: Document
            do {
                document = try DocumentParser.parse(SourceFile(path: url.path, bytes: bytes))
            } catch {
                Issue.record("\(url.path) does not parse: \(error.diagnostic.rendered)")
                continue
            }
            let json = scratch.appendingPathComponent("tree-\(index).json")
            try Data(document.root.json.utf8).write(to: json)
            arguments += [url.path, json.path]
        }
        let (status, output) = try Self.run(arguments)
        #expect(status == 0, "PyYAML reads these files differently:\n\(output)")
        #expect(yamlFiles.count >= Self.inlineSamples.count)
    }

    @Test("the comparison script notices a different tree")
    func scriptDetectsDifferences() throws {
        guard let check = try? Self.run(["python3", "-c", "import yaml"]), check.status == 0 else {
            print("YAMLCompatibilityTests: python3 with PyYAML is not available; comparison skipped")
            return
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("covenant-yaml-compat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let yaml = scratch.appendingPathComponent("a.yaml")
        let json = scratch.appendingPathComponent("a.json")
        try Data("a: [x, y]\nb: 1\n".utf8).write(to: yaml)
        try Data(#"{"a":["x"],"b":"1"}"#.utf8).write(to: json)
        let script = Self.repositoryRoot.appendingPathComponent("Tests/CovenantFormatTests/yaml_compat.py").path
        let (status, output) = try Self.run(["python3", script, yaml.path, json.path])
        #expect(status == 1)
        #expect(output.contains("PyYAML has 2 items, we have 1"))
    }
}
