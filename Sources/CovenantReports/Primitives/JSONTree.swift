/// Builds a ``JSONValue`` from what is written to it.
public struct JSONTree: JSONSink {
    private enum Frame {
        case object([(String, JSONValue)], key: String?)
        case array([JSONValue])
    }

    private var frames: [Frame] = []
    /// The value written at the top; `null` until one is.
    public private(set) var value: JSONValue = .null

    /// An empty tree.
    public init() {}

    private mutating func add(_ value: JSONValue) {
        guard let last = frames.popLast() else {
            self.value = value
            return
        }
        switch last {
        case .object(var members, let key):
            members.append((key ?? "", value))
            frames.append(.object(members, key: nil))
        case .array(var items):
            items.append(value)
            frames.append(.array(items))
        }
    }

    public mutating func string(_ text: String) { add(.string(text)) }
    public mutating func integer(_ value: Int64) { add(.integer(value)) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func null() { add(.null) }

    public mutating func object(_ body: (inout JSONTree) -> Void) {
        frames.append(.object([], key: nil))
        body(&self)
        guard case .object(let members, _) = frames.removeLast() else { return }
        add(.object(members))
    }

    public mutating func member(_ key: String, _ body: (inout JSONTree) -> Void) {
        guard case .object(let members, _) = frames.popLast() else { return }
        frames.append(.object(members, key: key))
        body(&self)
    }

    public mutating func array(_ body: (inout JSONTree) -> Void) {
        frames.append(.array([]))
        body(&self)
        guard case .array(let items) = frames.removeLast() else { return }
        add(.array(items))
    }
}
