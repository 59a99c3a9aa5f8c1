import Covenant
import CovenantFormat

/// Renders a budget plan as a standalone SVG chart: each month's cost
/// stacked by line against the left axis, its share of revenue as a line
/// against the right axis, with the target and red-flag shares marked.
///
/// Geometry is integer arithmetic in hundredths of a pixel, so the same
/// plan always gives the same bytes and no coordinate can be NaN or
/// infinite; every series is scaled to axes that contain it.
public enum BudgetSVGRenderer {
    /// The drawing's size and the plot area inside it, in pixels.
    public enum Layout {
        /// The width of the drawing.
        public static let width = 960
        /// The height of the drawing.
        public static let height = 540
        /// The plot area's left edge.
        public static let plotLeft = 90
        /// The plot area's right edge.
        public static let plotRight = 860
        /// The plot area's top edge.
        public static let plotTop = 70
        /// The plot area's bottom edge.
        public static let plotBottom = 400
    }

    /// The colour of each cost line.
    static func colour(_ line: BudgetCostLine) -> String {
        switch line {
        case .csm: return "#4e79a7"
        case .supportEngineer: return "#f28e2b"
        case .vpCustomerSuccess: return "#76b7b2"
        case .contractors: return "#b07aa1"
        case .onCall: return "#59a14f"
        case .tools: return "#9c755f"
        }
    }

    static let shareColour = "#1b1b1b"
    static let targetColour = "#c98a00"
    static let redFlagColour = "#d62728"

