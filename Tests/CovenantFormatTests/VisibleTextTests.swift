import CovenantFormat
import Testing

@Suite("Visible text: hidden characters shown as their code")
struct VisibleTextTests {
    @Test(
        "One line: controls, bidi controls, separators, line breaks and tabs become \\u{…}; other text stays",
        arguments: [
            ("plain text", "plain text"), ("café → 100%", "café → 100%"), ("esc\u{1B}[31m", "esc\\u{1B}[31m"),
            ("nul\u{0}", "nul\\u{0}"), ("del\u{7F}c1\u{85}", "del\\u{7F}c1\\u{85}"),
            ("a\nb\r\n", "a\\u{A}b\\u{D}\\u{A}"), ("tab\there", "tab\\u{9}here"),
            ("rlo\u{202E}lri\u{2067}pdi\u{2069}", "rlo\\u{202E}lri\\u{2067}pdi\\u{2069}"),
            ("lrm\u{200E}rlm\u{200F}alm\u{61C}", "lrm\\u{200E}rlm\\u{200F}alm\\u{61C}"),
            ("sep\u{2028}\u{2029}", "sep\\u{2028}\\u{2029}"), ("zwj\u{200D}", "zwj\u{200D}"),
        ])
    func line(text: String, shown: String) {
        #expect(VisibleText.line(text) == shown)
        #expect(VisibleText.line(shown) == shown, "showing is idempotent")
    }

    @Test("Several lines: line feeds and tabs stay, the rest as in one line")
    func lines() {
        #expect(VisibleText.lines("a\tb\nc\u{1B}d\r\n") == "a\tb\nc\\u{1B}d\\u{D}\n")
    }

    @Test("A diagnostic shows a bidi control in its message and line as its code, the caret still under its column")
    func diagnostic() throws {
        let file = SourceFile(path: "evil\u{1B}.yaml", bytes: Array("name: \u{202E}abc: x\n".utf8))
        let offset = Array("name: \u{202E}abc".utf8).count
        let rendered = Diagnostic.error(
            "unknown key '\u{202E}abc'", in: file, SourceRange(start: offset, end: offset + 1)
        ).rendered
        #expect(rendered == "evil\\u{1B}.yaml:1:11: error: unknown key '\\u{202E}abc'\n  name: \\u{202E}abc: x\n"
            + String(repeating: " ", count: 2 + 6 + 8 + 3) + "^")
    }

    /// Fuzzing (project harness, crash-34e0b3ac): `0xFF` read as the lead of a
    /// four-byte scalar took the control after it into the raw bytes echoed.
    @Test("A malformed byte sequence in an echoed line never carries the control after it", arguments: [
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x13] as [UInt8], [0xF0, 0x13], [0xE2, 0x80, 0x1B], [0xC3, 0x07],
    ])
    func malformedThenControl(bytes: [UInt8]) {
        let line = Array("a: ".utf8) + bytes + Array("b\n".utf8)
        let file = SourceFile(path: "x.yaml", bytes: line)
        let rendered = Diagnostic.error("bad", in: file, SourceRange(start: 3, end: 4)).rendered
        let hidden = rendered.unicodeScalars.filter { $0 != "\n" && VisibleText.isHidden($0) }
        #expect(hidden.isEmpty, "\(rendered.debugDescription)")
        #expect(rendered.contains("\\u{"))
    }
}
