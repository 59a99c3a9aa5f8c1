import Covenant
import CovenantFormat
import CovenantReports
import CovenantTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects what the SVG checks need while parsing.
final class SVGInspector: NSObject, XMLParserDelegate {
    var root: String?
    var viewBox: String?
    var plotArea: (x: Double, y: Double, width: Double, height: Double)?
    /// Every plotted point of a series: rectangle corners, circle centres, polyline points.
    var seriesPoints: [(x: Double, y: Double)] = []
    var seriesCount = 0
    /// The top edge of every bar segment.
    var barTops: [Double] = []
    var texts: [String] = []
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if root == nil {
            root = name
            viewBox = attributes["viewBox"]
        }
        func number(_ key: String) -> Double { Double(attributes[key] ?? "") ?? .nan }
        if attributes["id"] == "plot-area" {
            plotArea = (number("x"), number("y"), number("width"), number("height"))
        }
        text = ""
        guard (attributes["class"] ?? "").split(separator: " ").contains("series") else { return }
        seriesCount += 1
        switch name {
        case "rect":
            barTops.append(number("y"))
            seriesPoints.append((number("x"), number("y")))
            seriesPoints.append((number("x") + number("width"), number("y") + number("height")))
        case "circle":
            seriesPoints.append((number("cx"), number("cy")))
        case "polyline":
            for pair in (attributes["points"] ?? "").split(separator: " ") {
                let xy = pair.split(separator: ",").map { Double($0) ?? .nan }
                seriesPoints.append((xy.first ?? .nan, xy.count == 2 ? xy[1] : .nan))
            }
        default:
            seriesPoints.append((.nan, .nan))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(text) }
    }
}

@Suite("Budget reports: the SVG chart")
struct BudgetSVGTests {
    static func inspect(_ svg: String) throws -> SVGInspector {
        let parser = XMLParser(data: Data(svg.utf8))
        let inspector = SVGInspector()
        parser.delegate = inspector
        let parsed = parser.parse()
        #expect(parsed, "not well-formed XML: \(String(describing: parser.parserError))")
        return inspector
    }

    static let plans: [(String, @Sendable () throws -> BudgetPlan)] = [
        ("base", { try BudgetSample.basePlan() }),
        ("fast growth", { try BudgetSample.fastGrowthPlan() }),
        ("one month", { BudgetSample.plan(months: 1, points: [("2026-01", 6, 0, 0)]) }),
        (
            "no revenue in the middle",
            {
                BudgetSample.plan(
                    months: 5, points: [("2026-01", 8, 2, 0), ("2026-03", 0, 0, 0), ("2026-05", 8, 2, 0)],
                    tools: [SupportTool(name: "Status page", monthly: Money(minorUnits: 2900, currency: .usd))])
            }
        ),
        ("nothing at all", { BudgetSample.plan(months: 2, points: [("2026-01", 0, 0, 0)]) }),
        (
            "a million customers a tier",
            {
                BudgetSample.plan(
                    months: 24, points: [("2026-01", 1, 1, 1), ("2027-12", 1_000_000, 1_000_000, 1_000_000)])
            }
        ),
        (
            "a share far above the red flag",
            {
                BudgetSample.plan(
                    months: 120, points: [("2026-01", 1, 0, 0), ("2035-12", 500, 0, 0)],
                    onCall: [OnCallRotation(name: "support", weekly: Money(minorUnits: 5_000_000, currency: .usd))])
            }
        ),
    ]

    @Test(
        "the chart is well-formed XML with a viewBox, no NaN or Infinity, and every series inside the plot area",
        arguments: plans.indices)
    func wellFormed(index: Int) throws {
        let (name, make) = Self.plans[index]
        let svg = BudgetSVGRenderer.render(try make())
        let inspector = try Self.inspect(svg)
        #expect(inspector.root == "svg", "\(name)")
        #expect(inspector.viewBox == "0 0 960 540", "\(name)")
        #expect(
            !svg.contains("NaN") && !svg.contains("nan") && !svg.contains("Infinity") && !svg.contains("inf"), "\(name)"
        )
        let area = try #require(inspector.plotArea, "\(name): no plot area")
        #expect(inspector.seriesCount > 0 || name == "nothing at all", "\(name)")
        for point in inspector.seriesPoints {
            #expect(point.x.isFinite && point.y.isFinite, "\(name): \(point)")
            #expect(point.x >= area.x && point.x <= area.x + area.width, "\(name): x \(point.x) outside the plot")
            #expect(point.y >= area.y && point.y <= area.y + area.height, "\(name): y \(point.y) outside the plot")
        }
    }

    @Test("the chart labels both axes, names every cost line in its legend and marks the 10% and 15% lines")
    func labels() throws {
        let inspector = try Self.inspect(BudgetSVGRenderer.render(try BudgetSample.basePlan()))
        let texts = Set(inspector.texts)
        #expect(texts.contains("Monthly support cost (USD)"))
        #expect(texts.contains("Support cost share of revenue (%)"))
        #expect(texts.contains("Month"))
        for line in BudgetCostLine.allCases { #expect(texts.contains(line.title)) }
        #expect(texts.contains("target 10%") && texts.contains("red flag 15%"))
        #expect(texts.contains("Target 10%") && texts.contains("Red flag 15%"))
        #expect(texts.contains("2026-01") && texts.contains("2028-10"))
        #expect(texts.contains("30%") && texts.contains("200,000"))
    }

    @Test("the tallest bar reaches its total cost on the cost axis")
    func stacking() throws {
        let plan = try BudgetSample.basePlan()
        let inspector = try Self.inspect(BudgetSVGRenderer.render(plan))
        let area = try #require(inspector.plotArea)
        // The cost axis of the base plan runs from 0 to 200,000.
        let tallest = plan.months.map(\.totalCost.minorUnits).max()!
        let top = inspector.barTops.min()!
        let expected = area.y + area.height * (1 - Double(tallest) / 20_000_000)
        #expect(abs(top - expected) < 0.02)
    }
}
