import Covenant
import CovenantFormat

/// The portfolio summary as plain text: a row per contract, totals per tier
/// and currency, every line through ``TextBlock``.
public struct PortfolioTextRenderer: Sendable {
    /// A text renderer.
    public init() {}

    /// The summary as text, ending with a line break.
    public func render(_ portfolio: Portfolio) -> String {
        var out = TextBlock()
        out.line("PORTFOLIO SUMMARY \(portfolio.month)")
        out.line("")
        let header = PortfolioReport.header.map { $0.lowercased() }
        out.table([header] + portfolio.statements.map(PortfolioReport.cells), rightAligned: Set(3...11))
        for currency in portfolio.currencies {
            out.line("")
            out.line("Totals (\(currency.code))")
            let all = portfolio.totals(currency: currency)
            let rows = portfolio.totalsByTier(currency: currency).map {
                PortfolioReport.cells($0.tier.rawValue, $0.totals)
            }
            out.table(
                [PortfolioReport.totalsHeader.map { $0.lowercased() }] + rows + [PortfolioReport.cells("all", all)],
                rightAligned: Set(1...5))
        }
        if portfolio.statements.contains(where: { $0.availability.isProvisional }) {
            out.line("")
            out.line("* provisional: an incident is still open")
        }
        if let note = PortfolioReport.skippedNote(portfolio) {
            out.line("")
            out.line(note)
        }
        return out.text
    }
}
