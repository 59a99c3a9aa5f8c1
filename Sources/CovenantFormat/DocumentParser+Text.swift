extension DocumentParser {
    /// One slot of the parser's table of recently made strings.
    struct InternedText {
        var hash: UInt64 = 0
        var start: Int = 0
        var length: Int = -1
        var text: String = ""
    }

    /// The keys of one large mapping by hash: open addressing over the 64-bit
    /// hashes (seeded per process, see ``Input/hashSeed``), so a lookup compares
    /// integers and reads a key's text only when the whole hash matches.
    struct KeyTable {
        var hashes: [UInt64]
        /// Entry index + 1 of each slot; 0 when the slot is empty.
        var indices: [Int32]
        var count = 0

        init(capacity: Int) {
            var slots = 64
            while slots < capacity * 2 { slots *= 2 }
            hashes = [UInt64](repeating: 0, count: slots)
            indices = [Int32](repeating: 0, count: slots)
        }

        /// The index of an entry with this hash whose key `matches`, or `nil`.
        func find(_ hash: UInt64, matches: (Int) -> Bool) -> Int? {
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while indices[slot] != 0 {
                if hashes[slot] == hash && matches(Int(indices[slot]) - 1) { return Int(indices[slot]) - 1 }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// Records entry `index` under `hash`, growing the table to stay at most half full.
        mutating func insert(_ hash: UInt64, index: Int) {
            if (count + 1) * 2 > hashes.count {
                var grown = KeyTable(capacity: hashes.count)
                for slot in 0..<hashes.count where indices[slot] != 0 {
                    grown.insert(hashes[slot], index: Int(indices[slot]) - 1)
                }
                self = grown
            }
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while indices[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            indices[slot] = Int32(index + 1)
            count += 1
        }
    }
}

extension DocumentParser.Input {
    /// A string of bytes `start..<end` (already validated as UTF-8).
    ///
    /// Written in place rather than through `String(decoding:as:)`: up to 15 ASCII
    /// bytes become a small string with a single mask check, without the general
    /// repairing decoder's validation pass and byte-by-byte copy.
    @inline(__always)
    func makeString(_ start: Int, _ end: Int) -> String {
        let source = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return String(unsafeUninitializedCapacity: source.count) { out in
            out.initialize(fromContentsOf: source)
        }
    }

    /// Whether the `length` bytes at `a` and at `b` are equal.
    @inline(__always)
    func bytesEqual(_ a: Int, _ b: Int, _ length: Int) -> Bool {
        var i = 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while i &+ 8 <= length {
            if base.loadUnaligned(fromByteOffset: a &+ i, as: UInt64.self)
                != base.loadUnaligned(fromByteOffset: b &+ i, as: UInt64.self)
            {
                return false
            }
            i &+= 8
        }
        if i == length { return true }
        if length >= 8 {
            // The last eight bytes of both, overlapping bytes already compared.
            return base.loadUnaligned(fromByteOffset: a &+ length &- 8, as: UInt64.self)
                == base.loadUnaligned(fromByteOffset: b &+ length &- 8, as: UInt64.self)
        }
        while i < length {
            if bytes[a &+ i] != bytes[b &+ i] { return false }
            i &+= 1
        }
        return true
    }


    /// Whether two strings have the same UTF-8 bytes.
    static func sameText(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    /// A 64-bit hash of bytes `start..<end`, eight bytes at a time; equal to
    /// ``hashText(_:)`` of the same bytes.
    @inline(__always)
    func hashBytes(_ start: Int, _ end: Int) -> UInt64 {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var hash = (UInt64(truncatingIfNeeded: end &- start) &* 0x9E37_79B9_7F4A_7C15) ^ hashSeed
        var i = start
        while i &+ 8 <= end {
            hash = Self.mix(hash, base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i &+= 8
        }
        let rest = end &- i
        if rest > 0 {
            var tail: UInt64
            if end >= 8 {
                // The eight bytes ending at `end`, shifted to keep only the last `rest`.
                tail = base.loadUnaligned(fromByteOffset: end &- 8, as: UInt64.self) >> UInt64(64 &- 8 &* rest)
            } else {
                tail = 0
                var shift: UInt64 = 0
                while i < end {
                    tail |= UInt64(bytes[i]) << shift
                    shift &+= 8
                    i &+= 1
                }
            }
            hash = Self.mix(hash, tail)
        }
        return Self.finish(hash)
    }

    /// ``hashBytes(_:_:)`` of a string's UTF-8 (decoded quoted keys).
    func hashText(_ text: String) -> UInt64 {
        let utf8 = Array(text.utf8)
        var hash = (UInt64(truncatingIfNeeded: utf8.count) &* 0x9E37_79B9_7F4A_7C15) ^ hashSeed
        var i = 0
        while i < utf8.count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            var k = i
            while k < utf8.count && k < i + 8 {
                word |= UInt64(utf8[k]) << shift
                shift &+= 8
                k &+= 1
            }
            hash = Self.mix(hash, word)
            i = k
        }
        return Self.finish(hash)
    }

    /// Spreads every input bit over the whole hash (MurmurHash3's finalizer), so
    /// that low bits can index a table.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var h = hash ^ (hash >> 33)
        h = h &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 33)
    }

    @inline(__always)
    static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        var h = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        return h
    }
}

extension DocumentParser.Machine {
    /// Texts longer than this are made afresh rather than looked up.
    static let internLimit = 48

    /// The string of bytes `start..<end`, shared with an earlier equal one when the
    /// table still holds it: files repeat their keys and many of their values.
    @inline(__always)
    mutating func internedText(_ start: Int, _ end: Int, hash: UInt64) -> String {
        let length = end - start
        if length > Self.internLimit { return input.makeString(start, end) }
        let index = Int(truncatingIfNeeded: hash >> 32) & internMask
        if interned[index].hash == hash && interned[index].length == length
            && input.bytesEqual(interned[index].start, start, length)
        {
            return interned[index].text
        }
        let text = input.makeString(start, end)
        interned[index] = DocumentParser.InternedText(hash: hash, start: start, length: length, text: text)
        return text
    }

    /// Looks for `key` among a mapping's earlier keys and records it when new.
    ///
    /// `keyHashes[base...]` holds the hashes of the mapping's keys in the order of
    /// `entries`, and `bloom` one bit per hash: a key whose bit is clear is
    /// certainly new. Otherwise hashes are compared first and the text only when
    /// they match, so keys are equal when their UTF-8 bytes are. From 32 keys on,
    /// a ``DocumentParser/KeyTable`` (`keyTables[table]`) replaces the linear
    /// search. Returns the range of the earlier key when `key` is a duplicate.
    mutating func registerKey(
        _ key: String, hash: UInt64, base: Int, bloom: inout UInt64, table: inout Int, entries: [MappingEntry]
    ) -> SourceRange? {
        let count = keyHashes.count - base
        if table < 0 {
            let bit: UInt64 = 1 << (hash >> 58)
            if bloom & bit != 0 {
                var i = base
                while i < keyHashes.count {
                    if keyHashes[i] == hash && DocumentParser.Input.sameText(entries[i - base].key, key) {
                        return entries[i - base].keyRange
                    }
                    i &+= 1
                }
            }
            bloom |= bit
            if count >= 32 {
                var built = DocumentParser.KeyTable(capacity: count * 2)
                for j in 0..<count { built.insert(keyHashes[base + j], index: j) }
                table = keyTables.count
                keyTables.append(built)
            }
        } else if let index = keyTables[table].find(
            hash, matches: { DocumentParser.Input.sameText(entries[$0].key, key) })
        {
            return entries[index].keyRange
        }
        if table >= 0 { keyTables[table].insert(hash, index: count) }
        keyHashes.append(hash)
        return nil
    }

    /// ``registerKey`` for a flow mapping, which keeps no shared hash list: its
    /// keys are compared directly (after the one-bit-per-hash filter), through a
    /// table of `hashes` from 32 keys on.
    func registerFlowKey(
        _ key: String, hash: UInt64, bloom: inout UInt64, table: inout DocumentParser.KeyTable?,
        entries: [MappingEntry]
    ) -> SourceRange? {
        if table == nil {
            let bit: UInt64 = 1 << (hash >> 58)
            if bloom & bit != 0,
                let first = entries.first(where: { DocumentParser.Input.sameText($0.key, key) })
            {
                return first.keyRange
            }
            bloom |= bit
            if entries.count >= 32 {
                var built = DocumentParser.KeyTable(capacity: entries.count * 2)
                for (j, entry) in entries.enumerated() {
                    built.insert(input.hashText(entry.key), index: j)
                }
                table = built
            }
        } else if let index = table!.find(hash, matches: { DocumentParser.Input.sameText(entries[$0].key, key) }) {
            return entries[index].keyRange
        }
        table?.insert(hash, index: entries.count)
        return nil
    }
}

extension DocumentParser.Machine {
    /// The string of ``blockText``, shared with an earlier block scalar of the same
    /// text when the small table by text hash still holds it: files repeat their
    /// block scalars (boilerplate notes), and a new string costs an allocation.
    mutating func blockString() -> String {
        blockText.withUnsafeBufferPointer { text in
            let count = text.count
            if count == 0 { return "" }
            let base = UnsafeRawPointer(text.baseAddress!)
            var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
            var i = 0
            while i &+ 8 <= count {
                hash = DocumentParser.Input.mix(hash, base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i &+= 8
            }
            while i < count {
                hash = DocumentParser.Input.mix(hash, UInt64(text[i]))
                i &+= 1
            }
            let slot = Int(truncatingIfNeeded: DocumentParser.Input.finish(hash)) & (blockStrings.count - 1)
            var cached = blockStrings[slot]
            let same = cached.utf8.count == count && cached.withUTF8 { Self.sameBytes($0, text) }
            if same { return cached }
            let made = String(unsafeUninitializedCapacity: count) { out in out.initialize(fromContentsOf: text) }
            blockStrings[slot] = made
            return made
        }
    }

    /// Whether two buffers of equal length hold the same bytes, eight at a time.
    static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = a.count
        guard count == b.count else { return false }
        if count == 0 { return true }
        let x = UnsafeRawPointer(a.baseAddress!)
        let y = UnsafeRawPointer(b.baseAddress!)
        var i = 0
        while i &+ 8 <= count {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i &+= 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i &+= 1
        }
        return true
    }
}
