/// What reading a typed scalar gave: its value, or why the text was refused.
public enum ScalarReading<Value> {
    /// The text is a value of the type.
    case value(Value)
    /// The text does not have the type's form (`12abc` for a number).
    case malformed
    /// The text has the type's form but is out of its range; `allowed` says
    /// what is, for a message: "a duration at most 100 years (36500d)".
    case outOfRange(allowed: String)

    /// The value, or `nil` when the text was refused.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The same reading with its value transformed.
    public func map<Other>(_ transform: (Value) -> Other) -> ScalarReading<Other> {
        switch self {
        case .value(let value): .value(transform(value))
        case .malformed: .malformed
        case .outOfRange(let allowed): .outOfRange(allowed: allowed)
        }
    }
}

extension ScalarReading: Sendable where Value: Sendable {}
extension ScalarReading: Equatable where Value: Equatable {}
