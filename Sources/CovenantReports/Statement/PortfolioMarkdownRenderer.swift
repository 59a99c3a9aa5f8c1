import Covenant
import CovenantFormat

/// The portfolio summary as Markdown: a table of contracts and a totals
/// table per currency; text from files through ``Escape/markdownCell(_:)``.
public struct PortfolioMarkdownRenderer: Sendable {
    /// A Markdown renderer.
    public init() {}

    /// The summary as Markdown, ending with a line break.
    public func render(_ portfolio: Portfolio) -> String {
        let rows = portfolio.statements.map { statement in
            PortfolioReport.cells(statement).enumerated().map {
                $0.offset < 3 ? Escape.markdownCell($0.element) : $0.element
            }
        }
        var out = "# Portfolio summary \(portfolio.month)\n\n"
        out +=
            MarkdownTable(
                header: PortfolioReport.header, rows: rows, numericColumns: Set(3...11), rule: .compact
            ).text
        for currency in portfolio.currencies {
            let tiers = portfolio.totalsByTier(currency: currency).map {
                PortfolioReport.cells(Escape.markdownCell($0.tier.rawValue), $0.totals)
            }
            let all = PortfolioReport.cells("**all**", portfolio.totals(currency: currency))
            out += "\n## Totals (\(currency.code))\n\n"
            out +=
                MarkdownTable(
                    header: PortfolioReport.totalsHeader, rows: tiers + [all], numericColumns: Set(1...5),
                    rule: .compact
                ).text
        }
        if portfolio.statements.contains(where: { $0.availability.isProvisional }) {
            out += "\n\\* provisional: an incident is still open\n"
        }
        if let note = PortfolioReport.skippedNote(portfolio) { out += "\n" + Escape.markdown(note) + "\n" }
        return out
    }
}
