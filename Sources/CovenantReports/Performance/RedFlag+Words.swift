import Covenant
import CovenantFormat

extension RedFlag {
    /// The flag in words: `CSAT under 7 two months running (6.5 after 6.0)`,
    /// `response attainment 90.9% under the 95% target`.
    public var words: String {
        switch self {
        case .csatLow(let previous, let current):
            return "CSAT under \(Formatting.decimal(Self.csatFloor)) two months running "
                + "(\(current) after \(previous))"
        case .responseUnderTarget(let attainment, let target):
            return "response attainment \(attainment)% under the \(Formatting.percent(target)) target"
        }
    }
}
