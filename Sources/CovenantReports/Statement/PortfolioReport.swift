import Covenant
import CovenantFormat

/// The month's portfolio summary for finance in each of its formats.
public enum PortfolioReport: Report {
    /// The formats a summary is written in.
    public static let formats: [ReportFormat] = [.text, .md, .json, .csv, .html]

    /// The summary in a format of ``formats``.
    public static func render(_ portfolio: Portfolio, format: ReportFormat) -> String {
        switch format {
        case .text: return PortfolioTextRenderer().render(portfolio)
        case .md: return PortfolioMarkdownRenderer().render(portfolio)
        case .json: return PortfolioJSON.render(portfolio)
        case .csv: return StatementCSV.render(portfolio.statements)
        case .html: return PortfolioHTMLRenderer().render(portfolio)
        case .svg, .journal: preconditionFailure("a portfolio summary has no \(format) form")
        }
    }

    /// A contract's row in the text and Markdown summaries: id, customer,
    /// tier, charge, uptime (`*` when provisional), target, credit share, the
    /// credit earned, applied to the next invoice and forfeited, response and
    /// resolution attainment.
    static func cells(_ statement: MonthStatement) -> [String] {
        [
            statement.contract.id.rawValue, statement.contract.customer, statement.contract.tier.rawValue,
            Formatting.money(statement.charge.amount),
            statement.availability.uptime.percentCut(digits: 4) + "%"
                + (statement.availability.isProvisional ? "*" : ""),
            Formatting.percent(statement.terms.sla.uptime), Formatting.percent(statement.credit.percent),
            Formatting.money(statement.credit.amount), Formatting.money(statement.credit.applied),
            Formatting.money(statement.credit.forfeited), SupportText.percent(statement.support.response),
            SupportText.percent(statement.support.resolution),
        ]
    }

    /// The headings of a contract's row.
    static let header = [
        "Contract", "Customer", "Tier", "Charge", "Uptime", "Target", "Credit", "Earned", "Applied", "Forfeited",
        "Response", "Resolution",
    ]

    /// The headings of a totals row.
    static let totalsHeader = ["Tier", "Contracts", "Charges", "Earned", "Applied", "Forfeited"]

    /// The rows `--lenient` skipped in the month's statements, in words, or
    /// `nil` when none was: `--lenient skipped 3 rows that belong to these
    /// statements (C-1: 2, C-2: 1); each statement's notes say which and why`.
    static func skippedNote(_ portfolio: Portfolio) -> String? {
        let affected = portfolio.statements.filter { !$0.skippedRows.isEmpty }
        guard !affected.isEmpty else { return nil }
        let total = affected.map(\.skippedRows.count).reduce(0, +)
        let each = affected.map { "\($0.contract.id): \($0.skippedRows.count)" }.joined(separator: ", ")
        return "--lenient skipped \(total) row\(total == 1 ? "" : "s") that belong\(total == 1 ? "s" : "") "
            + "to these statements (\(each)); each statement's notes say which and why"
    }

    /// A totals row: the label, the number of contracts, charges, and the
    /// credits earned, applied to next month's invoices and forfeited.
    static func cells(_ label: String, _ totals: Portfolio.Totals) -> [String] {
        [
            label, String(totals.contracts), Formatting.money(totals.charges), Formatting.money(totals.earned),
            Formatting.money(totals.applied), Formatting.money(totals.forfeited),
        ]
    }
}
