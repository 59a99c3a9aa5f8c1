@preconcurrency import Glibc

/// The manifest of a month's record set, `manifest.txt` in the month's
/// folder (docs/records.md): the figures of every contract's statement, then
/// an index of each contract's month, figures digest and files, and the
/// summary's. It holds nothing that differs between machines or runs (no
/// times, process ids or absolute paths), so the same inputs give the same
/// bytes.
///
/// ```
/// covenant.records/1
/// month	2026-02
/// figures	C-2026-014
/// 0	schema	covenant.statement/2
/// …
/// index
/// contract	C-2026-014	2026-02	<sha256 of its figure lines>
/// file	C-2026-014.json	4406
/// summary	2026-02	<sha256 of the contracts and their digests>
/// file	summary.json	1932
/// end	<byte offset of the index line>
/// ```
///
/// The index is found from the last line, so a rerun reads it without
/// reading the figures; figures are read only to name what changed.
struct Manifest: Sendable, Equatable {
    /// The manifest's file name in the month's folder.
    static let fileName = "manifest.txt"
    /// The first line, naming the format.
    static let format = "covenant.records/1"

    /// A file of the set and its size in bytes.
    struct File: Sendable, Hashable {
        var name: String
        var size: Int
    }

    /// One contract's record, or the summary's.
    struct Entry: Sendable, Equatable {
        /// The contract id (empty for the summary).
        var contract: String
        /// The figures' digest.
        var digest: String
        /// Its files, by name.
        var files: [File]
    }

    /// The month, `YYYY-MM`.
    var month: String
    /// Every contract with a statement in the month, in id order.
    var contracts: [Entry]
    /// The summary of the whole month.
    var summary: Entry

    /// Every file the set holds besides the manifest.
    var allFiles: [File] { contracts.flatMap(\.files) + summary.files }

    /// The index section, from its `index` line to the end of the file, given where it starts.
    func indexText(at offset: Int) -> [UInt8] {
        var text = "index\n"
        for entry in contracts {
            text += "contract\t\(entry.contract)\t\(month)\t\(entry.digest)\n"
            for file in entry.files { text += "file\t\(file.name)\t\(file.size)\n" }
        }
        text += "summary\t\(month)\t\(summary.digest)\n"
        for file in summary.files { text += "file\t\(file.name)\t\(file.size)\n" }
        text += "end\t\(offset)\n"
        return Array(text.utf8)
    }

    /// The lines that open the manifest.
    static func head(month: String) -> [UInt8] { Array("\(format)\nmonth\t\(month)\n".utf8) }

    /// The line that opens a contract's figures.
    static func figuresLine(_ contract: String) -> [UInt8] { Array("figures\t\(contract)\n".utf8) }

    /// The summary's digest: its contracts and their figures' digests, in order.
    static func summaryDigest(_ contracts: [Entry]) -> String {
        var hash = SHA256()
        for entry in contracts { hash.update(Array("\(entry.contract)\t\(entry.digest)\n".utf8)) }
        return hash.finalizeHex()
    }

    /// Why a manifest cannot be read.
    struct Unreadable: Error {
        var reason: String
    }

