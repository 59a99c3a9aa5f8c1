import Dispatch
@preconcurrency import Glibc
import Synchronization

/// Work spread over every core: indexes are handed out in chunks, results
/// kept in index order.
enum Parallel {
    /// The number of threads used.
    static let width = max(1, System.activeProcessorCount)

    /// `body(index)` for each index in `0..<count`, on every core; the results in index order.
    static func map<T: Sendable>(_ count: Int, chunk: Int = 16, _ body: @Sendable (Int) -> T) -> [T] {
        map(count, chunk: chunk, state: {}) { _, index in body(index) }
    }

    /// `body(&state, index)` for each index in `0..<count`, on every core,
    /// each thread with its own `state` (caches); the results in index order.
    static func map<State, T: Sendable>(
        _ count: Int, chunk: Int = 16, state: @Sendable () -> State, _ body: @Sendable (inout State, Int) -> T
    ) -> [T] {
        guard count > 0 else { return [] }
        let slots = Slots<T>(count)
        let next = Atomic<Int>(0)
        let workers = min(width, (count + chunk - 1) / chunk)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var local = state()
            while true {
                let start = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                if start >= count { return }
                for index in start..<min(start + chunk, count) { slots.set(index, body(&local, index)) }
            }
        }
        return slots.values()
    }
}

extension Parallel {
    /// `first()` on this thread and `second()` on another, at once; both
    /// results. Unlike two items of ``map(_:chunk:_:)``, neither runs inside
    /// a parallel loop, so a ``map(_:chunk:_:)`` within either still gets
    /// every core (libdispatch runs a loop nested in another on one thread).
    static func both<A, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let result = Mutex<B?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let value = second()
            result.withLock { $0 = value }
            done.signal()
        }
        let value = first()
        done.wait()
        guard let other = result.withLock({ $0.take() }) else { preconditionFailure("the second task gave no result") }
        return (value, other)
    }
}

/// A fixed array written at distinct indexes from several threads.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>

    init(_ count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Stores one result; each index is set by one thread only.
    func set(_ index: Int, _ value: T) { buffer[index] = value }

    /// Every result, once all are set, moved out (not copied: a result may
    /// be a large value).
    func values() -> [T] {
        var values: [T] = []
        values.reserveCapacity(buffer.count)
        for index in buffer.indices {
            let slot = buffer.baseAddress! + index
            values.append(slot.move()!)
            slot.initialize(to: nil)
        }
        return values
    }
}

/// The machine's processors.
enum System {
    /// Processors online.
    static var activeProcessorCount: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}
