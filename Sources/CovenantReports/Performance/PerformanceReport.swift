import Covenant
import CovenantFormat

/// The report over time in each of its formats: text, Markdown and HTML laid
/// out from its ``PerformanceDocument``, JSON and CSV its data.
public enum PerformanceReport: Report {
    /// The formats `report` writes.
    public static let formats: [ReportFormat] = [.text, .md, .html, .csv, .json]

    /// The history in a format of ``formats``.
    public static func render(_ history: PerformanceHistory, format: ReportFormat) -> String {
        switch format {
        case .text: return PerformanceTextRenderer().render(PerformanceWriter(history).document())
        case .md: return PerformanceMarkdownRenderer().render(PerformanceWriter(history).document())
        case .html: return PerformanceHTMLRenderer().render(PerformanceWriter(history).document())
        case .csv: return PerformanceCSV.render(history)
        case .json: return PerformanceJSON.render(history)
        case .svg, .journal: preconditionFailure("a report over time has no \(format) form")
        }
    }
}
