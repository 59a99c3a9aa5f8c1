/// One answered survey: a row of `surveys.csv`.
public struct SurveyResponse: Sendable, Hashable {
    /// The contract whose customer answered.
    public var contract: ContractID
    /// When, in epoch seconds.
    public var at: Int64
    /// The kind of survey.
    public var kind: SurveyKind
    /// The score, within the kind's range.
    public var score: Int

    /// Creates a response.
    public init(contract: ContractID, at: Int64, kind: SurveyKind, score: Int) {
        self.contract = contract
        self.at = at
        self.kind = kind
        self.score = score
    }
}
