import Covenant
import CovenantFormat

extension StatementHTMLRenderer {
    /// Every incident that touched the month.
    func incidents(_ document: StatementDocument) -> String {
        guard !document.incidents.isEmpty else { return "<p>None.</p>\n" }
        let rows = document.incidents.map { incident -> [String] in
            var counted = Formatting.span(incident.counted)
            switch incident.counting {
            case .excludedCause: counted += " (excluded cause)"
            case .notDowntime: counted += " (did not breach availability)"
            case .counts where incident.counted < incident.clipped:
                counted += " of \(Formatting.span(incident.clipped))"
            case .counts: break
            }
            return [
                incident.id, incident.severity ?? "", incident.title, Formatting.local(incident.start, document.zone),
                incident.end.map { Formatting.local($0, document.zone) } ?? "still open", incident.cause, counted,
                incident.rootCause ?? "", incident.fix ?? "",
            ]
        }
        return HTMLTable(
            header: ["Incident", "Severity", "What happened", "Start", "End", "Cause", "Counted", "Root cause", "Fix"],
            rows: rows, numericColumns: [6]
        ).render()
    }

    /// Every maintenance window that touched the month.
    func maintenance(_ document: StatementDocument) -> String {
        guard !document.maintenance.isEmpty else { return "<p>None.</p>\n" }
        let rows = document.maintenance.map { window -> [String] in
            [
                window.id, window.title, Formatting.local(window.start, document.zone),
                Formatting.local(window.end, document.zone), Formatting.span(window.excluded),
                Formatting.span(window.downtime), window.reason,
            ]
        }
        return HTMLTable(
            header: ["Window", "What", "Start", "End", "Excluded", "Downtime", "Why"], rows: rows,
            numericColumns: [4, 5]
        ).render()
    }
}
