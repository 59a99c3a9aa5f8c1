import CovenantFormat
import CovenantTestSupport
import Testing

@Suite("CSV reader (RFC 4180)")
struct CSVReaderTests {
    func read(_ text: String) throws(CSVError) -> CSVTable {
        try CSVReader.read(SourceFile(path: "tickets.csv", text: text))
    }

    func error(_ text: String) -> CSVError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("a header and rows; columns found by name")
    func basic() throws {
        let table = try read("ticket,contract,event\nT-1,C-1,opened\nT-1,,replied\n")
        #expect(table.header == ["ticket", "contract", "event"])
        #expect(table.rows.map(\.fields) == [["T-1", "C-1", "opened"], ["T-1", "", "replied"]])
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.column("event") == 2)
        #expect(table.column("missing") == nil)
    }

    @Test("CRLF and LF line endings, with or without a final line break", arguments: [
        "a,b\r\n1,2\r\n3,4\r\n", "a,b\n1,2\n3,4\n", "a,b\r\n1,2\n3,4", "a,b\n1,2\n3,4\n\n\r\n\n",
    ])
    func lineEndings(text: String) throws {
        let table = try read(text)
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test("a UTF-8 byte order mark before the header is skipped")
    func byteOrderMark() throws {
        let table = try read("\u{FEFF}ticket,note\nT-1,café\n")
        #expect(table.header == ["ticket", "note"])
        #expect(table.rows[0].fields == ["T-1", "café"])
        #expect(table.rows[0].offset == 15)
    }

    @Test("quoted fields hold commas, doubled quotes and line breaks")
    func quoted() throws {
        let text = "id,note,n\n1,\"a, b\",x\n2,\"say \"\"hi\"\"\",y\n3,\"two\nlines\",z\n4,\"crlf\r\ninside\",w\n5,\"\",\"\"\n"
        let table = try read(text)
        #expect(table.rows.map { $0.fields[1] } == ["a, b", "say \"hi\"", "two\nlines", "crlf\r\ninside", ""])
        #expect(table.rows.map(\.line) == [2, 3, 4, 6, 8])
        #expect(table.rows[4].fields == ["5", "", ""])
    }

    @Test("empty fields, a trailing comma, and spaces kept as written")
    func emptyFields() throws {
        let table = try read("a,b,c\n,, \n1,2,\n")
        #expect(table.rows.map(\.fields) == [["", "", " "], ["1", "2", ""]])
    }

    @Test("each row records its first line and byte offset")
    func offsets() throws {
        let text = "a,b\n1,\"x\ny\"\n2,z\n"
        let table = try read(text)
        #expect(table.rows.map(\.offset) == [4, 12])
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test("broken inputs name their line", arguments: [
        ("a,b\n1,\"open\n2,3\n", 2, "quoted field is never closed: missing '\"'"),
        ("a,b\n1,2\n3,x\"y\n", 3, "a '\"' inside a field that is not quoted; quote the whole field and write the quote as '\"\"'"),
        ("a,b\n\"q\"x,2\n", 2, "text after the closing quote of a field; expected ',' or the end of the line"),
        ("a,b\n1,2\r3,4\n", 2, "carriage return not followed by a line feed"),
        ("", 1, "the file has no header row: its first line names no column"),
        ("\n\n", 1, "the file has no header row: its first line names no column"),
        ("\u{FEFF}\r\n", 1, "the file has no header row: its first line names no column"),
        ("\nticket,event\nT-1,opened\n", 1, "the file has no header row: its first line names no column"),
        (",,,\nT-1,C-1,opened,x\n", 1, "the file has no header row: its first line names no column"),
        ("id,note,id\n1,2,3\n", 1, "column 'id' appears twice in the header"),
    ] as [(String, Int, String)])
    func broken(text: String, line: Int, message: String) throws {
        let failure = try #require(error(text))
        #expect(failure.line == line)
        #expect(failure.message == message)
        #expect(failure.diagnostic.severity == .error)
    }

    @Test("a record with the wrong number of fields is a row error: left out, the rest read", arguments: [
        ("a,b,c\n1,2,3\n4,5\n6,7,8\n", [3], "record has 2 fields; the header has 3", 2),
        ("a,b\n1,2\n3,4,5\n6,7", [3], "record has 3 fields; the header has 2", 2),
        ("a,b\n1,2\n\n3,4\n", [3], "record has 1 field; the header has 2", 2),
        ("a,b\n1,\"multi\nline\",extra\n5,6\n", [2], "record has 3 fields; the header has 2", 1),
        ("a,b\n1\n2\n3,4\n", [2, 3], "record has 1 field; the header has 2", 1),
    ] as [(String, [Int], String, Int)])
    func wrongFieldCount(text: String, lines: [Int], message: String, rows: Int) throws {
        let table = try read(text)
        #expect(table.rowErrors.map(\.line) == lines)
        #expect(table.rowErrors.allSatisfy { $0.message == message && $0.diagnostic.severity == .error })
        #expect(table.rows.count == rows)
        #expect(table.rows.allSatisfy { $0.fields.count == table.header.count })
    }

    @Test("columns without a name are allowed (a spreadsheet's empty columns), and are not duplicates")
    func unnamedColumns() throws {
        let table = try read("ticket,,event,\nT-1,x,opened,y\n")
        #expect(table.header == ["ticket", "", "event", ""])
        #expect(table.column("event") == 2)
        #expect(table.rows.map(\.fields) == [["T-1", "x", "opened", "y"]])
    }

    @Test("a duplicate column is reported where it is named the second time")
    func duplicatePlace() throws {
        let failure = try #require(error("id,note,id\n1,2,3\n"))
        #expect(failure.location.lineAndColumn == (1, 9))
    }

    @Test("100,000 bad rows and 100,000 empty lines read in linear time", .timeLimit(.minutes(1)))
    func manyBadRows() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let bad = try read("ticket,event\n" + String(repeating: "T-1\n", count: 100_000))
        #expect(bad.rowErrors.count == 100_000)
        #expect(bad.rowErrors.last?.line == 100_001)
        let blank = try read("ticket,event\nT-1,opened\n" + String(repeating: "\n", count: 100_000) + "T-2,opened\n")
        #expect(blank.rowErrors.count == 100_000)
        #expect(blank.rows.map(\.line) == [2, 100_003])
        let lines = bad.rowErrors.map { $0.diagnostic.rendered }
        #expect(lines.last == "tickets.csv:100001:1: error: record has 1 field; the header has 2\n  T-1\n  ^")
        #expect(clock.now - start < .seconds(20))
    }

    @Test("errors point at the offending byte", arguments: [
        "a,b\n1,x1️⃣\"y\n", "a,b\n1️⃣\"open,2\n", "a,b\n\"q\"1️⃣x,2\n", "a,b\n1,21️⃣\r3\n",
    ])
    func errorPositions(marked: String) throws {
        let input = MarkedText(marked)
        let failure = try #require(error(input.text))
        #expect(failure.location.range.start == input.place?.offset)
    }

    @Test("invalid UTF-8 is an error at the bad byte, on its line")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("a,b\n1,2\n3,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        var caught: CSVError?
        do { _ = try CSVReader.read(SourceFile(path: "t.csv", bytes: bytes)) } catch { caught = error }
        let failure = try #require(caught)
        #expect(failure == .invalidUTF8(failure.location, byte: 0xC3))
        #expect(failure.line == 3)
        #expect(failure.location.range.start == 10)
    }

    @Test("the rendered diagnostic names the file, line and column")
    func rendered() throws {
        let failure = try #require(error("ticket,event\nT-1,op\"ened\n"))
        #expect(
            failure.diagnostic.rendered == """
                tickets.csv:2:7: error: a '"' inside a field that is not quoted; quote the whole field and write the quote as '""'
                  T-1,op"ened
                        ^
                """)
    }

    @Test("100,000 rows read in one pass")
    func large() throws {
        var text = "ticket,contract,event,at,severity,note\n"
        for n in 0..<100_000 {
            text += "T-\(n),C-2026-014,replied,2026-01-06T15:45:00-08:00,high,\"Looked at it, replied\"\n"
        }
        let table = try read(text)
        #expect(table.rows.count == 100_000)
        #expect(table.rows.last?.line == 100_001)
        #expect(table.rows.last?.fields[5] == "Looked at it, replied")
    }
}