    /// The standalone SVG document, with an XML declaration, ending with a line break.
    public static func render(_ plan: BudgetPlan) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(plan)
    }

    /// The `<svg>` element alone, for embedding in HTML; ends with a line break.
    public static func element(_ plan: BudgetPlan) -> String {
        let chart = Chart(plan: plan)
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Layout.width) \(Layout.height)\" "
                + "width=\"\(Layout.width)\" height=\"\(Layout.height)\" role=\"img\" "
                + "aria-labelledby=\"budget-chart-title budget-chart-desc\" font-family=\"sans-serif\" "
                + "font-size=\"12\">"
        )
        out.append("<title id=\"budget-chart-title\">\(escape(BudgetTables.title(plan)))</title>")
        out.append(
            "<desc id=\"budget-chart-desc\">Monthly support cost in \(plan.currency.code) stacked by cost line, "
                + "and support cost as a share of revenue with the target and red-flag shares.</desc>")
        out.append("<rect x=\"0\" y=\"0\" width=\"\(Layout.width)\" height=\"\(Layout.height)\" fill=\"#ffffff\"/>")
        out.append(
            "<text x=\"\(Layout.width / 2)\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">"
                + "\(escape(BudgetTables.title(plan)))</text>")
        out.append(
            "<text x=\"\(Layout.width / 2)\" y=\"48\" text-anchor=\"middle\" fill=\"#555555\">Monthly support cost by "
                + "line "
                + "(left axis) and its share of revenue (right axis)</text>")
        out += chart.grid()
        out.append(
            "<rect id=\"plot-area\" class=\"plot-area\" x=\"\(Layout.plotLeft)\" y=\"\(Layout.plotTop)\" "
                + "width=\"\(Layout.plotRight - Layout.plotLeft)\" height=\"\(Layout.plotBottom - Layout.plotTop)\" "
                + "fill=\"none\" stroke=\"#888888\"/>")
        out += chart.bars()
        out += chart.thresholds()
        out += chart.shareLine()
        out += chart.axes()
        out += chart.legend()
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Text for XML, on one line: the shared HTML escaping, with line breaks as spaces.
    static func escape(_ text: String) -> String { Escape.html(BudgetFigures.oneLine(text)) }

    /// Hundredths of a pixel written as a decimal: `12345` is `123.45`.
    static func px(_ centipixels: Int128) -> String {
        DecimalNumber(significand: Int64(centipixels), scale: 2).normalized.description
    }

    /// A scale from zero to a round maximum that contains `maximum`, with
    /// about five steps of 1, 2 or 5 times a power of ten.
    struct Scale {
        var step: Int128
        var maximum: Int128

        init(containing value: Int128) {
            let raw = max((max(value, 1) + 4) / 5, 1)
            var magnitude: Int128 = 1
            while magnitude * 10 <= raw { magnitude *= 10 }
            let step = [1, 2, 5, 10].map { Int128($0) * magnitude }.first { $0 >= raw }!
            self.step = step
            self.maximum = max((value + step - 1) / step, 1) * step
        }

        var ticks: [Int128] { stride(from: Int128(0), through: maximum, by: Int(step)).map { $0 } }
    }

    /// The chart's scales and the drawing of its parts.
    struct Chart {
        let plan: BudgetPlan
        /// Costs in minor units.
        let costScale: Scale
        /// Shares in hundredths of a percent.
        let shareScale: Scale

        init(plan: BudgetPlan) {
            self.plan = plan
            let maxCost = plan.months.map { Int128($0.totalCost.minorUnits) }.max() ?? 0
            costScale = Scale(containing: maxCost)
            var maxShare = Int128(
                StaffingFraction(plan.thresholds.redFlag).decimal(places: 2, rounding: .up).significand)
            for month in plan.months {
                if let share = month.share {
                    maxShare = max(maxShare, RoundingRule.up.divide(share.numerator * 100, by: share.denominator))
                }
            }
            shareScale = Scale(containing: maxShare)
        }

        var plotWidth: Int128 { Int128(Layout.plotRight - Layout.plotLeft) * 100 }
        var plotHeight: Int128 { Int128(Layout.plotBottom - Layout.plotTop) * 100 }
        var bottom: Int128 { Int128(Layout.plotBottom) * 100 }
        var count: Int128 { Int128(max(plan.months.count, 1)) }

        /// The y of a cost in minor units.
        func costY(_ minorUnits: Int128) -> Int128 {
            bottom - RoundingRule.halfUp.divide(minorUnits * plotHeight, by: costScale.maximum)
        }

        /// The y of an exact share in percent.
        func shareY(_ share: StaffingFraction) -> Int128 {
            bottom
                - RoundingRule.halfUp.divide(
                    share.numerator * 100 * plotHeight, by: share.denominator * shareScale.maximum)
        }

        /// The x of the centre of month `index`.
        func centreX(_ index: Int) -> Int128 {
            Int128(Layout.plotLeft) * 100
                + RoundingRule.halfUp.divide((2 * Int128(index) + 1) * plotWidth, by: 2 * count)
        }

        func grid() -> [String] {
            costScale.ticks.dropFirst().map { tick in
                let y = px(costY(tick))
                return
                    "<line class=\"grid\" x1=\"\(Layout.plotLeft)\" y1=\"\(y)\" x2=\"\(Layout.plotRight)\" y2=\"\(y)\" "
                    + "stroke=\"#e5e5e5\"/>"
            }
        }

        func bars() -> [String] {
            let barWidth = RoundingRule.halfUp.divide(plotWidth * 7, by: count * 10)
            var out = ["<g class=\"bars\">"]
            for (index, month) in plan.months.enumerated() {
                var stacked: Int128 = 0
                let x = centreX(index) - barWidth / 2
                for line in BudgetCostLine.allCases {
                    let amount = Int128(month.costs[line].minorUnits)
                    guard amount > 0 else { continue }
                    let top = costY(stacked + amount)
                    let base = costY(stacked)
                    stacked += amount
                    out.append(
                        "<rect class=\"series cost-\(line.rawValue)\" x=\"\(px(x))\" y=\"\(px(top))\" "
                            + "width=\"\(px(barWidth))\" height=\"\(px(base - top))\" fill=\"\(colour(line))\"/>")
                }
            }
            out.append("</g>")
            return out
        }

        func thresholds() -> [String] {
            let lines: [(String, DecimalNumber, String)] = [
                ("target", plan.thresholds.target, targetColour), ("red flag", plan.thresholds.redFlag, redFlagColour),
            ]
            return lines.flatMap { name, value, colour -> [String] in
                let y = shareY(StaffingFraction(value))
                return [
                    "<line class=\"threshold\" x1=\"\(Layout.plotLeft)\" y1=\"\(px(y))\" x2=\"\(Layout.plotRight)\" "
                        + "y2=\"\(px(y))\" stroke=\"\(colour)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
                    "<text x=\"\(Layout.plotRight - 4)\" y=\"\(px(y - 400))\" text-anchor=\"end\" fill=\"\(colour)\" "
                        + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">"
                        + "\(name) \(Formatting.percent(value))</text>",
                ]
            }
        }

        func shareLine() -> [String] {
            var segments: [[String]] = [[]]
            var points: [String] = []
            for (index, month) in plan.months.enumerated() {
                guard let share = month.share else {
                    if !segments[segments.count - 1].isEmpty { segments.append([]) }
                    continue
                }
                let point = (px(centreX(index)), px(shareY(share)))
                segments[segments.count - 1].append("\(point.0),\(point.1)")
                points.append(
                    "<circle class=\"series share-point\" cx=\"\(point.0)\" cy=\"\(point.1)\" r=\"2.5\" "
                        + "fill=\"\(shareColour)\"/>"
                )
            }
            var out = ["<g class=\"share\">"]
            for segment in segments where !segment.isEmpty {
                out.append(
                    "<polyline class=\"series share\" points=\"\(segment.joined(separator: " "))\" fill=\"none\" "
                        + "stroke=\"\(shareColour)\" stroke-width=\"2\"/>")
            }
            out += points
            out.append("</g>")
            return out
        }

        func axes() -> [String] {
            var out: [String] = []
            let left = Layout.plotLeft
            let right = Layout.plotRight
            for tick in costScale.ticks {
                let y = costY(tick)
                out.append(
                    "<line x1=\"\(left - 5)\" y1=\"\(px(y))\" x2=\"\(left)\" y2=\"\(px(y))\" stroke=\"#333333\"/>")
                out.append(
                    "<text x=\"\(left - 8)\" y=\"\(px(y + 400))\" text-anchor=\"end\">\(moneyLabel(tick))</text>")
            }
            for tick in shareScale.ticks {
                let y = shareY(StaffingFraction(tick, over: 100))
                out.append(
                    "<line x1=\"\(right)\" y1=\"\(px(y))\" x2=\"\(right + 5)\" y2=\"\(px(y))\" stroke=\"#333333\"/>")
                out.append(
                    "<text x=\"\(right + 8)\" y=\"\(px(y + 400))\" text-anchor=\"start\">"
                        + "\(Formatting.percent(DecimalNumber(significand: Int64(tick), scale: 2)))</text>")
            }
            let every = labelInterval
            for (index, month) in plan.months.enumerated() {
                let x = px(centreX(index))
                let long = index % every == 0
                out.append(
                    "<line x1=\"\(x)\" y1=\"\(Layout.plotBottom)\" x2=\"\(x)\" "
                        + "y2=\"\(Layout.plotBottom + (long ? 6 : 3))\" "
                        + "stroke=\"#333333\"/>")
                if long {
                    out.append(
                        "<text x=\"\(x)\" y=\"\(Layout.plotBottom + 20)\" text-anchor=\"middle\">\(month.month)</text>")
                }
            }
            let middle = (Layout.plotTop + Layout.plotBottom) / 2
            out.append(
                "<text x=\"\((left + right) / 2)\" y=\"\(Layout.plotBottom + 42)\" text-anchor=\"middle\">Month</text>")
            out.append(
                "<text x=\"22\" y=\"\(middle)\" text-anchor=\"middle\" transform=\"rotate(-90 22 \(middle))\">"
                    + "Monthly support cost (\(plan.currency.code))</text>")
            out.append(
                "<text x=\"\(Layout.width - 18)\" y=\"\(middle)\" text-anchor=\"middle\" "
                    + "transform=\"rotate(90 \(Layout.width - 18) \(middle))\">Support cost share of revenue (%)</text>"
            )
            return out
        }

        /// Label every n-th month so that labels (about 56 px) do not touch.
        var labelInterval: Int {
            let slot = Int128(Layout.plotRight - Layout.plotLeft) * 100 / count
            for interval in [1, 2, 3, 6, 12, 24, 60, 120, 240] where Int128(interval) * slot >= 5_600 {
                return interval
            }
            return 600
        }

        func moneyLabel(_ minorUnits: Int128) -> String {
            let money = Money(minorUnits: Int64(minorUnits), currency: plan.currency)
            let digits = plan.currency.minorDigits
            if digits > 0 && costScale.step % power10(digits) == 0 {
                return String(Formatting.grouped(money).dropLast(digits + 1))
            }
            return Formatting.grouped(money)
        }

        func legend() -> [String] {
            var items: [(String, String)] = BudgetCostLine.allCases.map { line in
                ("<rect x=\"0\" y=\"-9\" width=\"12\" height=\"12\" fill=\"\(colour(line))\"/>", line.title)
            }
            items.append(
                (
                    "<line x1=\"0\" y1=\"-3\" x2=\"14\" y2=\"-3\" stroke=\"\(shareColour)\" stroke-width=\"2\"/>",
                    "Share of revenue"
                ))
            items.append(
                (
                    "<line x1=\"0\" y1=\"-3\" x2=\"14\" y2=\"-3\" stroke=\"\(targetColour)\" stroke-width=\"1.5\" "
                        + "stroke-dasharray=\"4 2\"/>",
                    "Target \(Formatting.percent(plan.thresholds.target))"
                ))
            items.append(
                (
                    "<line x1=\"0\" y1=\"-3\" x2=\"14\" y2=\"-3\" stroke=\"\(redFlagColour)\" stroke-width=\"1.5\" "
                        + "stroke-dasharray=\"4 2\"/>",
                    "Red flag \(Formatting.percent(plan.thresholds.redFlag))"
                ))
            var out = ["<g class=\"legend\">"]
            for (row, rowItems) in [
                Array(items.prefix(BudgetCostLine.allCases.count)),
                Array(items.dropFirst(BudgetCostLine.allCases.count)),
            ].enumerated() {
                var x = Layout.plotLeft
                let y = Layout.plotBottom + 78 + row * 24
                for item in rowItems {
                    out.append(
                        "<g transform=\"translate(\(x) \(y))\">\(item.0)<text x=\"20\" "
                            + "y=\"2\">\(escape(item.1))</text></g>"
                    )
                    x += 20 + item.1.count * 7 + 24
                }
            }
            out.append("</g>")
            return out
        }
    }
}
