/// The explanation of a statement (`covenant explain`) as plain text: its
/// numbered steps, each line indented under its step, every line through
/// ``TextBlock``.
public struct ExplanationRenderer: Sendable {
    /// An explanation renderer.
    public init() {}

    /// The document's steps as text, ending with a line break.
    public func render(_ document: StatementDocument) -> String {
        let heading = document.heading
        var out = TextBlock()
        out.line("EXPLANATION \(heading.contract) \(heading.month): \(heading.customer)")
        for (index, step) in document.steps.enumerated() {
            out.line("")
            out.line("\(index + 1). \(step.title)")
            for line in step.lines { out.line(String(repeating: " ", count: 3 + 2 * line.depth) + line.text) }
        }
        return out.text
    }
}
