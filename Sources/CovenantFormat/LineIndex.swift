/// Where the lines of one file start, found by binary search: every line and
/// column lookup costs the same wherever the offset is in the file.
///
/// The file is cut into blocks of ``blockSize`` bytes; for each block start the
/// index holds how many line feeds and how many UTF-8 continuation bytes come
/// before it. A lookup binary-searches the blocks and then reads at most one
/// block. The index takes an eighth of the file's size in memory whatever its
/// line lengths (a file of empty lines costs no more than one long line), and
/// one pass over the bytes to build.
struct LineIndex: Sendable {
    /// Bytes per block; a lookup reads at most this many bytes beyond the search.
    static let blockSize = 64

    /// Line feeds before each block's first byte, one entry per block plus one for the end.
    private let lineFeeds: [Int32]
    /// UTF-8 continuation bytes before each block's first byte, likewise.
    private let continuations: [Int32]

    /// Indexes the bytes of one file (at most `Int32.max` bytes).
    init(_ bytes: [UInt8]) {
        let blocks = bytes.count / Self.blockSize + 1
        var lineFeeds = [Int32](repeating: 0, count: blocks + 1)
        var continuations = [Int32](repeating: 0, count: blocks + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var lines: Int32 = 0
            var others: Int32 = 0
            for block in 0..<blocks {
                lineFeeds[block] = lines
                continuations[block] = others
                let start = block * Self.blockSize
                let end = min(start + Self.blockSize, buffer.count)
                var i = start
                while i < end {
                    let b = buffer[i]
                    lines &+= b == 0x0A ? 1 : 0
                    others &+= b & 0xC0 == 0x80 ? 1 : 0
                    i &+= 1
                }
            }
            lineFeeds[blocks] = lines
            continuations[blocks] = others
        }
        self.lineFeeds = lineFeeds
        self.continuations = continuations
    }

    /// The number of line feeds in the file.
    var lineFeedCount: Int { Int(lineFeeds[lineFeeds.count - 1]) }

    /// The number of line feeds in `bytes[0..<offset]`.
    func lineFeeds(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let block = offset / Self.blockSize
        var count = Int(lineFeeds[block])
        for i in (block * Self.blockSize)..<offset where bytes[i] == 0x0A { count += 1 }
        return count
    }

    /// The number of UTF-8 continuation bytes in `bytes[0..<offset]`.
    func continuations(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let block = offset / Self.blockSize
        var count = Int(continuations[block])
        for i in (block * Self.blockSize)..<offset where bytes[i] & 0xC0 == 0x80 { count += 1 }
        return count
    }

    /// The offset just after the `n`th line feed (1-based), or `nil` when the file has fewer.
    func offset(afterLineFeed n: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard n >= 1, n <= lineFeedCount else { return nil }
        // The last block that starts with fewer than `n` line feeds before it holds the `n`th.
        var low = 0
        var high = lineFeeds.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(lineFeeds[middle]) < n { low = middle } else { high = middle }
        }
        var seen = Int(lineFeeds[low])
        var i = low * Self.blockSize
        while i < bytes.count {
            if bytes[i] == 0x0A {
                seen += 1
                if seen == n { return i + 1 }
            }
            i += 1
        }
        return nil
    }
}
