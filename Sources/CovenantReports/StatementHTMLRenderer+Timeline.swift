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

    /// A mark on the timeline: a piece of one day, from and to seconds after
    /// local midnight.
    struct TimelineMark {
        var day: Int
        var from: Int
        var to: Int
        var style: String
        var label: String
    }

    /// The month as one row per day and the day's 24 hours across: counted
    /// downtime, maintenance excluded and counted, and incidents that did not
    /// count, each mark titled with its event.
    func timeline(_ statement: MonthStatement, zone: ZoneRules) -> String {
        let availability = statement.availability
        let month = statement.month
        let service = availability.period.service
        var marks: [TimelineMark] = []
        for entry in availability.maintenance {
            let event = entry.classification.event
            let label = "\(event.id): \(event.title) (\(entry.classification.reasonWords))"
            marks += Self.marks(entry.classification.excluded.intersection(service), "excluded", label, zone: zone, month: month)
            let counted = entry.classification.downtime.intersection(service).subtracting(availability.excluded)
            marks += Self.marks(counted, "maintenance-down", label, zone: zone, month: month)
        }
        for entry in availability.incidents {
            let incident = entry.incident
            let end = incident.end ?? max(availability.period.monthRange.upperBound, incident.start)
            let own = IntervalSet([incident.start..<end]).intersection(service)
            let label = "\(incident.id): \(incident.title) (\(incident.cause.rawValue))"
            if incident.counts {
                marks += Self.marks(own.subtracting(availability.excluded), "down", label, zone: zone, month: month)
            } else {
                marks += Self.marks(own, "not-counted", label, zone: zone, month: month)
            }
        }
        let days = month.numberOfDays
        let height = Timeline.top + days * Timeline.rowPitch + 400
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Self.number(Timeline.width)) \(Self.number(height))\" "
            + "role=\"img\" aria-labelledby=\"timeline-title\">\n"
        svg += "<title id=\"timeline-title\">\(Escape.html("Downtime and maintenance in \(Wording.month(month)), one row per day, \(statement.contract.zone.identifier) time"))</title>\n"
        for day in 1...days {
            let date = LocalDate(year: month.year, month: month.month, day: day)!
            let y = Timeline.top + (day - 1) * Timeline.rowPitch
            let start = zone.startOfDay(date), end = zone.startOfDay(date.adding(days: 1))
            let inService = !service.intersection(IntervalSet([start..<end])).isEmpty
            let weekend = date.isoWeekday >= 6
            let rowClass = inService ? (weekend ? "day weekend" : "day") : "day off"
            svg += "<text class=\"date\" x=\"\(Self.number(Timeline.labelWidth - 800))\" y=\"\(Self.number(y + 1_050))\">"
                + "\(Wording.weekdayNames[date.isoWeekday - 1].prefix(3)) \(day)</text>\n"
            svg += "<rect class=\"\(rowClass)\" x=\"\(Self.number(Timeline.labelWidth))\" y=\"\(Self.number(y))\" "
                + "width=\"\(Self.number(Timeline.chartWidth))\" height=\"\(Self.number(Timeline.rowHeight))\" />\n"
        }
        for hour in stride(from: 0, through: 24, by: 3) {
            let x = Timeline.x(hour * 3600)
            svg += "<line class=\"grid\" x1=\"\(Self.number(x))\" y1=\"\(Self.number(Timeline.top - 400))\" "
                + "x2=\"\(Self.number(x))\" y2=\"\(Self.number(height - 400))\" />\n"
            if hour % 6 == 0 {
                svg += "<text class=\"hour\" x=\"\(Self.number(x))\" y=\"12\">\(pad(hour, 2)):00</text>\n"
            }
        }
        for mark in marks {
            let y = Timeline.top + (mark.day - 1) * Timeline.rowPitch
            let x = Timeline.x(mark.from)
            let width = max((Timeline.chartWidth * (mark.to - mark.from) + 43_200) / 86_400, Timeline.minimumMark)
            let inset = mark.style == "not-counted" ? 300 : 0
            svg += "<rect class=\"\(mark.style)\" x=\"\(Self.number(x))\" y=\"\(Self.number(y + inset))\" "
                + "width=\"\(Self.number(width))\" height=\"\(Self.number(Timeline.rowHeight - 2 * inset))\">"
                + "<title>\(Escape.html(mark.label))</title></rect>\n"
        }
        svg += "</svg>\n"
        let key = [
            ("down", "Downtime from incidents"), ("maintenance-down", "Maintenance counted as downtime"),
            ("excluded", "Maintenance excluded"), ("not-counted", "Incident that did not count"), ("off", "Not in service"),
        ].map { "<span class=\"key\"><span class=\"swatch \($0.0)\"></span>\(Escape.html($0.1))</span>" }.joined(separator: " ")
        return "<figure class=\"timeline\">\n\(svg)<figcaption>\(key)</figcaption>\n</figure>\n"
    }

    /// The pieces of a set of instants, split at local midnights, as marks on
    /// the days of `month` they fall on.
    static func marks(_ set: IntervalSet, _ style: String, _ label: String, zone: ZoneRules, month: LocalMonth) -> [TimelineMark] {
        var marks: [TimelineMark] = []
        for interval in set.intervals {
            var cursor = interval.lowerBound
            while cursor < interval.upperBound {
                let (date, time) = zone.local(cursor)
                let dayEnd = zone.startOfDay(date.adding(days: 1))
                let pieceEnd = min(interval.upperBound, dayEnd)
                let to = pieceEnd == dayEnd ? 86_400 : zone.local(pieceEnd).time.seconds
                if LocalMonth(date) == month {
                    marks.append(TimelineMark(day: date.day, from: time.seconds, to: max(to, time.seconds), style: style, label: label))
                }
                cursor = max(pieceEnd, cursor + 1)
            }
        }
        return marks
    }

    /// An SVG coordinate from hundredths, written without a locale: `64`, `123.45`.
    static func number(_ hundredths: Int) -> String {
        DecimalNumber.formatTrimmed(Int128(hundredths), scale: 2)
    }
}
