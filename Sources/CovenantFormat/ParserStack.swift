/// A growable stack of plain values owned by one parse alone: the open
/// collections and the keys of the open mappings.
///
/// An `Array` checks on every change whether its storage is shared; these
/// stacks never are, and the parser changes them several times per line.
/// Indices are checked. The owner must call ``deallocate()`` exactly once.
struct ParserStack<Element: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 8)
        base = .allocate(capacity: self.capacity)
    }

    var isEmpty: Bool { count == 0 }

    /// The index of the top element, or `nil` when empty.
    var lastIndex: Int? { count > 0 ? count - 1 : nil }

    subscript(index: Int) -> Element {
        @inline(__always) get {
            precondition(index >= 0 && index < count, "stack index out of range")
            return base[index]
        }
        @inline(__always) set {
            precondition(index >= 0 && index < count, "stack index out of range")
            base[index] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        base[count] = element
        count &+= 1
    }

    @inline(__always)
    mutating func removeLast() -> Element {
        precondition(count > 0, "removing from an empty stack")
        count &-= 1
        return base[count]
    }

    /// Removes and returns the top element, or `nil` when empty.
    @inline(__always)
    mutating func popLast() -> Element? {
        if count == 0 { return nil }
        count &-= 1
        return base[count]
    }

    /// Drops the elements from `newCount` on.
    @inline(__always)
    mutating func shrink(to newCount: Int) {
        precondition(newCount >= 0 && newCount <= count, "stack size out of range")
        count = newCount
    }

    private mutating func grow() {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity *= 2
    }

    /// Frees the storage; the stack must not be used afterwards.
    func deallocate() {
        base.deallocate()
    }
}
