import Covenant
import CovenantFormat

/// The month's portfolio summary as one self-contained HTML page: one row per
/// contract and the totals per tier, for finance.
public struct PortfolioHTMLRenderer: Sendable {
    /// A summary page renderer.
    public init() {}

    /// The page of a portfolio.
    public func render(_ portfolio: Portfolio) -> String {
        var body = "<main class=\"statement\">\n<header>\n"
        body +=
            "<p class=\"kicker\">Portfolio "
            + "summary</p>\n<h1>\(Escape.html(Wording.month(portfolio.month)))</h1>\n</header>\n"
        let rows = portfolio.statements.map { statement -> [String] in
            [
                statement.contract.id.rawValue, statement.contract.customer, statement.terms.tier.name,
                Formatting.money(statement.charge.amount),
                "\(statement.availability.uptime.percentCut(digits: 4))%"
                    + (statement.availability.isProvisional ? " (provisional)" : ""),
                Formatting.percent(statement.terms.sla.uptime), statement.met ? "met" : "missed",
                Formatting.percent(statement.credit.percent), Formatting.money(statement.credit.amount),
                Formatting.money(statement.credit.applied), Formatting.money(statement.credit.forfeited),
                statement.support.response.percent.map(Formatting.percent) ?? "-",
                statement.support.resolution.percent.map(Formatting.percent) ?? "-",
            ]
        }
        body += "<section>\n<h2>Contracts</h2>\n"
        body += HTMLTable(
            header: [
                "Contract", "Customer", "Tier", "Charge", "Uptime", "Target", "", "Credit", "Earned", "Applied",
                "Forfeited", "Response", "Resolution",
            ],
            rows: rows, numericColumns: [3, 4, 5, 7, 8, 9, 10, 11, 12]
        ).render()
        if let note = PortfolioReport.skippedNote(portfolio) { body += "<p>\(Escape.html(note))</p>\n" }
        body += "</section>\n"
        for currency in portfolio.currencies {
            let all = portfolio.totals(currency: currency)
            body += "<section>\n<h2>\(Escape.html("Totals in \(currency.code)"))</h2>\n"
            body += HTMLTable(
                header: PortfolioReport.totalsHeader,
                rows: portfolio.totalsByTier(currency: currency).map { tier, totals in
                    PortfolioReport.cells(tier.rawValue, totals)
                },
                footer: PortfolioReport.cells("All tiers", all), numericColumns: Set(1...5)
            ).render()
            body += "</section>\n"
        }
        body += "</main>\n"
        return HTMLPage(
            title: "Portfolio summary \(portfolio.month)", style: HTMLPage.baseStyle + StatementHTMLRenderer.style,
            body: body
        ).render()
    }
}
