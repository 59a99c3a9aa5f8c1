/// Test input with markers (`1️⃣`, `2️⃣`, …) where a diagnostic must point,
/// after swift-format's `MarkedText`: the markers are removed from the text
/// and their places remembered as byte offsets, lines and columns.
public struct MarkedText: Sendable {
    /// A marker's place in the text without markers.
    public struct Place: Sendable, Equatable, CustomStringConvertible {
        /// The byte offset.
        public var offset: Int
        /// The line, from 1.
        public var line: Int
        /// The column in characters, from 1.
        public var column: Int
        /// `line:column`.
        public var description: String { "\(line):\(column)" }
    }

    /// The text with every marker removed.
    public let text: String
    /// Each marker's place, by marker.
    public let places: [String: Place]

    /// The markers, in order.
    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// Removes the markers of `marked`, remembering their places.
    public init(_ marked: String) {
        var text = ""
        var places: [String: Place] = [:]
        var line = 1
        var column = 1
        var rest = Substring(marked)
        while let first = rest.first {
            if let marker = Self.markers.first(where: { rest.hasPrefix($0) }) {
                places[marker] = Place(offset: text.utf8.count, line: line, column: column)
                rest = rest.dropFirst(marker.count)
                continue
            }
            text.append(first)
            for scalar in first.unicodeScalars {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            rest = rest.dropFirst()
        }
        self.text = text
        self.places = places
    }

    /// The place of the first marker, `1️⃣`.
    public var place: Place? { places["1️⃣"] }
}
