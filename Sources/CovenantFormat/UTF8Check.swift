/// Finds the first byte of a buffer that does not start a valid UTF-8 sequence.
enum UTF8Check {
    /// The offset of the first invalid byte, or `nil` when all of the buffer is valid UTF-8.
    static func firstInvalidByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            // Eight ASCII bytes at a time.
            if i &+ 8 <= count
                && UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i &+= 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                i &+= 1
                continue
            }
            func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                i + k < count && bytes[i + k] >= low && bytes[i + k] <= high
            }
            switch b {
            case 0xC2...0xDF:
                guard continuation(1) else { return i }
                i &+= 2
            case 0xE0...0xEF:
                guard continuation(1, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF), continuation(2) else {
                    return i
                }
                i &+= 3
            case 0xF0...0xF4:
                guard continuation(1, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF), continuation(2),
                    continuation(3)
                else { return i }
                i &+= 4
            default:
                return i
            }
        }
        return nil
    }
}
