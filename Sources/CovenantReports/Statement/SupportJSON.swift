import Covenant
import CovenantFormat

/// The `support` and `surveys` members of the statement JSON (CLI.md).
public enum SupportJSON {
    /// `support`: attainment per metric and every ticket with its clocks.
    public static func value(_ support: SupportSummary) -> JSONValue {
        .object([
            ("response", attainment(support.response)),
            ("resolution", attainment(support.resolution)),
            ("tickets", .array(support.tickets.map(ticket))),
        ])
    }

    /// One metric: `met`, `missed`, `pending`, `attainment`, `target`, `achieved`.
    public static func attainment(_ attainment: Attainment) -> JSONValue {
        .object([
            ("met", .integer(Int64(attainment.met))),
            ("missed", .integer(Int64(attainment.missed))),
            ("pending", .integer(Int64(attainment.pending))),
            ("attainment", .optional(attainment.percent?.description)),
            ("target", .string(Formatting.decimal(attainment.target))),
            ("achieved", attainment.achieved.map { .bool($0) } ?? .null),
        ])
    }

    /// One ticket: id, severity, exclusion and both clocks.
    public static func ticket(_ outcome: TicketOutcome) -> JSONValue {
        .object([
            ("id", .string(outcome.id.rawValue)),
            ("severity", .string(outcome.severity.rawValue)),
            ("excluded", .optional(outcome.exclusion?.rawValue)),
            ("response", clock(outcome.response, paused: false)),
            ("resolution", clock(outcome.resolution, paused: true)),
        ])
    }

    static func clock(_ measure: ClockMeasure, paused: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("clock", .string(measure.clock.rawValue)),
            ("elapsed_seconds", .integer(measure.elapsedSeconds)),
        ]
        if paused { members.append(("paused_seconds", .integer(measure.pausedSeconds))) }
        members += [
            ("target_seconds", measure.targetSeconds.map { .integer($0) } ?? .null),
            ("deadline", .optional(measure.deadline.map(Formatting.utc))),
            ("status", .string(measure.status.rawValue)),
        ]
        return .object(members)
    }

    /// `surveys`: each score cut to one decimal (or null) with its count.
    public static func value(_ surveys: SurveySummary) -> JSONValue {
        .object([
            ("csat", .optional(surveys.csat?.description)),
            ("csat_count", .integer(Int64(surveys.csatCount))),
            ("nps", .optional(surveys.nps?.description)),
            ("nps_count", .integer(Int64(surveys.npsCount))),
            ("ces", .optional(surveys.ces?.description)),
            ("ces_count", .integer(Int64(surveys.cesCount))),
        ])
    }
}
