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
    /// titled with its event, and a key.
    func timeline(_ document: StatementDocument) -> String {
        let days = document.timeline.days
        let height = Timeline.top + days.count * Timeline.rowPitch + 400
        let title =
            "Downtime and maintenance in \(Wording.month(document.heading.month)), one row per day, "
            + "\(document.zone) time"
        var svg =
            "<svg class=\"timeline\" viewBox=\"0 0 \(Self.number(Timeline.width)) \(Self.number(height))\" "
            + "role=\"img\" aria-labelledby=\"timeline-title\">\n"
        svg += "<title id=\"timeline-title\">\(Escape.html(title))</title>\n"
        svg += days.map(Self.row).joined()
        for hour in stride(from: 0, through: 24, by: 3) {
            let x = Timeline.x(hour * 3600)
            svg +=
                "<line class=\"grid\" x1=\"\(Self.number(x))\" y1=\"\(Self.number(Timeline.top - 400))\" "
                + "x2=\"\(Self.number(x))\" y2=\"\(Self.number(height - 400))\" />\n"
            if hour % 6 == 0 {
                svg += "<text class=\"hour\" x=\"\(Self.number(x))\" y=\"12\">\(pad(hour, 2)):00</text>\n"
            }
        }
        svg += document.timeline.marks.map(Self.rectangle).joined()
        svg += "</svg>\n"
        let key = [
            ("down", "Downtime from incidents"), ("maintenance-down", "Maintenance counted as downtime"),
            ("excluded", "Maintenance excluded"), ("not-counted", "Incident that did not count"),
            ("off", "Not in service"),
        ].map { "<span class=\"key\"><span class=\"swatch \($0.0)\"></span>\(Escape.html($0.1))</span>" }
        return "<figure class=\"timeline\">\n\(svg)<figcaption>\(key.joined(separator: " "))</figcaption>\n</figure>\n"
    }

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
    static func rectangle(_ mark: StatementDocument.Mark) -> String {
        let y = Timeline.top + (mark.day - 1) * Timeline.rowPitch
        let width = max((Timeline.chartWidth * (mark.to - mark.from) + 43_200) / 86_400, Timeline.minimumMark)
        let inset = mark.kind == .notCounted ? 300 : 0
        return
            "<rect class=\"\(mark.kind.rawValue)\" x=\"\(number(Timeline.x(mark.from)))\" y=\"\(number(y + inset))\" "
            + "width=\"\(number(width))\" height=\"\(number(Timeline.rowHeight - 2 * inset))\">"
            + "<title>\(Escape.html(mark.label))</title></rect>\n"
    }

    /// An SVG coordinate from hundredths, written without a locale: `64`, `123.45`.
    static func number(_ hundredths: Int) -> String {
        guard hundredths >= 0 else { return DecimalNumber.formatTrimmed(Int128(hundredths), scale: 2) }
        let whole = String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction == 0 { return whole }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
