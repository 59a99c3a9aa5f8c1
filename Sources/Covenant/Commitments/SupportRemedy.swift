/// What follows a month in which fewer tickets than the achievement target
/// met their response or resolution target (`support_remedy: {plan_within:
/// 10d, review_after_months: 2}`). Missed support targets earn no service
/// credit: credits depend on availability only.
public struct SupportRemedy: Sendable, Hashable {
    /// How soon after that month's statement a written improvement plan is
    /// sent, in seconds.
    public var planWithin: Int64?
    /// After this many consecutive months below a target, an executive review.
    public var reviewAfterMonths: Int?

    /// Creates support remedy terms.
    public init(planWithin: Int64? = nil, reviewAfterMonths: Int? = nil) {
        self.planWithin = planWithin
        self.reviewAfterMonths = reviewAfterMonths
    }
}
