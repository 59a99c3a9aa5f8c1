// libFuzzer harness: ticket rows checked straight from bytes against the CSV
// reader. Built and run by Tests/Fuzz/run.sh (not a SwiftPM target).
//
// The input is a tickets.csv. When the CSV reader reads it, its records after
// the header are cut in up to three pieces at line ends (never after an empty
// line, as TicketChunks cuts), each checked from its bytes where plain or by
// the reader where not; the log, the skipped rows and every diagnostic must be
// those of the whole file read by the reader. When the reader refuses the
// file, the byte path must not crash on it.
import Covenant
import CovenantFormat

private let known: Set<ContractID> = [ContractID("C-1"), ContractID("C-2"), ContractID("C-2026-014")]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTickets(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = SourceFile(path: "tickets.csv", bytes: bytes)
    let headerEnd = (bytes.firstIndex(of: 0x0A) ?? max(bytes.count - 1, 0)) + 1
    guard let table = try? CSVReader.read(file) else {
        if headerEnd < bytes.count {
            _ = bytes.withUnsafeBufferPointer {
                TicketLog.Decoder.check(
                    records: UnsafeBufferPointer(rebasing: $0[headerEnd...]),
                    header: TicketLog.requiredColumns, knownContracts: known, offsetBy: headerEnd)
            }
        }
        return 0
    }
    // A header with a quoted line break does not end at the first line feed: not this harness's case.
    guard !bytes[..<headerEnd].contains(0x22) else { return 0 }
    var ends: [Int] = []
    var index = headerEnd
    while index < bytes.count && ends.count < Int(bytes.count % 4) {
        if bytes[index] == 0x0A && index > headerEnd && bytes[index - 1] != 0x0A
            && !(bytes[index - 1] == 0x0D && index >= 2 && bytes[index - 2] == 0x0A)
            && !bytes[headerEnd..<index].contains(0x22)
        {
            ends.append(index + 1)
        }
        index += 1
    }
    ends.append(bytes.count)
    for lenient in [false, true] {
        let (expected, expectedDiagnostics) = TicketLog.decode(
            [(file: file, table: table)], knownContracts: known, lenient: lenient)
        var decoder = TicketLog.Decoder(knownContracts: known)
        decoder.begin(file: file, header: table.header)
        var start = headerEnd
        for end in ends where end > start {
            guard
                let checked = TicketLog.Decoder.check(
                    piece: start..<end, of: file, headerBytes: Array(bytes[..<headerEnd]), header: table.header,
                    knownContracts: known)
            else { return 0 }
            decoder.add(checked)
            start = end
        }
        let (log, diagnostics) = decoder.finish(lenient: lenient)
        precondition(log.tickets == expected.tickets, "the same tickets")
        precondition(log.skipped == expected.skipped, "the same skipped rows")
        precondition(diagnostics.map(\.rendered) == expectedDiagnostics.map(\.rendered), "the same diagnostics")
    }
    return 0
}
