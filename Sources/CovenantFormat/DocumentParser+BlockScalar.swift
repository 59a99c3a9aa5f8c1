extension DocumentParser.Input {
    /// How a block scalar treats its final line breaks.
    enum Chomping { case clip, strip, keep }

    /// Parses a block scalar whose indicator (`|` or `>`) is at `p`; returns it
    /// and the start of the first line after it.
    ///
    /// Folding and chomping follow the YAML 1.2 rules as PyYAML implements
    /// them: with `>`, a line break between two lines that start with a
    /// non-space is a space, or nothing when empty lines separate them;
    /// lines starting with a space or tab keep their breaks.
    /// `parent` is the indentation of the block collection holding the scalar (-1 at the top level).
    ///
    /// The text is appended to `out`.
    func blockScalar(
        at p: Int, parent: Int, into out: inout [UInt8]
    ) throws(SyntaxError) -> (style: Node.ScalarStyle, range: SourceRange, next: Int) {
        let base = out.count
        let folded = bytes[p] == Byte.greater
        var chomping = Chomping.clip
        var increment = 0
        var h = p + 1
        var sawChomping = false
        while h < count && !isBlank(bytes[h]) && bytes[h] != Byte.hash {
            let b = bytes[h]
            if (b == Byte.minus || b == Byte.plus) && !sawChomping {
                chomping = b == Byte.minus ? .strip : .keep
                sawChomping = true
            } else if b > Byte.zero && b <= Byte.nine && increment == 0 {
                increment = Int(b - Byte.zero)
            } else {
                throw .invalidBlockScalarHeader(location(h))
            }
            h &+= 1
        }
        let headerEnd = h
        if peek(h) == Byte.hash { throw .invalidBlockScalarHeader(location(h)) }
        var line = try finishLine(h, valueEnd: headerEnd)

        let minimum = max(parent + 1, 1)

        // Find the content indentation: explicit, or that of the first non-empty line.
        var indent: Int
        var breaks = 0
        if increment > 0 {
            indent = minimum + increment - 1
        } else {
            var maxEmpty = 0
            var maxEmptyLine = line
            var scan = line
            var firstText = -1
            while scan < count {
                var i = scan
                while i < count && bytes[i] == Byte.space { i &+= 1 }
                let b = peek(i)
                if isBreak(b) {
                    // An empty line (the last one may end the file without a break).
                    if i - scan > maxEmpty {
                        maxEmpty = i - scan
                        maxEmptyLine = scan
                    }
                    scan = b == Byte.cr ? i + 2 : i + 1
                    continue
                }
                firstText = i - scan
                break
            }
            if firstText >= minimum {
                indent = firstText
                if maxEmpty > indent { throw .blockScalarIndentation(location(maxEmptyLine + indent)) }
            } else {
                // No text lines: the empty lines are all the scalar has.
                indent = max(minimum, maxEmpty)
            }
        }

        // Read the lines at or beyond `indent`.
        var lastContentEnd = headerEnd
        var pendingBreak = false  // the last text line ended with a break not yet written
        var previousLeadingNonSpace = false
        var first = true
        while line < count {
            var i = line
            let limit = line + indent
            while i < limit && i < count && bytes[i] == Byte.space { i &+= 1 }
            let b = peek(i)
            if i < limit {
                // Fewer spaces than the indentation: an empty line, or the end of the scalar.
                if isBreak(b) && i < count {
                    breaks += 1
                    line = b == Byte.cr ? i + 2 : i + 1
                    continue
                }
                break
            }
            if i >= count { break }
            // A content line (possibly only spaces beyond the indentation, or empty).
            var e = i
            while e < count && bytes[e] != Byte.lf { e &+= 1 }
            let hasBreak = e < count
            let next = e + 1
            if e > i && bytes[e - 1] == Byte.cr { e -= 1 }
            if e == i {
                // Exactly `indent` spaces then the break: an empty line.
                breaks += 1
                line = next
                continue
            }
            let leadingNonSpace = bytes[i] != Byte.space && bytes[i] != Byte.tab
            if !first {
                if folded && previousLeadingNonSpace && leadingNonSpace {
                    if breaks == 0 { out.append(Byte.space) }
                } else if pendingBreak {
                    out.append(Byte.lf)
                }
            }
            for _ in 0..<breaks { out.append(Byte.lf) }
            breaks = 0
            first = false
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<e]))
            if out.count - base > DocumentParser.maximumScalarLength {
                throw .scalarTooLong(location(p), limit: DocumentParser.maximumScalarLength)
            }
            pendingBreak = hasBreak
            previousLeadingNonSpace = leadingNonSpace
            lastContentEnd = e
            line = next
        }
        switch chomping {
        case .strip: break
        case .clip: if pendingBreak { out.append(Byte.lf) }
        case .keep:
            if pendingBreak { out.append(Byte.lf) }
            for _ in 0..<breaks { out.append(Byte.lf) }
        }
        if out.count - base > DocumentParser.maximumScalarLength {
            throw .scalarTooLong(location(p), limit: DocumentParser.maximumScalarLength)
        }
        let style: Node.ScalarStyle = folded ? .folded : .literal
        return (style, SourceRange(start: p, end: lastContentEnd), min(line, count))
    }
}
