/// The appendix command's entry point into the reports module: a contract's
/// service-level appendix in one of its formats.
public enum AppendixRenderer {
    /// The formats an appendix can be written in.
    public static let formats: [ReportFormat] = [.md, .text, .html]

    /// Renders a document in a format; `nil` for a format appendices do not have.
    public static func render(_ document: AppendixDocument, as format: ReportFormat) -> String? {
        switch format {
        case .md: return AppendixMarkdownRenderer().render(document)
        case .text: return AppendixTextRenderer().render(document)
        case .html: return AppendixHTMLRenderer().render(document)
        case .json, .csv, .svg: return nil
        }
    }
}
