/// Where a JSON document is written, value by value: a tree
/// (``JSONTree``, giving a ``JSONValue``) or text (``JSONText``). A report
/// describes its document once, generic over the sink, and gets both.
///
/// A value is written where one is expected: at the top, inside
/// ``array(_:)``, or as a member's value inside ``object(_:)``.
public protocol JSONSink {
    /// Writes a string.
    mutating func string(_ text: String)
    /// Writes an integer.
    mutating func integer(_ value: Int64)
    /// Writes `true` or `false`.
    mutating func bool(_ value: Bool)
    /// Writes `null`.
    mutating func null()
    /// Writes an object whose members `body` writes with ``member(_:_:)``.
    mutating func object(_ body: (inout Self) -> Void)
    /// Writes one member of the object being written: its key, then the value `body` writes.
    mutating func member(_ key: String, _ body: (inout Self) -> Void)
    /// Writes an array whose items `body` writes, one value each.
    mutating func array(_ body: (inout Self) -> Void)
}

extension JSONSink {
    /// A member whose value is a string.
    public mutating func member(_ key: String, _ text: String) { member(key) { $0.string(text) } }
    /// A member whose value is a string, or null when `nil`.
    public mutating func member(_ key: String, optional text: String?) {
        member(key) { sink in
            if let text { sink.string(text) } else { sink.null() }
        }
    }
    /// A member whose value is an integer.
    public mutating func member(_ key: String, _ value: Int64) { member(key) { $0.integer(value) } }
    /// A member whose value is an integer, or null when `nil`.
    public mutating func member(_ key: String, optional value: Int64?) {
        member(key) { sink in
            if let value { sink.integer(value) } else { sink.null() }
        }
    }
    /// A member whose value is `true` or `false`.
    public mutating func member(_ key: String, _ value: Bool) { member(key) { $0.bool(value) } }
    /// A member whose value is `true`, `false`, or null when `nil`.
    public mutating func member(_ key: String, optional value: Bool?) {
        member(key) { sink in
            if let value { sink.bool(value) } else { sink.null() }
        }
    }
    /// A member whose value is an array of `items`, each written by `item`.
    public mutating func member<Items: Sequence>(
        _ key: String, each items: Items, _ item: (inout Self, Items.Element) -> Void
    ) {
        member(key) { sink in
            sink.array { array in
                for element in items { item(&array, element) }
            }
        }
    }
}
