/// An output format of a report.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case text, md, json, csv, html, svg, journal

    /// The file extension written for this format.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .md: return "md"
        default: return rawValue
        }
    }
}