    /// Reads the index of a manifest file (its figures are left on disk).
    static func read(_ path: String) throws(Unreadable) -> Manifest {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Unreadable(reason: FileSystem.reason(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Unreadable(reason: FileSystem.reason(errno)) }
        let size = Int(info.st_size)
        let tail = try Self.bytes(descriptor, from: max(0, size - 64), to: size)
        guard tail.last == 0x0A, let previous = tail.dropLast().lastIndex(of: 0x0A) else {
            throw Unreadable(reason: "it does not end with its 'end' line")
        }
        let last = String(decoding: tail[(previous + 1)..<(tail.count - 1)], as: UTF8.self)
        guard last.hasPrefix("end\t"), let offset = Int(last.dropFirst(4)), offset >= 0, offset < size else {
            throw Unreadable(reason: "it does not end with its 'end' line")
        }
        let head = try Self.bytes(descriptor, from: 0, to: min(size, 64))
        let monthStart = format.utf8.count + 7
        guard head.starts(with: Array("\(format)\nmonth\t".utf8)), head.count > monthStart + 7,
            head[monthStart + 7] == 0x0A
        else {
            throw Unreadable(reason: "it does not start with '\(format)' and the month")
        }
        let month = String(decoding: head[monthStart..<(monthStart + 7)], as: UTF8.self)
        let index = try Self.bytes(descriptor, from: offset, to: size)
        return try parseIndex(index, month: month)
    }

    /// Parses the index section.
    private static func parseIndex(_ bytes: [UInt8], month: String) throws(Unreadable) -> Manifest {
        var contracts: [Entry] = []
        var summary: Entry?
        var current: Entry?
        var sawEnd = false
        var number = 0
        for line in bytes.split(separator: 0x0A) {
            number += 1
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            switch fields.first {
            case "index" where number == 1 && fields.count == 1:
                continue
            case "contract" where fields.count == 4 && fields[2] == month:
                if let entry = current { contracts.append(entry) }
                current = Entry(contract: fields[1], digest: fields[3], files: [])
            case "summary" where fields.count == 3 && fields[1] == month && summary == nil:
                if let entry = current { contracts.append(entry) }
                current = nil
                summary = Entry(contract: "", digest: fields[2], files: [])
            case "file" where fields.count == 3:
                guard let size = Int(fields[2]), size >= 0 else { throw Unreadable(reason: "a file line has no size") }
                let file = File(name: fields[1], size: size)
                if current != nil {
                    current!.files.append(file)
                } else if summary != nil {
                    summary!.files.append(file)
                } else {
                    throw Unreadable(reason: "a file line comes before its contract")
                }
            case "end" where fields.count == 2:
                sawEnd = true
            default:
                throw Unreadable(reason: "index line \(number) is not understood")
            }
        }
        if let entry = current { contracts.append(entry) }
        guard sawEnd, let summary else { throw Unreadable(reason: "its index is incomplete") }
        return Manifest(month: month, contracts: contracts, summary: summary)
    }

    /// The stored figures of some contracts, read from the manifest's figures section.
    static func figures(of wanted: Set<String>, in path: String) -> [String: StatementFigures] {
        var result: [String: StatementFigures] = [:]
        guard !wanted.isEmpty else { return result }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return result }
        defer { close(descriptor) }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var current: String?
        var collected: [UInt8] = []
        var finished = false
        while !finished {
            let got = Glibc.read(descriptor, &chunk, chunk.count)
            if got <= 0 { break }
            buffer.append(contentsOf: chunk[..<got])
            var start = buffer.startIndex
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                if line.starts(with: Array("figures\t".utf8)) || line.elementsEqual("index".utf8) {
                    if let contract = current { result[contract] = StatementFigures(stored: collected) }
                    current = nil
                    collected = []
                    if line.elementsEqual("index".utf8) || result.count == wanted.count {
                        finished = true
                        break
                    }
                    let contract = String(decoding: line.dropFirst(8), as: UTF8.self)
                    if wanted.contains(contract) { current = contract }
                } else if current != nil {
                    collected.append(contentsOf: line)
                    collected.append(0x0A)
                }
            }
            buffer.removeSubrange(..<start)
        }
        return result
    }

    /// Bytes `from..<to` of an open file.
    private static func bytes(_ descriptor: Int32, from: Int, to: Int) throws(Unreadable) -> [UInt8] {
        let count = to - from
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var offset = 0
            while offset < count {
                let got = pread(descriptor, buffer.baseAddress! + offset, count - offset, off_t(from + offset))
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                offset += got
            }
            initialized = offset
        }
        if failure != 0 { throw Unreadable(reason: FileSystem.reason(failure)) }
        guard bytes.count == count else { throw Unreadable(reason: "it is shorter than it says") }
        return bytes
    }
}
