/// One severity's support targets, as a tier or an override states them.
/// Absent fields mean "as the layer below" when merged, and "none" when resolved.
public struct SeverityTerms: Sendable, Hashable {
    /// The response target.
    public var response: TargetDuration?
    /// The resolution target; `nil` after resolution means none.
    public var resolution: TargetDuration?
    /// How long before a breach `watch` warns (seconds).
    public var warnBefore: Int64?
    /// This severity's response clock, overriding the tier's.
    public var responseClock: CalendarName?
    /// This severity's resolution clock, overriding the tier's.
    public var resolutionClock: CalendarName?

    /// Creates severity terms.
    public init(
        response: TargetDuration? = nil, resolution: TargetDuration? = nil, warnBefore: Int64? = nil,
        responseClock: CalendarName? = nil, resolutionClock: CalendarName? = nil
    ) {
        self.response = response
        self.resolution = resolution
        self.warnBefore = warnBefore
        self.responseClock = responseClock
        self.resolutionClock = resolutionClock
    }

    /// These terms with every field `patch` gives replaced.
    public func merged(with patch: SeverityTerms) -> SeverityTerms {
        SeverityTerms(
            response: patch.response ?? response, resolution: patch.resolution ?? resolution,
            warnBefore: patch.warnBefore ?? warnBefore, responseClock: patch.responseClock ?? responseClock,
            resolutionClock: patch.resolutionClock ?? resolutionClock)
    }

    /// Per-severity terms with a later layer on top: a severity listed
    /// replaces only the fields it gives.
    public static func merging(
        _ base: [Severity: SeverityTerms], with patch: [Severity: SeverityTerms]
    ) -> [Severity: SeverityTerms] {
        var result = base
        for (severity, terms) in patch { result[severity] = (result[severity] ?? SeverityTerms()).merged(with: terms) }
        return result
    }

    /// The default warning before a breach: 30 minutes.
    public static let defaultWarnBefore: Int64 = 1800
}
