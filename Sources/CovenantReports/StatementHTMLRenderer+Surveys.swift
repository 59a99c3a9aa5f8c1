import Covenant
import CovenantFormat

extension StatementHTMLRenderer {
    /// CSAT, NPS and CES of the month, each cut to one decimal, with counts.
    func surveysSection(_ surveys: SurveySummary) -> String {
        HTMLTable(
            header: ["Survey", "Score", "Responses"],
            rows: [
                ["CSAT (1 to 10)", surveys.csat?.description ?? "none", "\(surveys.csatCount)"],
                ["NPS (−100 to 100)", surveys.nps?.description ?? "none", "\(surveys.npsCount)"],
                ["CES (1 to 5)", surveys.ces?.description ?? "none", "\(surveys.cesCount)"],
            ], numericColumns: [1, 2]
        ).render()
    }
}
