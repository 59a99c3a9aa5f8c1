import Covenant
import CovenantFormat

/// The `support` and `surveys` members of the statement JSON (CLI.md).
public enum SupportJSON {
    /// Writes `support`: attainment per metric and every ticket with its clocks.
    public static func write<Sink: JSONSink>(_ support: SupportSummary, to out: inout Sink) {
        out.object { object in
            object.member("response") { attainment(support.response, to: &$0) }
            object.member("resolution") { attainment(support.resolution, to: &$0) }
            object.member("tickets", each: support.tickets) { ticket($1, to: &$0) }
        }
    }

    /// One metric: `met`, `missed`, `pending`, `attainment`, `target`, `achieved`.
    static func attainment<Sink: JSONSink>(_ attainment: Attainment, to out: inout Sink) {
        out.object { object in
            object.member("met", Int64(attainment.met))
            object.member("missed", Int64(attainment.missed))
            object.member("pending", Int64(attainment.pending))
            object.member("attainment", optional: attainment.percent?.description)
            object.member("target", Formatting.decimal(attainment.target))
            object.member("achieved", optional: attainment.achieved)
        }
    }

    /// One ticket: id, severity, exclusion and both clocks.
    static func ticket<Sink: JSONSink>(_ outcome: TicketOutcome, to out: inout Sink) {
        out.object { object in
            object.member("id", outcome.id.rawValue)
            object.member("severity", outcome.severity.rawValue)
            object.member("excluded", optional: outcome.exclusion?.rawValue)
            object.member("response") { clock(outcome.response, paused: false, to: &$0) }
            object.member("resolution") { clock(outcome.resolution, paused: true, to: &$0) }
        }
    }

    static func clock<Sink: JSONSink>(_ measure: ClockMeasure, paused: Bool, to out: inout Sink) {
        out.object { object in
            object.member("clock", measure.clock.rawValue)
            object.member("elapsed_seconds", measure.elapsedSeconds)
            if paused { object.member("paused_seconds", measure.pausedSeconds) }
            object.member("target_seconds", optional: measure.targetSeconds)
            object.member("deadline", optional: measure.deadline.map(Formatting.utc))
            object.member("status", measure.status.rawValue)
        }
    }

    /// Writes `surveys`: each score cut to one decimal (or null) with its count.
    public static func write<Sink: JSONSink>(_ surveys: SurveySummary, to out: inout Sink) {
        out.object { object in
            object.member("csat", optional: surveys.csat?.description)
            object.member("csat_count", Int64(surveys.csatCount))
            object.member("nps", optional: surveys.nps?.description)
            object.member("nps_count", Int64(surveys.npsCount))
            object.member("ces", optional: surveys.ces?.description)
            object.member("ces_count", Int64(surveys.cesCount))
        }
    }
}
