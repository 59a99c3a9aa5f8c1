import Covenant
import CovenantFormat

extension StatementHTMLRenderer {
    /// Geometry of the month timeline, in hundredths of an SVG user unit
    /// (integers, so coordinates are exact and the same on every machine).
    enum Timeline {
        static let width = 72_000
        static let labelWidth = 6_400
        static let chartWidth = width - labelWidth - 1_200
        static let top = 2_200
        static let rowHeight = 1_400
        static let rowPitch = 1_800
        static let minimumMark = 150

        /// The x of a time of day (seconds after midnight), rounded half up.
        static func x(_ seconds: Int) -> Int { labelWidth + (chartWidth * seconds + 43_200) / 86_400 }
    }

    /// The month as one row per day and the day's 24 hours across, each mark
    /// titled with its event, and a key. Written into bytes: a page's
    /// timeline has a few hundred elements.
    func timeline(_ document: StatementDocument) -> String {
        let days = document.timeline.days
        let height = Timeline.top + days.count * Timeline.rowPitch + 400
        let title =
            "Downtime and maintenance in \(Wording.month(document.heading.month)), one row per day, "
            + "\(document.zone) time"
        var svg: [UInt8] = []
        svg.reserveCapacity(2048 + days.count * 256 + document.timeline.marks.count * 256)
        svg.add("<figure class=\"timeline\">\n<svg class=\"timeline\" viewBox=\"0 0 ")
        svg.add(Self.number(Timeline.width))
        svg.add(" ")
        svg.add(Self.number(height))
        svg.add("\" role=\"img\" aria-labelledby=\"timeline-title\">\n<title id=\"timeline-title\">")
        svg.add(Escape.html(title))
        svg.add("</title>\n")
        for day in days { svg.add(Self.row(day)) }
        svg.add(days.count >= 28 && days.count <= 31 ? Self.grids[days.count - 28] : Self.grid(height: height))
        for mark in document.timeline.marks { Self.rectangle(mark, into: &svg) }
        svg.add("</svg>\n<figcaption>")
        svg.add(Self.key)
        svg.add("</figcaption>\n</figure>\n")
        return String(decoding: svg, as: UTF8.self)
    }

    /// The grids of months of 28 to 31 days, made once.
    static let grids = (28...31).map { grid(height: Timeline.top + $0 * Timeline.rowPitch + 400) }

    /// The hour lines and labels of a timeline this tall.
    static func grid(height: Int) -> String {
        var grid = ""
        for hour in stride(from: 0, through: 24, by: 3) {
            let x = Timeline.x(hour * 3600)
            grid +=
                "<line class=\"grid\" x1=\"\(Self.number(x))\" y1=\"\(Self.number(Timeline.top - 400))\" "
                + "x2=\"\(Self.number(x))\" y2=\"\(Self.number(height - 400))\" />\n"
            if hour % 6 == 0 {
                grid += "<text class=\"hour\" x=\"\(Self.number(x))\" y=\"12\">\(pad(hour, 2)):00</text>\n"
            }
        }
        return grid
    }

    /// The key under every timeline.
    static let key = [
        ("down", "Downtime from incidents"), ("maintenance-down", "Maintenance counted as downtime"),
        ("excluded", "Maintenance excluded"), ("not-counted", "Incident that did not count"),
        ("off", "Not in service"),
    ].map { "<span class=\"key\"><span class=\"swatch \($0.0)\"></span>\(Escape.html($0.1))</span>" }
        .joined(separator: " ")

    /// A day's label and its row, shaded when a weekend or out of service:
    /// one of a few hundred, made once.
    static func row(_ day: StatementDocument.Day) -> String {
        guard (1...31).contains(day.day), (1...7).contains(day.weekday) else { return drawRow(day) }
        return rows[((day.day - 1) * 7 + day.weekday - 1) * 2 + (day.inService ? 1 : 0)]
    }

    /// Every row a month can have.
    private static let rows: [String] = (1...31).flatMap { number in
        (1...7).flatMap { weekday in
            [false, true].map { drawRow(StatementDocument.Day(day: number, weekday: weekday, inService: $0)) }
        }
    }

    private static func drawRow(_ day: StatementDocument.Day) -> String {
        let y = Timeline.top + (day.day - 1) * Timeline.rowPitch
        let rowClass = day.inService ? (day.weekday >= 6 ? "day weekend" : "day") : "day off"
        return "<text class=\"date\" x=\"\(number(Timeline.labelWidth - 800))\" y=\"\(number(y + 1_050))\">"
            + "\(Wording.weekdayNames[day.weekday - 1].prefix(3)) \(day.day)</text>\n"
            + "<rect class=\"\(rowClass)\" x=\"\(number(Timeline.labelWidth))\" y=\"\(number(y))\" "
            + "width=\"\(number(Timeline.chartWidth))\" height=\"\(number(Timeline.rowHeight))\" />\n"
    }

    /// A mark's rectangle, titled with its event; an incident that did not count is drawn inset.
    static func rectangle(_ mark: StatementDocument.Mark, into svg: inout [UInt8]) {
        let y = Timeline.top + (mark.day - 1) * Timeline.rowPitch
        let width = max((Timeline.chartWidth * (mark.to - mark.from) + 43_200) / 86_400, Timeline.minimumMark)
        let inset = mark.kind == .notCounted ? 300 : 0
        svg.add("<rect class=\"")
        svg.add(mark.kind.rawValue)
        svg.add("\" x=\"")
        svg.add(number(Timeline.x(mark.from)))
        svg.add("\" y=\"")
        svg.add(number(y + inset))
        svg.add("\" width=\"")
        svg.add(number(width))
        svg.add("\" height=\"")
        svg.add(number(Timeline.rowHeight - 2 * inset))
        svg.add("\"><title>")
        svg.add(Escape.html(mark.label))
        svg.add("</title></rect>\n")
    }

    /// An SVG coordinate from hundredths, written without a locale: `64`, `123.45`.
    static func number(_ hundredths: Int) -> String {
        DecimalNumber.formatTrimmed(Int128(hundredths), scale: 2)
    }
}
