// libFuzzer harness: the CSV reader. Built and run by Tests/Fuzz/run.sh (not a SwiftPM target).
import CovenantFormat

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(path: "fuzz.csv", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    do {
        let table = try CSVReader.read(file)
        precondition(!table.header.isEmpty)
        for name in table.header where !name.isEmpty { _ = table.column(name) }
        var previous = -1
        for row in table.rows {
            precondition(row.fields.count == table.header.count, "a row has a field per column")
            precondition(row.offset > previous && row.offset < file.bytes.count, "rows in order, in the file")
            previous = row.offset
            precondition(file.lineAndColumn(of: row.offset).line == row.line, "a row's line")
            for field in row.fields { _ = field.utf8.count }
            _ = Diagnostic.warning("row", in: file, .at(row.offset)).rendered
        }
        for error in table.rowErrors {
            let range = error.location.range
            precondition(range.start >= 0 && range.end <= file.bytes.count, "a row error in the file")
            _ = error.line
            _ = error.diagnostic.rendered
        }
    } catch {
        let range = error.location.range
        precondition(range.start >= 0 && range.start <= range.end && range.end <= file.bytes.count, "error in the file")
        precondition(!error.message.isEmpty)
        _ = error.line
        _ = error.diagnostic.rendered
    }
    return 0
}
