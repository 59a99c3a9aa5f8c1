import Covenant
import CovenantFormat
@preconcurrency import Glibc

/// A `tickets.csv` cut into pieces of whole records (about a megabyte each),
/// each parsed on its own as the header followed by its records, so that a
/// large file is never held as one table. A record ends at a line feed
/// outside quotes (RFC 4180: a quote inside a quoted field is doubled, so
/// counting quotes tells). Rows keep their offsets in the whole file, so
/// every diagnostic points where it did.
struct TicketChunks: Sendable {
    /// The whole file.
    let file: SourceFile
    /// The header's column names.
    let header: [String]
    /// The header's bytes, line break included (a byte-order mark too).
    private let headerBytes: [UInt8]
    /// The records of each piece, as byte ranges of the file.
    private let pieces: [Range<Int>]

    /// Bytes of records in one piece.
    static let pieceBytes = 1 << 20

    /// Splits a file into pieces of about `pieceBytes` bytes; throws the
    /// error the whole file gives when its header does not read.
    init(_ file: SourceFile, pieceBytes: Int = TicketChunks.pieceBytes) throws(CSVError) {
        let bytes = file.bytes
        let (headerEnd, pieces) = bytes.withUnsafeBufferPointer { buffer in
            Self.cut(buffer, pieceBytes: pieceBytes)
        }
        let headerBytes = Array(bytes[..<headerEnd])
        let table: CSVTable
        do {
            table = try CSVReader.read(SourceFile(path: file.path, bytes: headerBytes))
        } catch {
            _ = try CSVReader.read(file)
            throw error
        }
        self.file = file
        self.header = table.header
        self.headerBytes = headerBytes
        self.pieces = pieces
    }

    /// The header's end and the pieces of a file: each piece whole records
    /// of at least `pieceBytes` bytes (the last one shorter), cut at a line
    /// feed outside quotes after a line that is not empty. It jumps from
    /// line feed to line feed (`memchr`), counting the quotes it passes.
    static func cut(_ buffer: UnsafeBufferPointer<UInt8>, pieceBytes: Int) -> (Int, [Range<Int>]) {
        guard let base = buffer.baseAddress else { return (0, []) }
        let count = buffer.count
        func find(_ byte: UInt8, from start: Int, to end: Int) -> Int? {
            guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        // The quotes before `counted` are counted; `quoted` tells whether one is open there.
        var counted = 0
        var quoted = false
        func lineFeedOutsideQuotes(from start: Int) -> Int? {
            var next = start
            while let feed = find(0x0A, from: next, to: count) {
                while let quote = find(0x22, from: counted, to: feed) {
                    quoted.toggle()
                    counted = quote + 1
                }
                counted = feed + 1
                if !quoted { return feed }
                next = feed + 1
            }
            return nil
        }
        guard let headerFeed = lineFeedOutsideQuotes(from: 0) else { return (count, []) }
        var pieces: [Range<Int>] = []
        var start = headerFeed + 1
        var candidate = start + max(pieceBytes, 1) - 1
        while let index = lineFeedOutsideQuotes(from: candidate) {
            // The line ending here is empty (or a lone CR): a piece never ends with it, since read
            // on its own its line breaks would be ignored, where the whole file has an empty record.
            let previous = buffer[index - 1]
            if previous == 0x0A || (previous == 0x0D && index >= 2 && buffer[index - 2] == 0x0A) {
                candidate = index + 1
                continue
            }
            pieces.append(start..<(index + 1))
            start = index + 1
            candidate = start + max(pieceBytes, 1) - 1
        }
        if start < count { pieces.append(start..<count) }
        return (headerFeed + 1, pieces)
    }

    /// The number of pieces.
    var count: Int { pieces.count }

    /// A piece's rows checked, their offsets those of the whole file; `nil`
    /// when the piece is not valid CSV (the whole file is read again then,
    /// for the error as it would be reported).
    func checked(_ piece: Int, knownContracts: Set<ContractID>) -> TicketLog.Decoder.CheckedRows? {
        TicketLog.Decoder.check(
            piece: pieces[piece], of: file, headerBytes: headerBytes, header: header, knownContracts: knownContracts)
    }
}
