import Synchronization

/// Values kept until the process exits, so that a run of the `covenant`
/// executable does not spend a fraction of a second freeing, piece by piece,
/// the inputs and statements that exiting frees at once. Only the
/// executable's entry point turns this on; runs inside another program (the
/// tests) free as usual.
enum ProcessLifetime {
    private static let kept = Mutex<(enabled: Bool, values: [any Sendable])>((false, []))

    /// Keeps values until exit from now on.
    static func keepUntilExit() {
        kept.withLock { $0.enabled = true }
    }

    /// Keeps a value until the process exits, when enabled; otherwise does nothing.
    static func keep(_ value: some Sendable) {
        kept.withLock { state in
            if state.enabled { state.values.append(value) }
        }
    }
}
