extension DocumentParser {
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


    /// A 64-bit hash of source bytes `start..<end`, seeded per parse.
    @inline(__always)
    func hashBytes(_ start: Int, _ end: Int) -> UInt64 {
        hash(UnsafeRawBufferPointer(bytes), start, end)
    }

    /// A 64-bit hash of `buffer[start..<end]`, eight bytes at a time, seeded per parse:
    /// equal bytes hash equal whatever buffer holds them.
    @inline(__always)
    func hash(_ buffer: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> UInt64 {
        var hash = (UInt64(truncatingIfNeeded: end &- start) &* 0x9E37_79B9_7F4A_7C15) ^ hashSeed
        guard start < end, let base = buffer.baseAddress else { return Self.finish(hash) }
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
                    tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
                    shift &+= 8
                    i &+= 1
                }
            }
            hash = Self.mix(hash, tail)
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
    /// Looks for key record `key` among the earlier keys of a mapping and records
    /// it when new; returns the record of the earlier key when it is a duplicate.
    ///
    /// The mapping's keys are `keys[keyBase...]`, and `bloom` holds one bit per
    /// hash: a key whose bit is clear is certainly new. Otherwise hashes are
    /// compared first and the text only when they match, so keys are equal when
    /// their UTF-8 bytes are. From 32 keys on, a ``DocumentParser/KeyTable``
    /// (`keyTables[table]`) replaces the linear search.
    @inline(__always)
    mutating func registerKey(
        _ key: Int32, hash: UInt64, keyBase: Int, bloom: inout UInt64, table: inout Int
    ) -> Int32? {
        let bit: UInt64 = 1 << (hash >> 58)
        if table < 0 && bloom & bit == 0 && keys.count - keyBase < 32 {
            // The common case: certainly a new key in a small mapping.
            bloom |= bit
            keys.append(DocumentParser.Key(hash: hash, record: key))
            return nil
        }
        return registerKeySlowly(key, hash: hash, keyBase: keyBase, bloom: &bloom, table: &table)
    }

    /// ``registerKey`` when the key may be a duplicate or the mapping is large.
    @inline(never)
    mutating func registerKeySlowly(
        _ key: Int32, hash: UInt64, keyBase: Int, bloom: inout UInt64, table: inout Int
    ) -> Int32? {
        let count = keys.count - keyBase
        let bit: UInt64 = 1 << (hash >> 58)
        if let first = findKey(key, hash: hash, keyBase: keyBase, bloom: bloom, table: table) {
            return first
        }
        bloom |= bit
        if table < 0 && count >= 32 {
            var built = DocumentParser.KeyTable(capacity: count * 2)
            for j in 0..<count { built.insert(keys[keyBase + j].hash, index: j) }
            table = keyTables.count
            keyTables.append(built)
        }
        if table >= 0 { keyTables[table].insert(hash, index: count) }
        keys.append(DocumentParser.Key(hash: hash, record: key))
        return nil
    }

    /// The record of an earlier key of the mapping equal to key record `key` (see ``registerKey``).
    func findKey(_ key: Int32, hash: UInt64, keyBase: Int, bloom: UInt64, table: Int) -> Int32? {
        if table >= 0 {
            let found = keyTables[table].find(hash) { sameText(keys[keyBase + $0].record, key) }
            return found.map { keys[keyBase + $0].record }
        }
        guard bloom & 1 << (hash >> 58) != 0 else { return nil }
        var i = keyBase
        while i < keys.count {
            if keys[i].hash == hash && sameText(keys[i].record, key) { return keys[i].record }
            i &+= 1
        }
        return nil
    }
}
