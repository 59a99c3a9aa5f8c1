/// Every survey response read from `surveys.csv` files, in the order read.
public struct SurveyLog: Sendable {
    /// The responses in the order read.
    public private(set) var responses: [SurveyResponse]
    private var indexesByContract: [ContractID: [Int]]
    /// The rows a lenient decoding left out, in file and line order.
    public internal(set) var skipped: [SkippedRow] = []

    /// A log of responses.
    public init(responses: [SurveyResponse] = []) {
        self.responses = responses
        var byContract: [ContractID: [Int]] = [:]
        for (index, response) in responses.enumerated() { byContract[response.contract, default: []].append(index) }
        indexesByContract = byContract
    }

    /// The responses of one contract whose instant falls in `range`, in the order read.
    public func responses(of contract: ContractID, in range: Range<Int64>) -> [SurveyResponse] {
        (indexesByContract[contract] ?? []).map { responses[$0] }.filter { range.contains($0.at) }
    }

    /// Whether no response was read.
    public var isEmpty: Bool { responses.isEmpty }
}
