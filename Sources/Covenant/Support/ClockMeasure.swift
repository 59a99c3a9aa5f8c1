/// One of a ticket's clocks measured on its calendar against its target.
public struct ClockMeasure: Sendable, Hashable {
    /// The calendar that measured it.
    public var clock: CalendarName
    /// The severity whose target and clock apply: the one in force when the
    /// clock stopped, or at `as_of` while it runs.
    public var severity: Severity
    /// Working time while running and not paused, to the stop or to `as_of`.
    public var elapsedSeconds: Int64
    /// Working time removed by pauses (resolution only; 0 for response).
    public var pausedSeconds: Int64
    /// The target in working seconds; `nil` when the severity has none.
    public var targetSeconds: Int64?
    /// The most working time that still meets: the target, or with a holiday
    /// extension the working time up to the extended deadline; `nil` when
    /// there is no target or the calendar never reaches it.
    public var allowedSeconds: Int64?
    /// Wall-clock seconds the deadline was moved by a holiday period.
    public var extensionSeconds: Int64
    /// The earliest instant at which working time reaches the target (moved
    /// by any extension); `nil` without a target or when never reached.
    public var deadline: Int64?
    /// Whether the clock still runs (or is paused) at `as_of`.
    public var isRunning: Bool
    /// Met, missed, pending or none.
    public var status: ClockStatus

    /// Creates a measure.
    public init(
        clock: CalendarName, severity: Severity, elapsedSeconds: Int64, pausedSeconds: Int64 = 0, targetSeconds: Int64?,
        allowedSeconds: Int64?, extensionSeconds: Int64 = 0, deadline: Int64?, isRunning: Bool, status: ClockStatus
    ) {
        self.clock = clock
        self.severity = severity
        self.elapsedSeconds = elapsedSeconds
        self.pausedSeconds = pausedSeconds
        self.targetSeconds = targetSeconds
        self.allowedSeconds = allowedSeconds
        self.extensionSeconds = extensionSeconds
        self.deadline = deadline
        self.isRunning = isRunning
        self.status = status
    }

    /// The status of a clock from its working time alone, never from
    /// wall-clock instants: stopped, met when `elapsed <= allowed`; running,
    /// missed once `elapsed > allowed`, else pending.
    public static func status(elapsed: Int64, allowed: Int64?, hasTarget: Bool, isRunning: Bool) -> ClockStatus {
        guard hasTarget else { return .none }
        guard let allowed else { return isRunning ? .pending : .met }
        if elapsed > allowed { return .missed }
        return isRunning ? .pending : .met
    }
}
