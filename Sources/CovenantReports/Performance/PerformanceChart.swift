import Covenant
import CovenantFormat

/// A tier's months as a small inline SVG chart: a bar per month for the
/// share of contracts meeting their uptime target, lines for response and
/// resolution attainment, and the response achievement target dashed. Whole
/// user units computed in integers, so the chart is the same on every
/// machine; styled by the page's CSS, no scripts.
enum PerformanceChart {
    static let width = 640
    static let height = 244
    static let left = 44
    static let right = 624
    static let top = 16
    static let bottom = 176

    /// The `<svg>` element, ending with a line break; `id` names its title.
    static func render(_ chart: PerformanceDocument.Chart, id: String) -> String {
        let count = max(chart.months.count, 1)
        var svg =
            "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)\">\n"
            + "<title id=\"\(id)\">\(Escape.html(chart.title))</title>\n"
        for tenths in stride(from: Int64(0), through: 1000, by: 250) {
            let y = self.y(tenths)
            svg += "<line class=\"grid\" x1=\"\(left)\" y1=\"\(y)\" x2=\"\(right)\" y2=\"\(y)\" />\n"
            svg += "<text class=\"axis\" x=\"\(left - 6)\" y=\"\(y + 4)\">\(tenths / 10)%</text>\n"
        }
        let slot = (right - left) / count
        let every = max(1, (count + 11) / 12)
        for (index, month) in chart.months.enumerated() {
            let center = x(index, count)
            let share = month.contracts > 0 ? Int64(month.met) * 1000 / Int64(month.contracts) : 0
            let barWidth = max(2, slot / 2)
            let barTop = y(share)
            svg +=
                "<rect class=\"met\" x=\"\(center - barWidth / 2)\" y=\"\(barTop)\" width=\"\(barWidth)\" "
                + "height=\"\(bottom - barTop)\"><title>\(Escape.html(month.label)): \(month.met) of "
                + "\(month.contracts) contracts met their uptime target</title></rect>\n"
            if index % every == 0 {
                svg += "<text class=\"month\" x=\"\(center)\" y=\"\(bottom + 16)\">\(Escape.html(month.label))</text>\n"
            }
        }
        let target = y(chart.responseTarget)
        svg += "<line class=\"target\" x1=\"\(left)\" y1=\"\(target)\" x2=\"\(right)\" y2=\"\(target)\" />\n"
        svg += line(chart.months.map(\.response), count: count, cssClass: "response")
        svg += line(chart.months.map(\.resolution), count: count, cssClass: "resolution")
        svg += legend(target: chart.responseTarget)
        return svg + "</svg>\n"
    }

    /// The x of a month's center.
    static func x(_ index: Int, _ count: Int) -> Int { left + ((2 * index + 1) * (right - left)) / (2 * count) }

    /// The y of a percentage in tenths (0 to 1000), rounded half up.
    static func y(_ tenths: Int64) -> Int {
        let clamped = min(max(tenths, 0), 1000)
        return bottom - Int((clamped * Int64(bottom - top) + 500) / 1000)
    }

    /// A line through the months that have a value, with a mark on each.
    static func line(_ values: [Int64?], count: Int, cssClass: String) -> String {
        let points = values.enumerated().compactMap { index, value in value.map { (x(index, count), y($0)) } }
        guard !points.isEmpty else { return "" }
        var svg = ""
        if points.count > 1 {
            svg += "<polyline class=\"\(cssClass)\" points=\""
                + points.map { "\($0.0),\($0.1)" }.joined(separator: " ") + "\" />\n"
        }
        for (x, y) in points { svg += "<circle class=\"\(cssClass)\" cx=\"\(x)\" cy=\"\(y)\" r=\"3\" />\n" }
        return svg
    }

    /// What each mark means.
    static func legend(target: Int64) -> String {
        let items: [(String, String)] = [
            ("met", "contracts meeting their uptime target"), ("response", "response attainment"),
            ("resolution", "resolution attainment"),
            ("target", "response target \(target / 10).\(target % 10)%"),
        ]
        var svg = ""
        for (index, (cssClass, text)) in items.enumerated() {
            let x = left + (index % 2) * 290
            let y = bottom + 36 + (index / 2) * 16
            if cssClass == "met" {
                svg += "<rect class=\"met\" x=\"\(x)\" y=\"\(y - 8)\" width=\"14\" height=\"9\" />\n"
            } else {
                svg += "<line class=\"\(cssClass)\" x1=\"\(x)\" y1=\"\(y - 4)\" x2=\"\(x + 14)\" y2=\"\(y - 4)\" />\n"
            }
            svg += "<text class=\"legend\" x=\"\(x + 20)\" y=\"\(y)\">\(Escape.html(text))</text>\n"
        }
        return svg
    }
}
