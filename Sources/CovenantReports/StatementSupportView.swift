import Covenant
import CovenantFormat

/// The support part of an HTML statement, in the renderer's own terms: one
/// row per severity and overall, with met, missed and pending clocks and
/// attainment against the achievement target, and the month's tickets.
///
/// The statement model does not carry support figures yet; when it does,
/// an initializer from them is all the HTML statement needs
/// (`StatementHTMLRenderer.render(_:support:)` takes this view).
public struct StatementSupportView: Sendable, Hashable {
    /// One metric's clocks against its achievement target.
    public struct Figures: Sendable, Hashable {
        /// Clocks that met their target.
        public var met: Int
        /// Clocks that missed it.
        public var missed: Int
        /// Clocks still running within it (not counted).
        public var pending: Int
        /// Attainment in percent, cut to one decimal; `nil` when nothing counted.
        public var attainment: DecimalNumber?
        /// The achievement target, in percent.
        public var target: DecimalNumber
        /// Whether the exact attainment reaches the target; `nil` when nothing counted.
        public var achieved: Bool?

        /// Creates figures.
        public init(met: Int, missed: Int, pending: Int, attainment: DecimalNumber?, target: DecimalNumber, achieved: Bool?) {
            self.met = met
            self.missed = missed
            self.pending = pending
            self.attainment = attainment
            self.target = target
            self.achieved = achieved
        }
    }

    /// One row of the table: a severity, or all tickets.
    public struct Row: Sendable, Hashable {
        /// `Critical`, …, or `All tickets`.
        public var label: String
        /// Response clocks.
        public var response: Figures
        /// Resolution clocks.
        public var resolution: Figures

        /// Creates a row.
        public init(label: String, response: Figures, resolution: Figures) {
            self.label = label
            self.response = response
            self.resolution = resolution
        }
    }

    /// One ticket of the month.
    public struct Ticket: Sendable, Hashable {
        /// The ticket id.
        public var id: String
        /// Its severity.
        public var severity: Severity
        /// When it was opened (epoch seconds).
        public var opened: Int64
        /// The response outcome in words (`met in 2 hours 15 minutes`).
        public var response: String
        /// The resolution outcome in words.
        public var resolution: String
        /// Why it is not counted, if it is excluded.
        public var excluded: String?

        /// Creates a ticket line.
        public init(id: String, severity: Severity, opened: Int64, response: String, resolution: String, excluded: String?) {
            self.id = id
            self.severity = severity
            self.opened = opened
            self.response = response
            self.resolution = resolution
            self.excluded = excluded
        }
    }

    /// Per-severity rows, most severe first, then the overall row.
    public var rows: [Row]
    /// The month's tickets, excluded ones too.
    public var tickets: [Ticket]

    /// Creates a support view.
    public init(rows: [Row], tickets: [Ticket]) {
        self.rows = rows
        self.tickets = tickets
    }
}
