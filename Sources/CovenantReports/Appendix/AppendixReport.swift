/// A contract's service-level appendix, written as an ``AppendixDocument``,
/// in each of its formats.
public enum AppendixReport: Report {
    /// The formats an appendix is written in.
    public static let formats: [ReportFormat] = [.md, .text, .html]

    /// The document in a format of ``formats``.
    public static func render(_ document: AppendixDocument, format: ReportFormat) -> String {
        switch format {
        case .md: return AppendixMarkdownRenderer().render(document)
        case .text: return AppendixTextRenderer().render(document)
        case .html: return AppendixHTMLRenderer().render(document)
        case .json, .csv, .svg, .journal: preconditionFailure("an appendix has no \(format) form")
        }
    }
}
