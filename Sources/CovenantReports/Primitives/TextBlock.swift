/// Builds a plain-text report line by line: lines, labelled rows and tables
/// (``TextLayout/table(header:rows:footer:rightAligned:width:indent:rule:)``).
/// Every line passes through ``Escape/plain(_:)``, the text format's one
/// escaping point.
struct TextBlock {
    /// The lines so far, as UTF-8: a report has hundreds of them.
    private var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(8192)
    }

    /// The text so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends a line and its line break.
    mutating func line(_ content: String) {
        bytes.add(Escape.plain(content))
        bytes.append(0x0A)
    }

    /// `  Label                 value`, the label padded to 22 characters.
    mutating func row(_ label: String, _ value: String) {
        let width = TextLayout.characters(label)
        let padded = width >= 22 ? label + " " : label + String(repeating: " ", count: 22 - width)
        line("  " + padded + value)
    }

    /// A table indented by two spaces whose first row is the header, with no
    /// rule under it. Cells are escaped before they are laid out, so a cell
    /// shown with a visible code (`\u{1B}`) keeps its column aligned.
    mutating func table(_ rows: [[String]], rightAligned: Set<Int> = []) {
        guard let header = rows.first?.map(Escape.plain) else { return }
        let body = rows.dropFirst().map { $0.map(Escape.plain) }
        for line in TextLayout.table(header: header, rows: body, rightAligned: rightAligned, indent: "  ", rule: false)
        {
            self.line(line)
        }
    }
}
