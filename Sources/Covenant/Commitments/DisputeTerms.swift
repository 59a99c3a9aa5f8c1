/// How a monthly statement is disputed (`disputes: {window: 30d,
/// credits_while_disputed: true}`).
public struct DisputeTerms: Sendable, Hashable {
    /// How long after a statement is issued the customer may dispute it, in seconds.
    public var window: Int64
    /// Whether a statement's credit is applied as stated while it is disputed.
    public var creditsWhileDisputed: Bool

    /// Creates dispute terms.
    public init(window: Int64, creditsWhileDisputed: Bool) {
        self.window = window
        self.creditsWhileDisputed = creditsWhileDisputed
    }
}
