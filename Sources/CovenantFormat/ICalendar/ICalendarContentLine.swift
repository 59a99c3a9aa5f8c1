/// One unfolded content line of an iCalendar file: `NAME;PARAM=VALUE:value`,
/// with the way back from its bytes to the file's offsets.
struct ICalendarContentLine {
    /// The property name, uppercased (`DTSTART`).
    var name: String
    /// The parameters, names uppercased, values unquoted (`VALUE` → `DATE`).
    var parameters: [String: String]
    /// The value after the first `:` outside quotes.
    var value: String
    /// Where the line starts in the file.
    var start: Int
    /// Where the value starts in the file.
    var valueStart: Int
    /// Where the value ends in the file.
    var valueEnd: Int

    /// The value's range in the file.
    var valueRange: SourceRange { SourceRange(start: valueStart, end: valueEnd) }

    /// The whole line's range in the file.
    var range: SourceRange { SourceRange(start: start, end: valueEnd) }
}

/// Splits a file into unfolded content lines (RFC 5545 §3.1): CRLF or LF line
/// ends; a line starting with a space or tab continues the previous one.
struct ICalendarUnfolder {
    /// A logical line's bytes and, per physical piece, where it came from.
    struct Logical {
        var bytes: [UInt8] = []
        /// `(offset in bytes, offset in the file)` where each piece starts.
        var pieces: [(logical: Int, source: Int)] = []
        /// Where the last piece ends in the file.
        var end = 0

        /// The file offset of a byte of the logical line.
        func sourceOffset(_ index: Int) -> Int {
            var piece = pieces[0]
            for candidate in pieces where candidate.logical <= index { piece = candidate }
            return piece.source + (index - piece.logical)
        }
    }

    /// The logical lines of `bytes`, blank lines left out; a UTF-8 byte
    /// order mark at the start is skipped, as in the other files read.
    static func lines(_ bytes: [UInt8]) -> [Logical] {
        var result: [Logical] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var contentEnd = end
            if contentEnd > start && bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            let first = start < contentEnd ? bytes[start] : 0
            if (first == 0x20 || first == 0x09) && !result.isEmpty {
                result[result.count - 1].pieces.append((result[result.count - 1].bytes.count, start + 1))
                result[result.count - 1].bytes += bytes[(start + 1)..<contentEnd]
                result[result.count - 1].end = contentEnd
            } else if contentEnd > start {
                result.append(Logical(bytes: Array(bytes[start..<contentEnd]), pieces: [(0, start)], end: contentEnd))
            }
            start = end + 1
        }
        return result
    }

    /// Splits a logical line into name, parameters and value; fails with the
    /// line's offset when there is no `:` outside quotes or no name.
    static func contentLine(_ line: Logical) -> Result<ICalendarContentLine, ICalendarUnfolderError> {
        let bytes = line.bytes
        var index = 0
        while index < bytes.count && bytes[index] != UInt8(ascii: ";") && bytes[index] != UInt8(ascii: ":") {
            index += 1
        }
        let name = String(decoding: bytes[0..<index], as: UTF8.self).uppercased()
        guard !name.isEmpty else { return .failure(.missingName(line.sourceOffset(0))) }
        var parameters: [String: String] = [:]
        while index < bytes.count && bytes[index] == UInt8(ascii: ";") {
            index += 1
            let nameStart = index
            while index < bytes.count && bytes[index] != UInt8(ascii: "=") && bytes[index] != UInt8(ascii: ":") {
                index += 1
            }
            let parameter = String(decoding: bytes[nameStart..<index], as: UTF8.self).uppercased()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                return .failure(.missingColon(line.sourceOffset(0)))
            }
            index += 1
            var value: [UInt8] = []
            var quoted = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    quoted.toggle()
                } else if !quoted && (byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")) {
                    break
                } else {
                    value.append(byte)
                }
                index += 1
            }
            parameters[parameter] = String(decoding: value, as: UTF8.self)
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            return .failure(.missingColon(line.sourceOffset(0)))
        }
        let valueStart = index + 1
        return .success(ICalendarContentLine(
            name: name, parameters: parameters, value: String(decoding: bytes[valueStart...], as: UTF8.self),
            start: line.sourceOffset(0),
            valueStart: valueStart < bytes.count ? line.sourceOffset(valueStart) : line.end, valueEnd: line.end))
    }
}

/// Why a logical line is not a content line.
enum ICalendarUnfolderError: Error {
    /// The line starts with `;` or `:`.
    case missingName(Int)
    /// No `:` separates the name (and parameters) from the value.
    case missingColon(Int)
}
