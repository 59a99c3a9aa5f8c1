// libFuzzer harness: the document parser and the schema reader's scalar reads.
// Built and run by Tests/Fuzz/run.sh (not a SwiftPM target).
import CovenantFormat

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(path: "fuzz.yaml", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    do {
        let document = try DocumentParser.parse(file)
        var reader = SchemaReader(file: file)
        var stack = [document.root]
        while let node = stack.popLast() {
            check(node.range, in: file)
            switch node.kind {
            case .scalar(let text, _):
                readScalar(node, text, &reader)
            case .mapping(let entries):
                precondition(node.entries?.count == entries.count)
                for (index, entry) in entries.enumerated() {
                    check(entry.keyRange, in: file)
                    // A lookup reads the keys in turn: a few are enough to check it.
                    if index < 16 { precondition(node[entry.key] != nil, "a key is found by lookup") }
                    stack.append(entry.value)
                }
                _ = reader.mapping(node, "a fuzzed mapping", required: ["id"], optional: ["start", "end", "scope"])
            case .sequence(let items):
                stack.append(contentsOf: items)
            case .null:
                _ = reader.read(node, .text)
            }
        }
        // Rendering costs the same for every diagnostic (a line is echoed in a
        // window); the first ones are enough to exercise it.
        for diagnostic in reader.diagnostics.prefix(64) { _ = diagnostic.rendered }
    } catch {
        check(error.location.range, in: file)
        precondition(!error.message.isEmpty)
        _ = file.lineText(error.location.lineAndColumn.line)
        _ = error.diagnostic.rendered
    }
    return 0
}

/// A range must lie in the file, and its ends must have a line and column.
func check(_ range: SourceRange, in file: SourceFile) {
    precondition(range.start >= 0 && range.start <= range.end && range.end <= file.bytes.count, "range in the file")
    let start = file.lineAndColumn(of: range.start)
    let end = file.lineAndColumn(of: range.end)
    precondition(start.line >= 1 && start.column >= 1 && end.line >= start.line, "lines in order")
    precondition(file.offset(ofLine: start.line) <= range.start, "a line starts before its offsets")
}

/// Reads a scalar as every typed scalar, through the schema reader.
func readScalar(_ node: Node, _ text: String, _ reader: inout SchemaReader) {
    _ = reader.read(node, .text)
    _ = reader.read(node, .identifier)
    _ = reader.read(node, .decimal)
    _ = reader.read(node, .percentage)
    _ = reader.read(node, .count)
    _ = reader.read(node, .duration)
    _ = reader.read(node, .businessDuration)
    _ = reader.read(node, .date)
    _ = reader.read(node, .month)
    _ = reader.read(node, .instant)
    _ = reader.read(node, .timeOfDay)
    _ = reader.read(node, .daySet)
    _ = reader.read(node, .timeZoneName)
    _ = reader.read(node, .boolean)
    _ = ScalarReader.monthDay(text)
    if let instant = ScalarReader.instant(text), let seconds = instant.epochSeconds {
        precondition(ScalarReader.instantRange.contains(seconds), "an accepted instant is in range")
    }
    if let seconds = ScalarReader.duration(text) { precondition(seconds <= ScalarReader.maximumDuration) }
}
