import Covenant
import CovenantFormat

extension StatementNote {
    /// The note in words, the same in every format: `incident INC-9 is still
    /// open: counted to the end of the month; figures are provisional`.
    public var words: String {
        switch self {
        case .maintenanceCounted(let classification, let policy):
            return Self.words(classification, policy: policy)
        case .incidentOpen(let id):
            return "incident \(id) is still open: counted to the end of the month; figures are provisional"
        case .noEligibleTime:
            return "no eligible time this month: uptime is 100%"
        case .creditForfeited(let amount, let month):
            return "credit of \(Formatting.money(amount)) forfeited: the contract is not in service "
                + CreditForfeit.inMonth(month)
        case .creditPartlyForfeited(let amount, let month):
            return "\(Formatting.money(amount)) of the credit forfeited: it exceeds the \(month) charge"
        case .belowMinimumCredit(let computed):
            return "computed credit \(Formatting.money(computed)) is below the minimum credit; none issued"
        case .ticketOutOfService(let ticket, let opened):
            return "ticket \(ticket) was opened \(Formatting.utc(opened)), when the contract was not in service; "
                + "not reported"
        case .rowsSkipped(let rows):
            return Self.words(rows)
        }
    }

    /// The most skipped rows a note names one by one.
    static let namedRows = 10

    /// `--lenient skipped 1 row of the event files that belongs to this statement; it is not counted:
    /// Scenarios/tickets.csv line 4 (unknown severity 'urgent')`.
    private static func words(_ rows: [SkippedRow]) -> String {
        let one = rows.count == 1
        var text = "--lenient skipped \(rows.count) row\(one ? "" : "s") of the event files that "
            + "belong\(one ? "s" : "") to this statement; \(one ? "it is" : "they are") not counted: "
        text += rows.prefix(namedRows).map { row in
            "\(row.file) line \(row.line) (" + row.reasons.joined(separator: "; ") + ")"
        }.joined(separator: ", ")
        if rows.count > namedRows { text += ", and \(rows.count - namedRows) more, named by the run's warnings" }
        return text
    }

    /// `maintenance MW-1 announced 3 days ahead (7 days required); counted as downtime`.
    private static func words(_ classification: MaintenanceClassification, policy: MaintenancePolicy) -> String {
        guard case .downtime(let reasons) = classification.outcome else { return "" }
        let why = reasons.map { reason -> String in
            switch reason {
            case .lateNotice:
                return "announced \(ahead(classification.noticeSeconds)) ahead (\(ahead(policy.extraNotice)) required)"
            case .tooLong:
                return "lasts \(TargetDuration.format(classification.rest.measure)) outside standing windows "
                    + "(at most \(TargetDuration.format(policy.extraMaxDuration)))"
            case .overAllowance:
                return "is over the allowance of \(policy.extraPerMonth) extra "
                    + "window\(policy.extraPerMonth == 1 ? "" : "s") a month"
            }
        }
        return "maintenance \(classification.event.id) " + why.joined(separator: " and ") + "; counted as downtime"
    }

    /// Whole days (cut), or whole hours under a day: `3 days`, `1 day`, `36 hours`, `20 hours`.
    static func ahead(_ seconds: Int64) -> String {
        if seconds < 0 { return "\(ahead(-seconds)) after it started, not" }
        if seconds >= 86_400 { return "\(seconds / 86_400) day\(seconds / 86_400 == 1 ? "" : "s")" }
        if seconds >= 3600 { return "\(seconds / 3600) hour\(seconds / 3600 == 1 ? "" : "s")" }
        return "\(seconds / 60) minute\(seconds / 60 == 1 ? "" : "s")"
    }
}
